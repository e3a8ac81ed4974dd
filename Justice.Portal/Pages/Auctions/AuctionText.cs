using System.Globalization;

namespace Justice.Portal.Pages.Auctions;

public sealed record Named(string Name);
public sealed record ProvinceOption(string Id, string Name);

/// <summary>The auction section's words for the schema's enum values (GraphQL names), in Vietnamese and English.</summary>
public static class AuctionText
{
    public static readonly IReadOnlyList<(string Value, string Vi, string En)> AssetTypes =
    [
        ("REAL_ESTATE", "Nhà ở, công trình xây dựng", "Buildings"),
        ("LAND_USE_RIGHTS", "Quyền sử dụng đất", "Land use rights"),
        ("VEHICLES", "Phương tiện giao thông", "Vehicles"),
        ("GOODS", "Hàng hóa, máy móc, vật tư", "Goods and machinery"),
        ("CONFISCATED_ASSETS", "Tài sản tịch thu", "Confiscated assets"),
        ("OTHER", "Tài sản khác", "Other assets"),
    ];

    public static string AssetType(string value, bool english) =>
        AssetTypes.FirstOrDefault(t => t.Value == value) is { Value: not null } t ? (english ? t.En : t.Vi) : value;

    public static string Status(string value, bool english) => (value, english) switch
    {
        ("PUBLISHED", false) => "Đang thông báo", ("PUBLISHED", true) => "Announced",
        ("POSTPONED", false) => "Tạm dừng", ("POSTPONED", true) => "Postponed",
        ("HELD", false) => "Đã tổ chức", ("HELD", true) => "Held",
        ("CANCELLED", false) => "Đã hủy", ("CANCELLED", true) => "Cancelled",
        ("DRAFT", false) => "Bản nháp", ("DRAFT", true) => "Draft",
        _ => value,
    };

    /// <summary>The badge colour class of a status: postponed and cancelled must stand out.</summary>
    public static string StatusClass(string value) => value switch
    {
        "PUBLISHED" => "badge badge-in-force",
        "POSTPONED" => "badge badge-suspended",
        "CANCELLED" => "badge badge-expired",
        _ => "badge",
    };

    public static string Form(string value, bool english) => (value, english) switch
    {
        ("ORAL", false) => "Đấu giá bằng lời nói", ("ORAL", true) => "Oral bidding",
        ("DIRECT_BALLOT", false) => "Bỏ phiếu trực tiếp", ("DIRECT_BALLOT", true) => "Direct ballot",
        ("INDIRECT_BALLOT", false) => "Bỏ phiếu gián tiếp", ("INDIRECT_BALLOT", true) => "Indirect ballot",
        ("ONLINE", false) => "Đấu giá trực tuyến", ("ONLINE", true) => "Online",
        _ => value,
    };

    public static string Method(string value, bool english) => (value, english) switch
    {
        ("ASCENDING", false) => "Trả giá lên", ("ASCENDING", true) => "Ascending bids",
        ("DESCENDING", false) => "Đặt giá xuống", ("DESCENDING", true) => "Descending price",
        _ => value,
    };

    public static string OrganisationKind(string value, bool english) => (value, english) switch
    {
        ("PUBLIC_CENTRE", false) => "Trung tâm dịch vụ đấu giá tài sản", ("PUBLIC_CENTRE", true) => "Public auction centre",
        ("COMPANY", false) => "Doanh nghiệp đấu giá tài sản", ("COMPANY", true) => "Auction company",
        _ => value,
    };

    public static string OwnerKind(string value, bool english) => (value, english) switch
    {
        ("ENFORCEMENT_AGENCY", false) => "Cơ quan thi hành án dân sự", ("ENFORCEMENT_AGENCY", true) => "Civil judgment enforcement agency",
        ("BANK", false) => "Tổ chức tín dụng", ("BANK", true) => "Bank",
        ("STATE_BODY", false) => "Cơ quan nhà nước", ("STATE_BODY", true) => "State body",
        ("INDIVIDUAL", false) => "Cá nhân", ("INDIVIDUAL", true) => "Individual",
        _ => english ? "Other" : "Khác",
    };

    /// <summary>A UTC instant as Vietnam's date and time: 14:30 dd/MM/yyyy.</summary>
    public static string When(DateTime? utc) => utc is { } value
        ? DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc).AddHours(7).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)
        : "";

    /// <summary>
    /// Money typed by a person: digits with optional dots, spaces or "₫"/"đ" ("1.250.000 ₫"). Empty is no amount
    /// (true, null); anything else that is not a whole amount is refused (false).
    /// </summary>
    public static bool TryParseMoney(string? text, out long? amount)
    {
        amount = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var digits = new string(text.Where(ch => !(ch is '.' or ',' or ' ' or '\u00a0' or '₫' or 'đ' or 'Đ')).ToArray());
        if (digits.Length is 0 or > 15 || !digits.All(char.IsAsciiDigit)) return false;
        amount = long.Parse(digits, CultureInfo.InvariantCulture);
        return true;
    }

    public static IReadOnlyList<ProvinceOption> Sorted(IEnumerable<ProvinceOption> provinces) =>
        provinces.OrderBy(p => p.Name, StringComparer.Create(Justice.Portal.Portal.PortalFormat.Vietnamese, false)).ToList();
}
