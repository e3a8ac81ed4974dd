using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Justice.Domain.CivilRegistry;
using Justice.GraphQL.Common;

namespace Justice.GraphQL.CivilRegistry;

/// <summary>
/// A person in a registration: an existing one (by <c>personId</c> or by personal ID number) or a new one
/// described by the other fields.
/// </summary>
public sealed record PersonInput
{
    [Description("Cá nhân đã có trong sổ hộ tịch.")]
    [Id] public string? PersonId { get; init; }
    [Description("Số định danh cá nhân: tìm người đã có, hoặc ghi cho người mới.")]
    [InputType(typeof(PersonalIdNumberScalar))] public string? PersonalIdNumber { get; init; }
    [Description("Họ, chữ đệm và tên (người mới).")]
    public string? FullName { get; init; }
    public Sex? Sex { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    [Description("Nơi sinh (người mới).")]
    public string? PlaceOfBirth { get; init; }
    [Description("Dân tộc (mặc định: Kinh).")]
    public Ethnicity? Ethnicity { get; init; }
    public string? HomeTown { get; init; }
    public string? Nationality { get; init; }
}

public sealed class PersonInputType : AutoRegisteringInputObjectGraphType<PersonInput>
{
    public PersonInputType()
    {
        Name = "PersonInput";
        Description = "Một người: đã có (personId hoặc số định danh cá nhân) hoặc người mới (họ tên, giới tính, ngày sinh, nơi sinh, dân tộc).";
    }
}

public sealed record ParticipantInput
{
    public ParticipantRole Role { get; init; }
    [InputType(typeof(NonNullGraphType<PersonInputType>))] public PersonInput Person { get; init; } = new();
}

public sealed class ParticipantInputType : AutoRegisteringInputObjectGraphType<ParticipantInput>
{
    public ParticipantInputType()
    {
        Name = "ParticipantInput";
        Description = "Người tham gia việc đăng ký và vai trò (FATHER, MOTHER, SPOUSE, DECLARANT…).";
    }
}

public sealed record RegisterCivilStatusEventInput
{
    [Description("Cơ quan đăng ký.")]
    [Id] public string AuthorityId { get; init; } = "";
    public CivilStatusEventType EventType { get; init; }
    [Description("Ngày đăng ký (mặc định: hôm nay).")]
    public DateOnly? RegistrationDate { get; init; }
    [Description("Người được đăng ký (trẻ em, người chết, người yêu cầu, một bên kết hôn).")]
    [InputType(typeof(NonNullGraphType<PersonInputType>))] public PersonInput Subject { get; init; } = new();
    [Description("Người tham gia: cha, mẹ (khai sinh), bên kia (kết hôn, vai trò SPOUSE), người đi khai (khai tử)…")]
    [InputType(typeof(ListGraphType<NonNullGraphType<ParticipantInputType>>))] public IReadOnlyList<ParticipantInput>? Participants { get; init; }
    [Description("Ngày xảy ra sự kiện; bắt buộc với khai tử (ngày chết).")]
    public DateOnly? EventDate { get; init; }
    public string? EventPlace { get; init; }
    public string? MaritalStatusPurpose { get; init; }
    public string? MaritalStatusStatement { get; init; }
    public string? Notes { get; init; }
    [Description("Công chức đăng ký (mặc định: tài khoản đang đăng nhập).")]
    public string? OfficerName { get; init; }
    public string SignerName { get; init; } = "";
    public string SignerTitle { get; init; } = "";
}

public sealed class RegisterCivilStatusEventInputType : AutoRegisteringInputObjectGraphType<RegisterCivilStatusEventInput>
{
    public RegisterCivilStatusEventInputType()
    {
        Name = "RegisterCivilStatusEventInput";
        Description = "Đăng ký một việc hộ tịch; số đăng ký do hệ thống cấp theo sổ của cơ quan đăng ký.";
    }
}

public sealed record CorrectCivilStatusRegistrationInput
{
    [Id] public string RegistrationId { get; init; } = "";
    [Description("Mặc định: CORRECTION (cải chính).")]
    public AmendmentKind? Kind { get; init; }
    public RegistrationField Field { get; init; }
    [Description("Giá trị mới; ngày theo dạng yyyy-MM-dd.")]
    public string? NewValue { get; init; }
    public string Reason { get; init; } = "";
    /// <summary>Default: today.</summary>
    public DateOnly? AmendedOn { get; init; }
    [Description("Phiên bản đã đọc; khác phiên bản hiện tại thì bị từ chối (CONCURRENT_CHANGE).")]
    public int? ExpectedVersion { get; init; }
}

public sealed class CorrectCivilStatusRegistrationInputType : AutoRegisteringInputObjectGraphType<CorrectCivilStatusRegistrationInput>
{
    public CorrectCivilStatusRegistrationInputType()
    {
        Name = "CorrectCivilStatusRegistrationInput";
        Description = "Thay đổi, cải chính, bổ sung một nội dung đã đăng ký; expectedVersion là phiên bản đã đọc.";
    }
}

public sealed record IssueCivilStatusExtractInput
{
    [Id] public string RegistrationId { get; init; } = "";
    /// <summary>Default: COPY_EXTRACT (trích lục bản sao).</summary>
    public ExtractKind? Kind { get; init; }
    [Description("Người yêu cầu cấp.")]
    public string RequestedBy { get; init; } = "";
    [Description("Số bản (mặc định: 1).")]
    public int? Copies { get; init; }
    /// <summary>Default: today.</summary>
    public DateOnly? IssuedOn { get; init; }
}

public sealed class IssueCivilStatusExtractInputType : AutoRegisteringInputObjectGraphType<IssueCivilStatusExtractInput>
{
    public IssueCivilStatusExtractInputType()
    {
        Name = "IssueCivilStatusExtractInput";
        Description = "Cấp bản chính (một lần) hoặc trích lục bản sao từ sổ hộ tịch.";
    }
}

public sealed class RegisterCivilStatusEventPayloadType()
    : PayloadType<CivilStatusRegistrationGraphType, CivilStatusRegistration>("RegisterCivilStatusEventPayload", "registration");

public sealed class CorrectCivilStatusRegistrationPayloadType()
    : PayloadType<CivilStatusRegistrationGraphType, CivilStatusRegistration>("CorrectCivilStatusRegistrationPayload", "registration");

public sealed class IssueCivilStatusExtractPayloadType()
    : PayloadType<CivilStatusExtractGraphType, CivilStatusExtract>("IssueCivilStatusExtractPayload", "extract");
