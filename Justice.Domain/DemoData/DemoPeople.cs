using Justice.Domain.AdministrativeUnits;

namespace Justice.Domain.DemoData;

/// <summary>
/// Plausible Vietnamese names, mailboxes, addresses and companies for every area's demo data.
/// Family names are weighted roughly as in the population (Nguyễn about a third).
/// </summary>
internal static class DemoPeople
{
    private static readonly (string Name, int Weight)[] FamilyNames =
    [
        ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4), ("Phan", 4), ("Vũ", 4),
        ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 2), ("Dương", 1), ("Lý", 1), ("Đinh", 1),
        ("Trịnh", 1), ("Mai", 1), ("Lương", 1),
    ];
    private static readonly string[] MaleMiddle = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Xuân", "Đình", "Thanh", "Quốc", "Anh"];
    private static readonly string[] FemaleMiddle = ["Thị", "Ngọc", "Thu", "Thanh", "Minh", "Thùy", "Kim", "Bích", "Hồng", "Phương"];
    private static readonly string[] MaleGiven =
        ["Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Hải", "Long", "Sơn", "Thắng", "Cường", "Quân", "Hiếu", "Phúc", "Tùng", "Khánh", "Trung", "Đạt", "Bình", "Thành", "Vinh", "Hoàng", "Phong", "Lâm", "Toàn"];
    private static readonly string[] FemaleGiven =
        ["Lan", "Hương", "Hoa", "Mai", "Linh", "Trang", "Hằng", "Thảo", "Nga", "Huyền", "Yến", "Oanh", "Hạnh", "Nhung", "Loan", "Dung", "Vân", "Thủy", "Ngân", "Phượng", "Hà", "Tâm"];
    public static readonly string[] Streets =
        ["Lê Lợi", "Trần Hưng Đạo", "Nguyễn Huệ", "Hai Bà Trưng", "Lý Thường Kiệt", "Quang Trung", "Hùng Vương", "Nguyễn Trãi",
         "Phan Đình Phùng", "Lê Duẩn", "Điện Biên Phủ", "Trần Phú", "Nguyễn Văn Cừ", "Võ Nguyên Giáp", "Lê Hồng Phong",
         "Nguyễn Du", "Bà Triệu", "Lạc Long Quân", "Ngô Quyền", "Phạm Văn Đồng", "Tôn Đức Thắng", "Nguyễn Thái Học"];
    private static readonly string[] BusinessWords =
        ["Hưng Thịnh", "Phú Gia", "An Phát", "Thành Đạt", "Hoàng Long", "Minh Phát", "Đại Việt", "Tân Tiến", "Phương Nam",
         "Sao Mai", "Thiên Phúc", "Bảo An", "Hòa Bình", "Trường Sơn", "Nam Việt", "Hồng Hà", "Kim Ngân", "Vạn Xuân"];
    private static readonly string[] BusinessTrades =
        ["Thương mại và Dịch vụ", "Xây dựng và Thương mại", "Vận tải", "Đầu tư Phát triển", "Sản xuất và Thương mại", "Vật liệu xây dựng", "Nông sản"];

    public static string PersonName(Random random, out bool female)
    {
        female = random.Next(2) == 0;
        var total = FamilyNames.Sum(f => f.Weight);
        var pick = random.Next(total);
        var family = FamilyNames[^1].Name;
        foreach (var (name, weight) in FamilyNames)
        {
            if (pick < weight) { family = name; break; }
            pick -= weight;
        }
        var middle = female ? FemaleMiddle[random.Next(FemaleMiddle.Length)] : MaleMiddle[random.Next(MaleMiddle.Length)];
        var given = female ? FemaleGiven[random.Next(FemaleGiven.Length)] : MaleGiven[random.Next(MaleGiven.Length)];
        return $"{family} {middle} {given}";
    }

    public static string PersonName(Random random) => PersonName(random, out _);

    /// <summary>"Nguyễn Thị Thu Hà" → "hantt" + a number, the way people pick mailbox names.</summary>
    public static string MailboxName(string fullName, int number)
    {
        var parts = Common.VietnameseText.Fold(fullName).Split(' ');
        var initials = string.Concat(parts[..^1].Select(p => p[0]));
        return number > 0 ? $"{parts[^1]}{initials}{number}" : $"{parts[^1]}{initials}";
    }

    public static string CompanyName(Random random) =>
        $"Công ty TNHH {BusinessTrades[random.Next(BusinessTrades.Length)]} {BusinessWords[random.Next(BusinessWords.Length)]}";

    /// <summary>"Số 12 đường Lê Lợi, Phường Hoàn Kiếm, Thành phố Hà Nội" (two-tier addresses since 01/07/2025).</summary>
    public static string Address(Random random, AdministrativeUnit province, IReadOnlyList<AdministrativeUnit> communes)
    {
        var street = Streets[random.Next(Streets.Length)];
        var place = communes.Count > 0 ? communes[random.Next(communes.Count)].Name + ", " : "";
        return $"Số {random.Next(1, 400)} đường {street}, {place}{ProvinceDisplayName(province)}";
    }

    /// <summary>"Thành phố Hà Nội" stays as is; "Cao Bằng" becomes "tỉnh Cao Bằng".</summary>
    public static string ProvinceDisplayName(AdministrativeUnit province) =>
        province.Name.StartsWith("Thành phố ", StringComparison.Ordinal) ? province.Name : "tỉnh " + province.Name;

    /// <summary>A valid personal ID number for someone born in <paramref name="birthYear"/> in <paramref name="province"/>.</summary>
    public static string PersonalIdNumber(Random random, AdministrativeUnit province, bool female, int birthYear) =>
        CivilRegistry.PersonalIdNumber.Create(province.Code, new DateOnly(birthYear, 1, 1),
            female ? CivilRegistry.Sex.Female : CivilRegistry.Sex.Male, random.Next(0, 1_000_000)).Value;

    /// <summary>Rounds a price to the 100.000 đồng auction notices and judgments usually show.</summary>
    public static long RoundPrice(double value) => Math.Max(100_000L, (long)Math.Round(value / 100_000d) * 100_000L);

    public static (List<AdministrativeUnit> Provinces, ILookup<Guid?, AdministrativeUnit> CommunesByProvince) Units(IEnumerable<AdministrativeUnit> units)
    {
        var list = units.ToList();
        return (list.Where(u => u.Level == AdministrativeLevel.Province).OrderBy(u => u.Code).ToList(),
            list.Where(u => u.Level == AdministrativeLevel.Commune).OrderBy(u => u.Code).ToLookup(u => u.ParentId));
    }
}
