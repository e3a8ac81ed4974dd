using Justice.Domain.CivilRegistry;
using Justice.Domain.Organisations;

namespace Justice.Domain.Tests.CivilRegistry;

internal static class CivilRegistrySamples
{
    public static readonly RegistrationSigning Signing = new("Trần Thị Thu Hà", "Nguyễn Văn Bình", "Chủ tịch Ủy ban nhân dân");
    public static readonly DateTime Now = new(2025, 3, 10, 2, 0, 0, DateTimeKind.Utc);

    public static Organisation Commune(string code = "00004") =>
        new($"Ủy ban nhân dân phường Ba Đình {code}", OrganisationKind.CommunePeoplesCommittee, code: $"UBND{code}");

    public static Person Newborn(DateOnly born, Sex sex = Sex.Female) =>
        new("Nguyễn Ngọc Bảo Anh", sex, born, "Bệnh viện Phụ sản Hà Nội, Thành phố Hà Nội", Ethnicity.Kinh, "Xã Đông Anh, Thành phố Hà Nội");

    public static Person Adult(string name, Sex sex, DateOnly born, int serial = 1) =>
        new(name, sex, born, "Xã Hòa Bình, Tỉnh Thái Nguyên", Ethnicity.Tay, "Xã Hòa Bình, Tỉnh Thái Nguyên",
            personalIdNumber: PersonalIdNumber.Create("19", born, sex, serial).Value);
}
