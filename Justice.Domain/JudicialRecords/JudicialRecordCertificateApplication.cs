using System.Text.RegularExpressions;
using Justice.Domain.CivilRegistry;
using Justice.Domain.Common;

namespace Justice.Domain.JudicialRecords;

public enum CertificateType
{
    /// <summary>Phiếu lý lịch tư pháp số 1: for individuals, agencies and organisations; lists convictions not expunged.</summary>
    No1,
    /// <summary>Phiếu lý lịch tư pháp số 2: for procedural authorities or the person's own full record; lists all convictions.</summary>
    No2,
}

public enum CertificateDelivery { AtOffice, ByPost }

public enum ApplicationChannel { Online, InPerson }

public enum CertificateApplicationStatus { Received, Processing, Verifying, Issued, Refused }

/// <summary>
/// Who asks for the certificate (người yêu cầu cấp phiếu), as written on the application form. The e-mail address
/// is optional: given, the applicant is told by mail when the application is received, ready or refused.
/// </summary>
public sealed record CertificateApplicant(string FullName, Sex Sex, DateOnly DateOfBirth, string PersonalIdNumber, string? Address = null,
    string? Email = null);

/// <summary>
/// Yêu cầu cấp Phiếu lý lịch tư pháp: from receipt to issue or refusal, within the legal deadline
/// (10 days, 15 when verification is needed), followed by its tracking code (mã hồ sơ).
/// </summary>
public sealed partial class JudicialRecordCertificateApplication : AggregateRoot
{
    private static readonly WorkflowTransitions<CertificateApplicationStatus> Transitions = new("CERTIFICATE_APPLICATION_TRANSITION_REFUSED",
        (CertificateApplicationStatus.Received, CertificateApplicationStatus.Processing),
        (CertificateApplicationStatus.Received, CertificateApplicationStatus.Refused),
        (CertificateApplicationStatus.Processing, CertificateApplicationStatus.Verifying),
        (CertificateApplicationStatus.Processing, CertificateApplicationStatus.Issued),
        (CertificateApplicationStatus.Processing, CertificateApplicationStatus.Refused),
        (CertificateApplicationStatus.Verifying, CertificateApplicationStatus.Issued),
        (CertificateApplicationStatus.Verifying, CertificateApplicationStatus.Refused));

    private JudicialRecordCertificateApplication() { }

    public JudicialRecordCertificateApplication(string trackingCode, CertificateApplicant applicant, CertificateType certificateType,
        string purpose, int copies, CertificateDelivery delivery, ApplicationChannel channel, DateOnly receivedOn,
        Guid? processingOrganisationId = null, bool includeManagementPostBans = false, JudicialRecordsOptions? options = null)
    {
        options ??= JudicialRecordsOptions.Default;
        var code = VietnameseText.NormalizeOptional(trackingCode)?.ToUpperInvariant();
        if (code is null || !TrackingCodePattern().IsMatch(code))
            throw new DomainException("APPLICATION_TRACKING_CODE_INVALID", "Mã hồ sơ gồm 6–30 chữ cái, chữ số hoặc dấu gạch ngang.");
        if (copies < 1 || copies > options.MaxCopies)
            throw new DomainException("APPLICATION_COPIES_INVALID", $"Số lượng phiếu yêu cầu phải từ 1 đến {options.MaxCopies}.");
        TrackingCode = code;
        ApplicantFullName = VietnameseText.Required(applicant.FullName, "Họ và tên người yêu cầu", 200);
        ApplicantSex = applicant.Sex;
        ApplicantDateOfBirth = applicant.DateOfBirth;
        ApplicantPersonalIdNumber = PersonalIdNumber.Parse(applicant.PersonalIdNumber, applicant.DateOfBirth, applicant.Sex);
        ApplicantAddress = RegistrationTextGuard(applicant.Address);
        ApplicantEmail = VietnameseText.NormalizeOptional(applicant.Email) is { } email
            ? EmailAddress.Required(email, "Thư điện tử của người yêu cầu") : null;
        if (delivery == CertificateDelivery.ByPost && ApplicantAddress is null)
            throw new DomainException("APPLICATION_POSTAL_ADDRESS_REQUIRED", "Nhận phiếu qua bưu điện cần có địa chỉ nhận.");
        CertificateType = certificateType;
        Purpose = VietnameseText.Required(purpose, "Mục đích sử dụng phiếu", 500);
        Copies = copies;
        Delivery = delivery;
        Channel = channel;
        ReceivedOn = receivedOn;
        Deadline = receivedOn.AddDays(options.StandardDeadlineDays);
        ProcessingOrganisationId = processingOrganisationId;
        IncludeManagementPostBans = includeManagementPostBans;
    }

