using GraphQL.Types;
using Justice.Domain.CivilRegistry;
using Justice.Domain.JudicialRecords;
using Justice.Domain.Organisations;
using Justice.GraphQL.CivilRegistry;
using Justice.GraphQL.Common;
using Justice.GraphQL.Organisations;

namespace Justice.GraphQL.JudicialRecords;

/// <summary>Lý lịch tư pháp: personal data, every field read is audited.</summary>
public sealed class JudicialRecordGraphType : NodeType<JudicialRecord>
{
    public JudicialRecordGraphType() : base(JudicialAccess.RecordType,
        "Lý lịch tư pháp của một người: án tích và cấm đảm nhiệm chức vụ. Dữ liệu cá nhân: mọi lần đọc được ghi nhật ký.")
    {
        Field(r => r.FullName).Description("Họ và tên.");
        Field<NonNullGraphType<EnumerationGraphType<Sex>>>("sex").Resolve(c => c.Source.Sex);
        Field<NonNullGraphType<DateScalar>>("dateOfBirth").Resolve(c => c.Source.DateOfBirth);
        Field(r => r.PlaceOfBirth).Description("Nơi sinh.");
        Field(r => r.Nationality).Description("Quốc tịch.");
        Field<PersonalIdNumberScalar>("personalIdNumber").Resolve(c => c.Source.PersonalIdNumber?.Value);
        Field<OrganisationGraphType>("keeper").Description("Cơ quan quản lý lý lịch tư pháp (Sở Tư pháp, Trung tâm LLTP quốc gia).")
            .Resolve(c => c.Source.KeeperOrganisationId is { } id ? c.LoadById<Organisation>(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConvictionGraphType>>>>("convictions")
            .Description("Các án tích, theo ngày tuyên án; gồm cả án tích đã được xóa (expungedOn).")
            .Resolve(c => c.LoadOwned<Conviction, DateOnly>("JudicialRecordId", c.Source.Id, x => x.JudgmentDate));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ManagementPostBanGraphType>>>>("managementPostBans")
            .Description("Cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã.")
            .Resolve(c => c.LoadOwned<ManagementPostBan, DateOnly>("JudicialRecordId", c.Source.Id, x => x.DecisionDate));
        Field(r => r.Version);
        this.AuditEveryField(JudicialAccess.RecordType);
    }
}

public sealed class ConvictionGraphType : ObjectGraphType<Conviction>
{
    public ConvictionGraphType()
    {
        Name = "Conviction";
        Description = "Án tích theo một bản án đã có hiệu lực.";
        Field(x => x.CourtName).Description("Tòa án.");
        Field(x => x.JudgmentNumber).Description("Số bản án.");
        Field<NonNullGraphType<DateScalar>>("judgmentDate").Resolve(c => c.Source.JudgmentDate);
        Field(x => x.Offence).Description("Tội danh.");
        Field(x => x.Sentence).Description("Hình phạt.");
        Field<NonNullGraphType<EnumerationGraphType<EnforcementStatus>>>("enforcementStatus").Resolve(c => c.Source.EnforcementStatus);
        Field<DateScalar>("expungedOn").Resolve(c => c.Source.ExpungedOn).Description("Ngày xóa án tích; trống nếu chưa xóa.");
        this.AuditEveryField("Conviction");
    }
}

public sealed class ManagementPostBanGraphType : ObjectGraphType<ManagementPostBan>
{
    public ManagementPostBanGraphType()
    {
        Name = "ManagementPostBan";
        Description = "Cấm đảm nhiệm chức vụ quản lý doanh nghiệp, hợp tác xã sau phá sản.";
        Field(x => x.CourtName);
        Field(x => x.DecisionNumber).Description("Số quyết định tuyên bố phá sản.");
        Field<NonNullGraphType<DateScalar>>("decisionDate").Resolve(c => c.Source.DecisionDate);
        Field(x => x.EnterpriseName);
        Field<NonNullGraphType<DateScalar>>("bannedFrom").Resolve(c => c.Source.BannedFrom);
        Field<NonNullGraphType<DateScalar>>("bannedUntil").Resolve(c => c.Source.BannedUntil);
        this.AuditEveryField("ManagementPostBan");
    }
}

/// <summary>Yêu cầu cấp Phiếu lý lịch tư pháp: personal data (the applicant), every field read is audited.</summary>
public sealed class JudicialRecordCertificateApplicationGraphType : NodeType<JudicialRecordCertificateApplication>
{
    public JudicialRecordCertificateApplicationGraphType() : base(JudicialAccess.ApplicationType,
        "Yêu cầu cấp Phiếu lý lịch tư pháp và quá trình giải quyết. Dữ liệu cá nhân: mọi lần đọc được ghi nhật ký.")
    {
        Field(a => a.TrackingCode).Description("Mã hồ sơ.");
        Field(a => a.ApplicantFullName).Description("Họ và tên người yêu cầu.");
        Field<NonNullGraphType<EnumerationGraphType<Sex>>>("applicantSex").Resolve(c => c.Source.ApplicantSex);
        Field<NonNullGraphType<DateScalar>>("applicantDateOfBirth").Resolve(c => c.Source.ApplicantDateOfBirth);
        Field<PersonalIdNumberScalar>("applicantPersonalIdNumber").Resolve(c => c.Source.ApplicantPersonalIdNumber?.Value);
        Field(a => a.ApplicantAddress, nullable: true).Description("Địa chỉ nhận phiếu qua bưu điện.");
        Field<NonNullGraphType<EnumerationGraphType<CertificateType>>>("certificateType").Resolve(c => c.Source.CertificateType);
        Field(a => a.Purpose).Description("Mục đích sử dụng phiếu.");
        Field(a => a.Copies).Description("Số lượng phiếu.");
        Field<NonNullGraphType<EnumerationGraphType<CertificateDelivery>>>("delivery").Resolve(c => c.Source.Delivery);
        Field<NonNullGraphType<EnumerationGraphType<ApplicationChannel>>>("channel").Resolve(c => c.Source.Channel);
        Field(a => a.IncludeManagementPostBans).Description("Yêu cầu ghi thông tin cấm đảm nhiệm chức vụ (phiếu số 1).");
        Field<NonNullGraphType<DateScalar>>("receivedOn").Resolve(c => c.Source.ReceivedOn);
        Field<NonNullGraphType<DateScalar>>("deadline").Resolve(c => c.Source.Deadline).Description("Hạn trả kết quả.");
        Field(a => a.IsComplex).Description("Cần xác minh (thời hạn dài hơn).");
        Field<OrganisationGraphType>("processingOrganisation").Description("Cơ quan tiếp nhận, giải quyết.")
            .Resolve(c => c.Source.ProcessingOrganisationId is { } id ? c.LoadById<Organisation>(id) : null);
        Field<NonNullGraphType<EnumerationGraphType<CertificateApplicationStatus>>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("statusText").Resolve(c => JudicialAccess.StatusText(c.Source.Status)).Description("Trạng thái bằng tiếng Việt.");
        Field(a => a.RefusalReason, nullable: true).Description("Lý do từ chối.");
        Field<DateScalar>("decidedOn").Resolve(c => c.Source.DecidedOn).Description("Ngày cấp phiếu hoặc từ chối.");
        Field<IssuedJudicialRecordCertificateGraphType>("certificate").Description("Phiếu đã cấp.")
            .Resolve(c => c.Source.IssuedCertificateId is { } id ? c.LoadById<IssuedJudicialRecordCertificate>(id) : null);
        Field(a => a.Version).Description("Phiên bản, gửi lại trong expectedVersion khi xử lý.");
        this.AuditEveryField(JudicialAccess.ApplicationType);
    }
}

public sealed class IssuedJudicialRecordCertificateGraphType : ObjectGraphType<IssuedJudicialRecordCertificate>
{
    public IssuedJudicialRecordCertificateGraphType()
    {
        Name = "IssuedJudicialRecordCertificate";
        Description = "Phiếu lý lịch tư pháp đã cấp: nội dung tại ngày cấp.";
        Field(x => x.Number).Description("Số phiếu.");
        Field<NonNullGraphType<EnumerationGraphType<CertificateType>>>("certificateType").Resolve(c => c.Source.CertificateType);
        Field<NonNullGraphType<DateScalar>>("issuedOn").Resolve(c => c.Source.IssuedOn);
        Field(x => x.HolderFullName);
        Field<NonNullGraphType<DateScalar>>("holderDateOfBirth").Resolve(c => c.Source.HolderDateOfBirth);
        Field(x => x.Copies);
        Field(x => x.SignerName);
        Field(x => x.SignerTitle);
        Field<NonNullGraphType<StringGraphType>>("convictionsStatement").Description("\"Không có án tích\" hoặc số án tích ghi trên phiếu.")
            .Resolve(c => Entries(c).Then(list => list.Count == 0 ? "Không có án tích" : $"Có {list.Count} án tích"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CertificateConvictionEntryGraphType>>>>("convictions")
            .Description("Các án tích ghi trên phiếu.")
            .Resolve(c => Entries(c));
        this.AuditEveryField("IssuedJudicialRecordCertificate");
    }

    // The entity's own statement counts a collection an untracked read does not load: count the batched entries instead.
    private static global::GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<CertificateConvictionEntry>> Entries(
        global::GraphQL.IResolveFieldContext<IssuedJudicialRecordCertificate> c) =>
        c.LoadOwned<CertificateConvictionEntry, DateOnly>("CertificateId", c.Source.Id, x => x.JudgmentDate);
}

public sealed class CertificateConvictionEntryGraphType : ObjectGraphType<CertificateConvictionEntry>
{
    public CertificateConvictionEntryGraphType()
    {
        Name = "CertificateConvictionEntry";
        Description = "Án tích như ghi trên phiếu.";
        Field(x => x.CourtName);
        Field(x => x.JudgmentNumber);
        Field<NonNullGraphType<DateScalar>>("judgmentDate").Resolve(c => c.Source.JudgmentDate);
        Field(x => x.Offence);
        Field(x => x.Sentence);
        Field<DateScalar>("expungedOn").Resolve(c => c.Source.ExpungedOn);
        this.AuditEveryField("CertificateConvictionEntry");
    }
}

/// <summary>What anyone holding a tracking code may see: status and dates, never the applicant.</summary>
public sealed class JudicialRecordApplicationStatusGraphType : ObjectGraphType<JudicialRecordCertificateApplication>
{
    public JudicialRecordApplicationStatusGraphType()
    {
        Name = "JudicialRecordApplicationStatus";
        Description = "Tình trạng hồ sơ cấp Phiếu lý lịch tư pháp tra theo mã hồ sơ: chỉ trạng thái và các mốc ngày, không có thông tin cá nhân.";
        Field(a => a.TrackingCode).Description("Mã hồ sơ.");
        Field<NonNullGraphType<EnumerationGraphType<CertificateApplicationStatus>>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("statusText").Resolve(c => JudicialAccess.StatusText(c.Source.Status)).Description("Trạng thái bằng tiếng Việt.");
        Field<NonNullGraphType<DateScalar>>("receivedOn").Resolve(c => c.Source.ReceivedOn).Description("Ngày tiếp nhận.");
        Field<NonNullGraphType<DateScalar>>("deadline").Resolve(c => c.Source.Deadline).Description("Ngày hẹn trả kết quả.");
        Field<DateScalar>("decidedOn").Resolve(c => c.Source.DecidedOn).Description("Ngày cấp phiếu hoặc từ chối.");
    }
}
