using Justice.Domain.CivilRegistry;
using Justice.Domain.Common;
using Justice.Domain.JudicialRecords;

namespace Justice.Domain.Tests.JudicialRecords;

public sealed class JudicialRecordsTests
{
    internal static readonly DateOnly Born = new(1988, 6, 20);
    internal static readonly string IdNumber = PersonalIdNumber.Create("31", Born, Sex.Male, 4321).Value;
    private static readonly DateOnly Today = new(2025, 3, 10);

    internal static JudicialRecord Record()
    {
        var record = new JudicialRecord("Phạm Văn Long", Sex.Male, Born, "Thành phố Hải Phòng", IdNumber);
        var theft = record.AddConviction("Tòa án nhân dân quận Lê Chân", "25/2012/HS-ST", new DateOnly(2012, 4, 2),
            "Trộm cắp tài sản (Điều 138 Bộ luật Hình sự 1999)", "12 tháng tù", EnforcementStatus.BeingEnforced);
        record.UpdateEnforcementStatus(theft.Id, EnforcementStatus.Completed);
        record.ExpungeConviction(theft.Id, new DateOnly(2016, 5, 1));
        record.AddConviction("Tòa án nhân dân thành phố Hải Phòng", "112/2023/HS-ST", new DateOnly(2023, 9, 14),
            "Lừa đảo chiếm đoạt tài sản (Điều 174 Bộ luật Hình sự)", "02 năm tù cho hưởng án treo");
        return record;
    }

    internal static JudicialRecordCertificateApplication Application(CertificateType type, string code = "LLTP-250310-000001",
        bool bans = false, JudicialRecordsOptions? options = null) =>
        new(code, new CertificateApplicant("Phạm Văn Long", Sex.Male, Born, IdNumber), type, "Bổ sung hồ sơ xin việc", 2,
            CertificateDelivery.AtOffice, ApplicationChannel.Online, Today, includeManagementPostBans: bans, options: options);

    private static IssuedJudicialRecordCertificate Issue(JudicialRecordCertificateApplication application, JudicialRecord? record, DateOnly? on = null)
    {
        application.StartProcessing();
        return application.Issue(record, "00125/2025/LLTP", on ?? Today.AddDays(5), "Lê Thị Hạnh", "Phó Giám đốc Sở Tư pháp");
    }

    [Fact]
    public void A_conviction_is_expunged_once_and_not_before_its_judgment()
    {
        var record = Record();
        var theft = record.Convictions[0];
        Assert.True(theft.IsExpunged);
        Assert.Equal("CONVICTION_ALREADY_EXPUNGED", Assert.Throws<DomainException>(() => record.ExpungeConviction(theft.Id, Today)).Code);
        var fraud = record.Convictions[1];
        Assert.Equal("CONVICTION_EXPUNGE_BEFORE_JUDGMENT", Assert.Throws<DomainException>(
            () => record.ExpungeConviction(fraud.Id, new DateOnly(2023, 9, 13))).Code);
        Assert.False(fraud.IsExpunged);
        record.ExpungeConviction(fraud.Id, new DateOnly(2023, 9, 14));
        Assert.Equal(new DateOnly(2023, 9, 14), fraud.ExpungedOn);
        Assert.Equal("CONVICTION_NOT_FOUND", Assert.Throws<DomainException>(() => record.ExpungeConviction(Guid.CreateVersion7(), Today)).Code);
    }