    /// <summary>Mã hồ sơ, printed on the receipt and used to follow the application online.</summary>
    public string TrackingCode { get; private set; } = "";
    public string ApplicantFullName { get; private set; } = "";
    public Sex ApplicantSex { get; private set; }
    public DateOnly ApplicantDateOfBirth { get; private set; }
    public PersonalIdNumber? ApplicantPersonalIdNumber { get; private set; }
    public string? ApplicantAddress { get; private set; }
    /// <summary>Where the applicant asked to be told of the application's progress; null: not by mail.</summary>
    public string? ApplicantEmail { get; private set; }
    public CertificateType CertificateType { get; private set; }
    public string Purpose { get; private set; } = "";
    public int Copies { get; private set; }
    public CertificateDelivery Delivery { get; private set; }
    public ApplicationChannel Channel { get; private set; }
    /// <summary>Ask that a No. 1 certificate also state bans on management posts (a No. 2 always does).</summary>
    public bool IncludeManagementPostBans { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    /// <summary>Hạn trả kết quả.</summary>
    public DateOnly Deadline { get; private set; }
    public bool IsComplex { get; private set; }
    public Guid? ProcessingOrganisationId { get; private set; }
    public CertificateApplicationStatus Status { get; private set; } = CertificateApplicationStatus.Received;
    public string? RefusalReason { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public Guid? IssuedCertificateId { get; private set; }

    public bool IsOverdue(DateOnly today) =>
        Status is not (CertificateApplicationStatus.Issued or CertificateApplicationStatus.Refused) && today > Deadline;

    /// <summary>A tracking code like <c>LLTP-250701-048213</c>; the unique index refuses the rare repeat.</summary>
    public static string NewTrackingCode(DateOnly receivedOn, Random random) => $"LLTP-{receivedOn:yyMMdd}-{random.Next(1_000_000):D6}";

    public void StartProcessing() => Move(CertificateApplicationStatus.Processing);

    /// <summary>Needs checking with other bodies: the deadline becomes the longer one, counted from receipt.</summary>
    public void RequireVerification(JudicialRecordsOptions? options = null)
    {
        Move(CertificateApplicationStatus.Verifying);
        IsComplex = true;
        Deadline = ReceivedOn.AddDays((options ?? JudicialRecordsOptions.Default).ComplexDeadlineDays);
    }

    /// <summary>
    /// Issues the certificate from the person's record (null: no record, so "không có án tích").
    /// The record must be the applicant's own.
    /// </summary>
    public IssuedJudicialRecordCertificate Issue(JudicialRecord? record, string certificateNumber, DateOnly issuedOn,
        string signerName, string signerTitle)
    {
        Transitions.Ensure(Status, CertificateApplicationStatus.Issued);
        if (issuedOn < ReceivedOn)
            throw new DomainException("CERTIFICATE_BEFORE_APPLICATION", "Ngày cấp phiếu không thể trước ngày nhận hồ sơ.");
        if (record is not null && record.PersonalIdNumber != ApplicantPersonalIdNumber)
            throw new DomainException("JUDICIAL_RECORD_MISMATCH", "Lý lịch tư pháp không phải của người được cấp phiếu.");
        var certificate = IssuedJudicialRecordCertificate.From(this, record, certificateNumber, issuedOn, signerName, signerTitle);
        Status = CertificateApplicationStatus.Issued;
        DecidedOn = issuedOn;
        IssuedCertificateId = certificate.Id;
        return certificate;
    }

    /// <summary>Từ chối cấp phiếu, with the reason the applicant is told.</summary>
    public void Refuse(string reason, DateOnly refusedOn)
    {
        var text = VietnameseText.Required(reason, "Lý do từ chối", 1000);
        Move(CertificateApplicationStatus.Refused);
        RefusalReason = text;
        DecidedOn = refusedOn;
    }

    private void Move(CertificateApplicationStatus to)
    {
        Transitions.Ensure(Status, to);
        Status = to;
    }

    private static string? RegistrationTextGuard(string? value)
    {
        var text = VietnameseText.NormalizeOptional(value);
        if (text is { Length: > 500 }) throw new DomainException("TEXT_TOO_LONG", "Địa chỉ dài quá 500 ký tự.");
        return text;
    }

    [GeneratedRegex("^[A-Z0-9-]{6,30}$")]
    private static partial Regex TrackingCodePattern();
}
