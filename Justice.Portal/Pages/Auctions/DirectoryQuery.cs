using Justice.Portal.Portal;

namespace Justice.Portal.Pages.Auctions;

/// <summary>The province and name filters of a directory page (<see cref="DirectoryPageModel{TLine}"/>) from the query string, cleaned.</summary>
public sealed record DirectoryQuery(string? ProvinceId, string? Name, string? After)
{
    public const int PageSize = 25;

    public static DirectoryQuery From(string? province, string? name, string? after) => new(
        string.IsNullOrWhiteSpace(province) ? null : province.Trim(),
        string.IsNullOrWhiteSpace(name) ? null : name.Trim() is { Length: > 100 } longName ? longName[..100] : name.Trim(),
        string.IsNullOrEmpty(after) ? null : after);

    public object Variables => new { first = PageSize, after = After, provinceId = ProvinceId, nameContains = Name };

    public Pager Pager(string path, string? back, PageInfo pageInfo, int? total) =>
        new(path, new Dictionary<string, string?> { ["tinh"] = ProvinceId, ["ten"] = Name }, After, back, pageInfo, total);
}
