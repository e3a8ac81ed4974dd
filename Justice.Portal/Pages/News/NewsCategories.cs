namespace Justice.Portal.Pages.News;

/// <summary>The categories of articles (GraphQL <c>NewsCategory</c>) with their names and unaccented slugs.</summary>
public static class NewsCategories
{
    public sealed record Category(string Value, string Slug, string Vietnamese, string English);

    public static readonly IReadOnlyList<Category> All =
    [
        new("NEWS", "tin-tuc", "Tin tức", "News"),
        new("DIRECTIVE", "chi-dao-dieu-hanh", "Chỉ đạo, điều hành", "Directives"),
        new("PROFESSIONAL_GUIDANCE", "huong-dan-nghiep-vu", "Hướng dẫn nghiệp vụ", "Professional guidance"),
    ];

    public static Category? BySlug(string? slug) => All.FirstOrDefault(c => c.Slug == slug);
    public static Category? ByValue(string? value) => All.FirstOrDefault(c => c.Value == value);
    public static string Name(string value, bool english) => ByValue(value) is { } c ? english ? c.English : c.Vietnamese : value;
}
