using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Justice.Domain.CivilRegistry;
using Justice.Domain.Organisations;
using Justice.GraphQL.Common;
using Justice.GraphQL.Organisations;

namespace Justice.GraphQL.CivilRegistry;

/// <summary>Đăng ký hộ tịch: personal data, every field read is audited.</summary>
public sealed class CivilStatusRegistrationGraphType : NodeType<CivilStatusRegistration>
{
    public CivilStatusRegistrationGraphType() : base(RegistryAccess.RegistrationType,
        "Một việc đăng ký hộ tịch (một số trong sổ hộ tịch). Dữ liệu cá nhân: mọi lần đọc được ghi nhật ký.")
    {
        Field<NonNullGraphType<EnumerationGraphType<CivilStatusEventType>>>("eventType").Resolve(c => c.Source.EventType);
        Field<NonNullGraphType<StringGraphType>>("eventTypeName").Resolve(c => c.Source.EventType.DisplayName()).Description("Tên việc hộ tịch (Khai sinh, Kết hôn…).");
        Field<NonNullGraphType<OrganisationGraphType>>("authority").Description("Cơ quan đăng ký.")
            .Resolve(c => c.LoadById<Organisation>(c.Source.AuthorityId));
        Field<NonNullGraphType<RegisterBookGraphType>>("book").Description("Sổ hộ tịch.")
            .Resolve(c => c.LoadById<RegisterBook>(c.Source.BookId));
        Field(r => r.BookYear).Description("Năm của sổ.");
        Field(r => r.BookNumber).Description("Quyển số.");
        Field(r => r.EntryNumber).Description("Số đăng ký trong sổ (liên tục, không trùng).");
        Field<NonNullGraphType<DateScalar>>("registrationDate").Resolve(c => c.Source.RegistrationDate);
        Field<DateScalar>("eventDate").Resolve(c => c.Source.EventDate).Description("Ngày xảy ra sự kiện (sinh, kết hôn, chết).");
        Field(r => r.EventPlace, nullable: true).Description("Nơi xảy ra sự kiện.");
        Field(r => r.OfficerName).Description("Công chức tư pháp – hộ tịch.");
        Field(r => r.SignerName).Description("Người ký.");
        Field(r => r.SignerTitle).Description("Chức vụ người ký.");
        Field(r => r.SubjectFullName).Description("Họ, chữ đệm và tên như ghi trong sổ.");
        Field<NonNullGraphType<PersonGraphType>>("subject").Description("Người được đăng ký (trẻ em, người chết, người yêu cầu, một bên kết hôn).")
            .Resolve(c => c.LoadById<Person>(c.Source.SubjectPersonId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CivilStatusParticipantGraphType>>>>("participants")
            .Description("Những người khác có trong việc đăng ký (cha, mẹ, vợ/chồng, người đi khai…).")
            .Resolve(c => c.LoadOwned("RegistrationId", c.Source.Id, ParticipantOrder));
        Field(r => r.MaritalStatusPurpose, nullable: true).Description("Xác nhận tình trạng hôn nhân: mục đích sử dụng.");
        Field(r => r.MaritalStatusStatement, nullable: true).Description("Xác nhận tình trạng hôn nhân: tình trạng được xác nhận.");
        Field<DateScalar>("validUntil").Resolve(c => c.Source.ValidUntil).Description("Ngày cuối được sử dụng (giấy xác nhận tình trạng hôn nhân).");
        Field(r => r.Notes, nullable: true).Description("Ghi chú.");
        Field<NonNullGraphType<EnumerationGraphType<RegistrationStatus>>>("status").Resolve(c => c.Source.Status);
        Field<DateScalar>("revokedOn").Resolve(c => c.Source.RevokedOn);
        Field(r => r.RevocationReason, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CivilStatusAmendmentGraphType>>>>("amendments")
            .Description("Các lần thay đổi, cải chính, bổ sung, theo thứ tự; giá trị cũ vẫn đọc được.")
            .Resolve(c => c.LoadOwned<CivilStatusAmendment, int>("RegistrationId", c.Source.Id, a => a.Sequence));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CivilStatusExtractGraphType>>>>("extracts")
            .Description("Bản chính và các trích lục đã cấp, theo thứ tự cấp.")
            .Resolve(c => c.LoadOwned<CivilStatusExtract, int>("RegistrationId", c.Source.Id, e => e.Number));
        Field(r => r.Version).Description("Phiên bản, gửi lại trong expectedVersion khi cải chính.");
        this.AuditEveryField(RegistryAccess.RegistrationType);
    }

    private static readonly Expression<Func<CivilStatusParticipant, ParticipantRole>> ParticipantOrder = p => p.Role;
}

public sealed class RegisterBookGraphType : ObjectGraphType<RegisterBook>
{
    public RegisterBookGraphType()
    {
        Name = "RegisterBook";
        Description = "Sổ hộ tịch của một cơ quan đăng ký, theo loại việc và năm.";
        Field<NonNullGraphType<EnumerationGraphType<CivilStatusEventType>>>("eventType").Resolve(c => c.Source.EventType);
        Field(b => b.Year);
        Field(b => b.BookNumber).Description("Quyển số.");
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(c => c.Source.Label).Description("Quyển số dạng 01/2025.");
        Field(b => b.LastEntryNumber).Description("Số đăng ký cuối cùng đã cấp.");
        Field(b => b.IsClosed).Description("Sổ đã khóa.");
    }
}

public sealed class CivilStatusParticipantGraphType : ObjectGraphType<CivilStatusParticipant>
{
    public CivilStatusParticipantGraphType()
    {
        Name = "CivilStatusParticipant";
        Description = "Một người tham gia việc đăng ký và vai trò của họ.";
        Field<NonNullGraphType<EnumerationGraphType<ParticipantRole>>>("role").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<PersonGraphType>>("person").Resolve(c => c.LoadById<Person>(c.Source.PersonId));
    }
}

public sealed class CivilStatusAmendmentGraphType : ObjectGraphType<CivilStatusAmendment>
{
    public CivilStatusAmendmentGraphType()
    {
        Name = "CivilStatusAmendment";
        Description = "Một lần thay đổi, cải chính, bổ sung hộ tịch, ghi bên cạnh số đăng ký.";
        Field(a => a.Sequence).Description("Thứ tự.");
        Field<NonNullGraphType<EnumerationGraphType<AmendmentKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<EnumerationGraphType<RegistrationField>>>("field").Resolve(c => c.Source.Field);
        Field(a => a.OldValue, nullable: true).Description("Giá trị trước khi sửa.");
        Field(a => a.NewValue, nullable: true).Description("Giá trị mới.");
        Field(a => a.Reason).Description("Lý do.");
        Field<NonNullGraphType<DateScalar>>("amendedOn").Resolve(c => c.Source.AmendedOn);
        this.AuditEveryField("CivilStatusAmendment");
    }
}

public sealed class CivilStatusExtractGraphType : ObjectGraphType<CivilStatusExtract>
{
    public CivilStatusExtractGraphType()
    {
        Name = "CivilStatusExtract";
        Description = "Bản chính giấy tờ hộ tịch hoặc trích lục bản sao đã cấp.";
        Field(e => e.Number).Description("Số thứ tự cấp.");
        Field<NonNullGraphType<EnumerationGraphType<ExtractKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateScalar>>("issuedOn").Resolve(c => c.Source.IssuedOn);
        Field(e => e.Copies).Description("Số bản.");
        Field(e => e.RequestedBy).Description("Người yêu cầu.");
        this.AuditEveryField("CivilStatusExtract");
    }
}

/// <summary>Cá nhân: personal data, every field read is audited.</summary>
public sealed class PersonGraphType : NodeType<Person>
{
    public PersonGraphType() : base(RegistryAccess.PersonType, "Cá nhân trong sổ hộ tịch. Dữ liệu cá nhân: mọi lần đọc được ghi nhật ký.")
    {
        Field(p => p.FullName).Description("Họ, chữ đệm và tên.");
        Field<NonNullGraphType<EnumerationGraphType<Sex>>>("sex").Resolve(c => c.Source.Sex);
        Field<NonNullGraphType<DateScalar>>("dateOfBirth").Resolve(c => c.Source.DateOfBirth);
        Field(p => p.PlaceOfBirth).Description("Nơi sinh.");
        Field(p => p.HomeTown, nullable: true).Description("Quê quán.");
        Field<NonNullGraphType<EnumerationGraphType<Ethnicity>>>("ethnicity").Resolve(c => c.Source.Ethnicity);
        Field<NonNullGraphType<StringGraphType>>("ethnicityName").Resolve(c => c.Source.Ethnicity.DisplayName()).Description("Dân tộc.");
        Field(p => p.Nationality).Description("Quốc tịch.");
        Field<PersonalIdNumberScalar>("personalIdNumber").Resolve(c => c.Source.PersonalIdNumber?.Value)
            .Description("Số định danh cá nhân; trống khi chưa được cấp.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CivilStatusRegistrationGraphType>>>>("registrations")
            .Description("Các việc đăng ký hộ tịch của người này (là người được đăng ký hoặc người tham gia), trong phạm vi quản lý của người hỏi, mới trước.")
            .Resolve(c => PersonRegistrations.Load(c, c.Source.Id));
        this.AuditEveryField(RegistryAccess.PersonType);
    }
}
