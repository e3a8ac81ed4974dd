using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Justice.Domain.Common;

namespace Justice.Domain.CivilRegistry;

public enum InterconnectionTarget
{
    /// <summary>Cơ sở dữ liệu quốc gia về dân cư: issues the newborn's personal ID number.</summary>
    NationalPopulationDatabase,
    /// <summary>Bảo hiểm xã hội: health-insurance card for children under 6.</summary>
    SocialInsurance,
}

public enum DeliveryStatus { Pending, Sent, Acknowledged, Rejected, Failed }

/// <summary>
/// Thông tin liên thông: a message the register owes an outside system, written in the same save as the
/// registration that raised it; a delivery worker sends it and records the answer.
/// </summary>
public sealed class InterconnectionMessage : AggregateRoot
{
    public const string BirthRegisteredType = "birth-registered";

    /// <summary>Vietnamese stays readable in the payload instead of \uXXXX escapes.</summary>
    public static readonly JsonSerializerOptions PayloadJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly WorkflowTransitions<DeliveryStatus> Transitions = new("INTERCONNECTION_TRANSITION_REFUSED",
        (DeliveryStatus.Pending, DeliveryStatus.Sent),
        (DeliveryStatus.Pending, DeliveryStatus.Failed),
        (DeliveryStatus.Failed, DeliveryStatus.Sent),
        (DeliveryStatus.Failed, DeliveryStatus.Failed),
        (DeliveryStatus.Sent, DeliveryStatus.Acknowledged),
        (DeliveryStatus.Sent, DeliveryStatus.Rejected),
        (DeliveryStatus.Sent, DeliveryStatus.Failed));

    private InterconnectionMessage() { }

    public InterconnectionMessage(InterconnectionTarget target, string messageType, Guid registrationId, string payloadJson, DateTime createdAt)
    {
        Target = target;
        MessageType = VietnameseText.Required(messageType, "Loại thông tin", 100);
        RegistrationId = registrationId;
        Payload = string.IsNullOrWhiteSpace(payloadJson)
            ? throw new DomainException("TEXT_REQUIRED", "Nội dung thông tin liên thông không được để trống.")
            : payloadJson;
        CreatedAt = createdAt;
    }

    public InterconnectionTarget Target { get; private set; }
    public string MessageType { get; private set; } = "";
    public Guid RegistrationId { get; private set; }
    public string Payload { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DeliveryStatus Status { get; private set; } = DeliveryStatus.Pending;
    public int Attempts { get; private set; }
    public DateTime? LastAttemptAt { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>The receiver's reference (e.g. the personal ID number the population database issued).</summary>
    public string? ExternalReference { get; private set; }
    public DateTime? CompletedAt { get; private set; }

    internal static InterconnectionMessage BirthRegistered(InterconnectionTarget target, CivilStatusRegistration registration,
        Person child, Person? father, Person? mother, DateTime now)
    {
        var payload = JsonSerializer.Serialize(new
        {
            registrationId = registration.Id,
            authorityId = registration.AuthorityId,
            book = $"{registration.BookNumber:D2}/{registration.BookYear}",
            entryNumber = registration.EntryNumber,
            registrationDate = registration.RegistrationDate,
            child = new
            {
                personId = child.Id,
                fullName = child.FullName,
                sex = child.Sex.ToString(),
                dateOfBirth = child.DateOfBirth,
                placeOfBirth = child.PlaceOfBirth,
                ethnicity = child.Ethnicity.DisplayName(),
                nationality = child.Nationality,
            },
            fatherPersonId = father?.Id,
            fatherPersonalIdNumber = father?.PersonalIdNumber?.Value,
            motherPersonId = mother?.Id,
            motherPersonalIdNumber = mother?.PersonalIdNumber?.Value,
        }, PayloadJson);
        return new InterconnectionMessage(target, BirthRegisteredType, registration.Id, payload, now);
    }

    public void MarkSent(DateTime at)
    {
        Transitions.Ensure(Status, DeliveryStatus.Sent);
        Attempts++;
        LastAttemptAt = at;
        Status = DeliveryStatus.Sent;
    }

    /// <summary>A failed attempt (network, timeout): retried later.</summary>
    public void MarkFailed(string error, DateTime at)
    {
        Transitions.Ensure(Status, DeliveryStatus.Failed);
        if (Status == DeliveryStatus.Pending || Status == DeliveryStatus.Failed) Attempts++;
        LastAttemptAt = at;
        LastError = Truncate(VietnameseText.Required(error, "Lỗi", 100_000));
        Status = DeliveryStatus.Failed;
    }

    public void MarkAcknowledged(DateTime at, string? externalReference = null)
    {
        Transitions.Ensure(Status, DeliveryStatus.Acknowledged);
        ExternalReference = RegistrationText.Optional(externalReference, "Mã tham chiếu", 100);
        CompletedAt = at;
        Status = DeliveryStatus.Acknowledged;
    }

    /// <summary>The receiver refused the content: not retried, someone must look at it.</summary>
    public void MarkRejected(string reason, DateTime at)
    {
        Transitions.Ensure(Status, DeliveryStatus.Rejected);
        LastError = Truncate(VietnameseText.Required(reason, "Lý do từ chối", 100_000));
        CompletedAt = at;
        Status = DeliveryStatus.Rejected;
    }

    private static string Truncate(string text) => text.Length > 2000 ? text[..2000] : text;
}
