using Justice.Domain.CivilRegistry;
using Justice.Domain.Common;

namespace Justice.Domain.Tests.CivilRegistry;

public sealed class InterconnectionMessageTests
{
    private static readonly DateTime At = new(2025, 3, 10, 2, 0, 0, DateTimeKind.Utc);

    private static InterconnectionMessage Message() =>
        new(InterconnectionTarget.SocialInsurance, InterconnectionMessage.BirthRegisteredType, Guid.CreateVersion7(), "{}", At);

    [Fact]
    public void A_message_is_retried_after_failures_and_then_acknowledged()
    {
        var message = Message();
        message.MarkFailed("Hết thời gian chờ", At.AddMinutes(1));
        message.MarkFailed("Hết thời gian chờ", At.AddMinutes(5));
        message.MarkSent(At.AddMinutes(10));
        message.MarkAcknowledged(At.AddMinutes(11), "025123456789");
        Assert.Equal((DeliveryStatus.Acknowledged, 3, "025123456789"), (message.Status, message.Attempts, message.ExternalReference));
        Assert.Equal("Hết thời gian chờ", message.LastError);
    }

    [Fact]
    public void Only_allowed_delivery_changes_are_accepted()
    {
        var message = Message();
        Assert.Equal("INTERCONNECTION_TRANSITION_REFUSED", Assert.Throws<DomainException>(() => message.MarkAcknowledged(At)).Code);
        Assert.Equal("INTERCONNECTION_TRANSITION_REFUSED", Assert.Throws<DomainException>(() => message.MarkRejected("Sai", At)).Code);
        message.MarkSent(At);
        message.MarkRejected("Thiếu thông tin người mẹ", At);
        Assert.Equal(DeliveryStatus.Rejected, message.Status);
        Assert.Equal("INTERCONNECTION_TRANSITION_REFUSED", Assert.Throws<DomainException>(() => message.MarkSent(At)).Code);
    }
}