    [Fact]
    public void Record_rules_on_convictions_enforcement_and_bans()
    {
        var record = Record();
        Assert.Equal("CONVICTION_DUPLICATE", Assert.Throws<DomainException>(() => record.AddConviction("Tòa án nhân dân quận Lê Chân",
            "25/2012/HS-ST", new DateOnly(2012, 4, 2), "Trộm cắp tài sản", "12 tháng tù")).Code);
        Assert.Equal("CONVICTION_BEFORE_BIRTH", Assert.Throws<DomainException>(() => record.AddConviction("Tòa án", "1/1980/HS-ST",
            new DateOnly(1980, 1, 1), "Trộm cắp tài sản", "12 tháng tù")).Code);
        Assert.Equal("CONVICTION_ENFORCEMENT_TRANSITION_REFUSED", Assert.Throws<DomainException>(
            () => record.UpdateEnforcementStatus(record.Convictions[0].Id, EnforcementStatus.BeingEnforced)).Code);
        Assert.Equal("MANAGEMENT_BAN_PERIOD_INVALID", Assert.Throws<DomainException>(() => record.AddManagementPostBan("Tòa án nhân dân thành phố Hải Phòng",
            "03/2020/QĐ-TBPS", new DateOnly(2020, 1, 1), "Công ty TNHH Long Hải", new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 1))).Code);
        Assert.Equal("PERSONAL_ID_BIRTH_MISMATCH", Assert.Throws<DomainException>(
            () => new JudicialRecord("Phạm Văn Long", Sex.Male, Born.AddYears(1), "Hải Phòng", IdNumber)).Code);
    }

    [Fact]
    public void Certificate_No1_lists_only_convictions_not_expunged()
    {
        var certificate = Issue(Application(CertificateType.No1), Record());
        var entry = Assert.Single(certificate.Convictions);
        Assert.Equal("112/2023/HS-ST", entry.JudgmentNumber);
        Assert.Null(entry.ExpungedOn);
        Assert.Equal("Có 1 án tích", certificate.ConvictionsStatement);
    }

    [Fact]
    public void Certificate_No2_lists_every_conviction_expunged_ones_too()
    {
        var certificate = Issue(Application(CertificateType.No2), Record());
        Assert.Equal(["25/2012/HS-ST", "112/2023/HS-ST"], certificate.Convictions.Select(c => c.JudgmentNumber));
        Assert.Equal(new DateOnly(2016, 5, 1), certificate.Convictions[0].ExpungedOn);
    }

    [Fact]
    public void A_certificate_shows_the_record_as_of_its_issue_date()
    {
        var record = Record();
        record.ExpungeConviction(record.Convictions[1].Id, Today.AddDays(30));
        Assert.Single(Issue(Application(CertificateType.No1), record).Convictions);
        var clean = Issue(Application(CertificateType.No1, "LLTP-250310-000002"), record, Today.AddDays(30));
        Assert.Empty(clean.Convictions);
        Assert.Equal("Không có án tích", clean.ConvictionsStatement);
        Assert.Empty(Issue(Application(CertificateType.No1, "LLTP-250310-000003"), null).Convictions);
    }

    [Fact]
    public void Bans_appear_on_No2_always_and_on_No1_only_when_asked_and_in_force()
    {
        var record = Record();
        record.AddManagementPostBan("Tòa án nhân dân thành phố Hải Phòng", "03/2024/QĐ-TBPS", new DateOnly(2024, 1, 10),
            "Công ty TNHH Long Hải", new DateOnly(2024, 1, 10), new DateOnly(2027, 1, 10));
        record.AddManagementPostBan("Tòa án nhân dân thành phố Hải Phòng", "01/2015/QĐ-TBPS", new DateOnly(2015, 1, 10),
            "Hợp tác xã Tân Tiến", new DateOnly(2015, 1, 10), new DateOnly(2018, 1, 10));
        Assert.Empty(Issue(Application(CertificateType.No1), record).ManagementPostBans);
        Assert.Equal("03/2024/QĐ-TBPS", Assert.Single(Issue(Application(CertificateType.No1, bans: true), record).ManagementPostBans).DecisionNumber);
        Assert.Equal(2, Issue(Application(CertificateType.No2), record).ManagementPostBans.Count);
    }

    [Fact]
    public void A_certificate_is_issued_only_from_the_applicants_own_record()
    {
        var other = new JudicialRecord("Phạm Văn Long", Sex.Male, Born, "Hải Phòng", PersonalIdNumber.Create("31", Born, Sex.Male, 9).Value);
        var application = Application(CertificateType.No1);
        application.StartProcessing();
        Assert.Equal("JUDICIAL_RECORD_MISMATCH", Assert.Throws<DomainException>(
            () => application.Issue(other, "1/2025/LLTP", Today, "Lê Thị Hạnh", "Phó Giám đốc")).Code);
        Assert.Equal("CERTIFICATE_BEFORE_APPLICATION", Assert.Throws<DomainException>(
            () => application.Issue(null, "1/2025/LLTP", Today.AddDays(-1), "Lê Thị Hạnh", "Phó Giám đốc")).Code);
        Assert.Equal(CertificateApplicationStatus.Processing, application.Status);
    }

    [Fact]
    public void The_deadline_is_ten_days_or_fifteen_when_verification_is_needed_and_configurable()
    {
        var application = Application(CertificateType.No1);
        Assert.Equal(Today.AddDays(10), application.Deadline);
        application.StartProcessing();
        application.RequireVerification();
        Assert.True(application.IsComplex);
        Assert.Equal(Today.AddDays(15), application.Deadline);
        Assert.False(application.IsOverdue(Today.AddDays(15)));
        Assert.True(application.IsOverdue(Today.AddDays(16)));
        application.Issue(null, "7/2025/LLTP", Today.AddDays(16), "Lê Thị Hạnh", "Phó Giám đốc");
        Assert.False(application.IsOverdue(Today.AddDays(30)));

        var options = new JudicialRecordsOptions { StandardDeadlineDays = 7, ComplexDeadlineDays = 12 };
        var configured = Application(CertificateType.No1, options: options);
        Assert.Equal(Today.AddDays(7), configured.Deadline);
        configured.StartProcessing();
        configured.RequireVerification(options);
        Assert.Equal(Today.AddDays(12), configured.Deadline);
    }

    [Fact]
    public void Only_allowed_status_changes_are_accepted()
    {
        const string refused = "CERTIFICATE_APPLICATION_TRANSITION_REFUSED";
        var received = Application(CertificateType.No1);
        Assert.Equal(refused, Assert.Throws<DomainException>(() => received.Issue(null, "1/2025/LLTP", Today, "A", "B")).Code);
        Assert.Equal(refused, Assert.Throws<DomainException>(() => received.RequireVerification()).Code);

        var issued = Application(CertificateType.No1);
        Issue(issued, null);
        Assert.Equal(CertificateApplicationStatus.Issued, issued.Status);
        Assert.Equal(refused, Assert.Throws<DomainException>(() => issued.Refuse("Không đủ hồ sơ", Today)).Code);
        Assert.Equal(refused, Assert.Throws<DomainException>(issued.StartProcessing).Code);

        var rejected = Application(CertificateType.No1);
        Assert.Equal("TEXT_REQUIRED", Assert.Throws<DomainException>(() => rejected.Refuse(" ", Today)).Code);
        rejected.Refuse("Yêu cầu cấp phiếu của người khác mà không có văn bản ủy quyền.", Today);
        Assert.Equal((CertificateApplicationStatus.Refused, Today), (rejected.Status, rejected.DecidedOn));
        Assert.Equal(refused, Assert.Throws<DomainException>(rejected.StartProcessing).Code);
    }

    [Fact]
    public void An_application_has_a_valid_code_copies_and_a_postal_address_when_sent_by_post()
    {
        var applicant = new CertificateApplicant("Phạm Văn Long", Sex.Male, Born, IdNumber);
        JudicialRecordCertificateApplication Make(string code = "LLTP-250310-000009", int copies = 1, CertificateDelivery delivery = CertificateDelivery.AtOffice,
            CertificateApplicant? who = null) =>
            new(code, who ?? applicant, CertificateType.No1, "Xin việc", copies, delivery, ApplicationChannel.InPerson, Today);
        Assert.Equal("APPLICATION_COPIES_INVALID", Assert.Throws<DomainException>(() => Make(copies: 0)).Code);
        Assert.Equal("APPLICATION_COPIES_INVALID", Assert.Throws<DomainException>(() => Make(copies: 11)).Code);
        Assert.Equal(10, Make(copies: 10).Copies);
        Assert.Equal("APPLICATION_TRACKING_CODE_INVALID", Assert.Throws<DomainException>(() => Make(code: "LL TP")).Code);
        Assert.Equal("LLTP-250310-000009", Make(code: "lltp-250310-000009").TrackingCode);
        Assert.Equal("APPLICATION_POSTAL_ADDRESS_REQUIRED", Assert.Throws<DomainException>(() => Make(delivery: CertificateDelivery.ByPost)).Code);
        Assert.Equal(CertificateDelivery.ByPost, Make(delivery: CertificateDelivery.ByPost, who: applicant with { Address = "Số 5 Lạch Tray, Hải Phòng" }).Delivery);
        Assert.Equal("PERSONAL_ID_FORMAT", Assert.Throws<DomainException>(() => Make(who: applicant with { PersonalIdNumber = "123" })).Code);
        Assert.Matches("^LLTP-250310-[0-9]{6}$", JudicialRecordCertificateApplication.NewTrackingCode(Today, new Random(1)));
    }
}
