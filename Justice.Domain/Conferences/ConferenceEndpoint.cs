using System.Text.RegularExpressions;
using Justice.Domain.Common;
using Justice.Domain.PortalContent;

namespace Justice.Domain.Conferences;

public enum EndpointStatus
{
    /// <summary>Sẵn sàng.</summary>
    Ready,
    /// <summary>Đang họp.</summary>
    InUse,
    /// <summary>Sự cố.</summary>
    Fault,
    /// <summary>Bảo trì.</summary>
    Maintenance,
}

/// <summary>
/// Điểm cầu hội nghị truyền hình: a room equipped for video conferences (the Ministry's rooms in Hà Nội, the
/// provincial Departments of Justice), with the technician to call before a meeting.
/// </summary>
public sealed partial class ConferenceEndpoint : AggregateRoot
{
    private static readonly WorkflowTransitions<EndpointStatus> StatusWorkflow = new("ENDPOINT_STATUS_TRANSITION_REFUSED",
        (EndpointStatus.Ready, EndpointStatus.InUse), (EndpointStatus.InUse, EndpointStatus.Ready),
        (EndpointStatus.Ready, EndpointStatus.Fault), (EndpointStatus.InUse, EndpointStatus.Fault),
        (EndpointStatus.Fault, EndpointStatus.Maintenance), (EndpointStatus.Fault, EndpointStatus.Ready),
        (EndpointStatus.Ready, EndpointStatus.Maintenance), (EndpointStatus.Maintenance, EndpointStatus.Ready));

    private ConferenceEndpoint() { }

    public ConferenceEndpoint(string code, string name, Guid provinceId, string contactName, string contactPhone, string contactEmail,
        Guid? organisationId = null, string? address = null)
    {
        Code = VietnameseText.Required(code, "Mã điểm cầu", 30);
        Name = VietnameseText.Required(name, "Tên điểm cầu", 300);
        ProvinceId = provinceId;
        OrganisationId = organisationId;
        Address = VietnameseText.NormalizeOptional(address);
        ChangeTechnicalContact(contactName, contactPhone, contactEmail);
        Status = EndpointStatus.Ready;
    }

    /// <summary>Stable short code used by the bridge (MCU) configuration.</summary>
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    /// <summary>The province the room is in (today's 34-province structure).</summary>
    public Guid ProvinceId { get; private set; }
    /// <summary>The body that runs the room.</summary>
    public Guid? OrganisationId { get; private set; }
    public string? Address { get; private set; }
    /// <summary>Cán bộ kỹ thuật phụ trách điểm cầu.</summary>
    public string ContactName { get; private set; } = "";
    public string ContactPhone { get; private set; } = "";
    public string ContactEmail { get; private set; } = "";
    public EndpointStatus Status { get; private set; }

    public void ChangeTechnicalContact(string name, string phone, string email)
    {
        ContactName = VietnameseText.Required(name, "Cán bộ kỹ thuật", 200);
        var normalizedPhone = VietnameseText.Required(phone, "Số điện thoại", 30);
        if (!PhonePattern().IsMatch(normalizedPhone) || normalizedPhone.Count(char.IsAsciiDigit) is < 9 or > 12)
            throw new DomainException("PHONE_INVALID", $"Số điện thoại '{normalizedPhone}' không hợp lệ.");
        ContactPhone = normalizedPhone;
        ContactEmail = EmailAddress.Required(email, "Thư điện tử cán bộ kỹ thuật");
    }

    public void ChangeStatus(EndpointStatus status)
    {
        StatusWorkflow.Ensure(Status, status);
        Status = status;
    }

    // Vietnamese numbers as people write them: 024 6273 9999, 0912.345.678, +84 912 345 678.
    [GeneratedRegex(@"^(\+84|0)[0-9 .\-]+$")]
    private static partial Regex PhonePattern();
}
