using Justice.Domain.Common;

namespace Justice.Domain.PortalContent;

public enum NewsCategory
{
    /// <summary>Tin tức.</summary>
    News,
    /// <summary>Chỉ đạo, điều hành.</summary>
    Directive,
    /// <summary>Hướng dẫn nghiệp vụ.</summary>
    ProfessionalGuidance,
}

/// <summary>Bài viết trên Cổng thông tin điện tử: news, directives and professional guidance, addressed by a unique slug.</summary>
public sealed class NewsArticle : AggregateRoot, IPublicContent
{
    private NewsArticle() { }

    public NewsArticle(string title, string summary, string body, NewsCategory category, string author, DateTime publishedAt, string? slug = null)
    {
        Edit(title, summary, body);
        Category = category;
        Author = VietnameseText.Required(author, "Tác giả", 200);
        PublishedAt = VietnamTime.RequireUtc(publishedAt);
        ChangeSlug(slug ?? PortalContent.Slug.From(Title));
    }

    public string Title { get; private set; } = "";
    /// <summary>Unique across the portal; the article's address.</summary>
    public string Slug { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string Body { get; private set; } = "";
    public NewsCategory Category { get; private set; }
    public DateTime PublishedAt { get; private set; }
    public string Author { get; private set; } = "";

    public void Edit(string title, string summary, string body)
    {
        Title = VietnameseText.Required(title, "Tiêu đề", 300);
        Summary = VietnameseText.Required(summary, "Tóm tắt", 1000);
        Body = LongText.Required(body, "Nội dung bài viết", 200_000);
    }

    public void ChangeSlug(string slug)
    {
        if (!PortalContent.Slug.IsValid(slug))
            throw new DomainException("SLUG_INVALID", $"Đường dẫn '{slug}' chỉ được gồm chữ thường không dấu, số và dấu gạch ngang.");
        Slug = slug;
    }
}
