using Justice.Domain.CivilRegistry;
using Justice.Domain.Common;

namespace Justice.Domain.JudicialRecords;

/// <summary>
/// Phiếu lý lịch tư pháp as issued: a frozen copy of what the record said on the issue date. No. 1 lists only
/// convictions not expunged by then (and bans only when asked); No. 2 lists every conviction, expunged ones
/// too, and every ban.
/// </summary>
public sealed class IssuedJudicialRecordCertificate : AggregateRoot
{
    private readonly List<CertificateConvictionEntry> _convictions = [];
    private readonly List<CertificateBanEntry> _managementPostBans = [];

    private IssuedJudicialRecordCertificate() { }

    public string Number { get; private set; } = "";
    public CertificateType CertificateType { get; private set; }
    public Guid ApplicationId { get; private set; }
    public Guid? JudicialRecordId { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    public string HolderFullName { get; private set; } = "";
    public DateOnly HolderDateOfBirth { get; private set; }
    public PersonalIdNumber? HolderPersonalIdNumber { get; private set; }
    public int Copies { get; private set; }
    public string SignerName { get; private set; } = "";
    public string SignerTitle { get; private set; } = "";

    public IReadOnlyList<CertificateConvictionEntry> Convictions => _convictions;
    public IReadOnlyList<CertificateBanEntry> ManagementPostBans => _managementPostBans;

    /// <summary>What the certificate prints in the convictions section.</summary>
    public string ConvictionsStatement => _convictions.Count == 0 ? "Không có án tích" : $"Có {_convictions.Count} án tích";

    internal static IssuedJudicialRecordCertificate From(JudicialRecordCertificateApplication application, JudicialRecord? record,
        string number, DateOnly issuedOn, string signerName, string signerTitle)
    {
        var certificate = new IssuedJudicialRecordCertificate
        {
            Number = VietnameseText.Required(number, "Số phiếu", 50),
            CertificateType = application.CertificateType,
            ApplicationId = application.Id,
            JudicialRecordId = record?.Id,
            IssuedOn = issuedOn,
            HolderFullName = application.ApplicantFullName,
            HolderDateOfBirth = application.ApplicantDateOfBirth,
            HolderPersonalIdNumber = application.ApplicantPersonalIdNumber,
            Copies = application.Copies,
            SignerName = VietnameseText.Required(signerName, "Người ký", 200),
            SignerTitle = VietnameseText.Required(signerTitle, "Chức vụ người ký", 200),
        };
        if (record is null) return certificate;
        var full = application.CertificateType == CertificateType.No2;
        foreach (var conviction in record.Convictions.Where(c => c.JudgmentDate <= issuedOn).OrderBy(c => c.JudgmentDate))
        {
            if (!full && conviction.IsExpungedOn(issuedOn)) continue;
            certificate._convictions.Add(new CertificateConvictionEntry(conviction, issuedOn));
        }
        if (full || application.IncludeManagementPostBans)
        {
            foreach (var ban in record.ManagementPostBans.Where(b => b.DecisionDate <= issuedOn).OrderBy(b => b.DecisionDate))
            {
                if (!full && !ban.IsInForceOn(issuedOn)) continue;
                certificate._managementPostBans.Add(new CertificateBanEntry(ban));
            }
        }
        return certificate;
    }
}

/// <summary>A conviction as printed on a certificate.</summary>
public sealed class CertificateConvictionEntry : Entity
{
    private CertificateConvictionEntry() { }

    internal CertificateConvictionEntry(Conviction conviction, DateOnly issuedOn)
    {
        ConvictionId = conviction.Id;
        CourtName = conviction.CourtName;
        JudgmentNumber = conviction.JudgmentNumber;
        JudgmentDate = conviction.JudgmentDate;
        Offence = conviction.Offence;
        Sentence = conviction.Sentence;
        EnforcementStatus = conviction.EnforcementStatus;
        ExpungedOn = conviction.IsExpungedOn(issuedOn) ? conviction.ExpungedOn : null;
    }

    public Guid ConvictionId { get; private set; }
    public string CourtName { get; private set; } = "";
    public string JudgmentNumber { get; private set; } = "";
    public DateOnly JudgmentDate { get; private set; }
    public string Offence { get; private set; } = "";
    public string Sentence { get; private set; } = "";
    public EnforcementStatus EnforcementStatus { get; private set; }
    /// <summary>Set on a No. 2 certificate for a conviction already expunged ("đã được xóa án tích").</summary>
    public DateOnly? ExpungedOn { get; private set; }
}

/// <summary>A management-post ban as printed on a certificate.</summary>
public sealed class CertificateBanEntry : Entity
{
    private CertificateBanEntry() { }

    internal CertificateBanEntry(ManagementPostBan ban)
    {
        CourtName = ban.CourtName;
        DecisionNumber = ban.DecisionNumber;
        DecisionDate = ban.DecisionDate;
        EnterpriseName = ban.EnterpriseName;
        BannedFrom = ban.BannedFrom;
        BannedUntil = ban.BannedUntil;
    }

    public string CourtName { get; private set; } = "";
    public string DecisionNumber { get; private set; } = "";
    public DateOnly DecisionDate { get; private set; }
    public string EnterpriseName { get; private set; } = "";
    public DateOnly BannedFrom { get; private set; }
    public DateOnly BannedUntil { get; private set; }
}
