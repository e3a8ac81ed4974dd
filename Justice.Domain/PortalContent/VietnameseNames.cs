using Justice.Domain.Common;
using Justice.Domain.DemoData;

namespace Justice.Domain.PortalContent;

/// <summary>Plausible Vietnamese people for demo data: family names by frequency, gendered middle and given names.</summary>
internal static class VietnameseNames
{
    private static readonly string[] Families =
    [
        "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Tạ", "Lương",
    ];
    private static readonly string[] MaleMiddles = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Công", "Xuân", "Tuấn", "Ngọc"];
    private static readonly string[] FemaleMiddles = ["Thị", "Thị", "Ngọc", "Thu", "Thanh", "Phương", "Minh", "Hồng", "Kim", "Bảo"];
    private static readonly string[] MaleGivens =
        ["Anh", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hùng", "Huy", "Khoa", "Long", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Trung", "Tùng", "Việt", "Vinh"];
    private static readonly string[] FemaleGivens =
        ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngân", "Nhung", "Phương", "Quỳnh", "Thảo", "Trang", "Uyên", "Vân", "Yến"];

    public static string FullName(DemoDataContext context)
    {
        var male = context.Random.Next(2) == 0;
        return $"{context.Pick(Families)} {context.Pick(male ? MaleMiddles : FemaleMiddles)} {context.Pick(male ? MaleGivens : FemaleGivens)}";
    }

    /// <summary>"Nguyễn Thị Thu Hà" → "hantt" + a number, the way people pick mailbox names.</summary>
    public static string MailboxName(string fullName, int number)
    {
        var parts = VietnameseText.Fold(fullName).Split(' ');
        var initials = string.Concat(parts[..^1].Select(p => p[0]));
        return number > 0 ? $"{parts[^1]}{initials}{number}" : $"{parts[^1]}{initials}";
    }
}
