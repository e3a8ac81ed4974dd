using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.LegalDocuments;

/// <summary>/van-ban/{id}: a document with its attributes, contents and relations (operation <c>Document.graphql</c>).</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class DocumentModel(PortalOperations operations) : PageModel
{
    public sealed record Data(Document? LegalDocument);
    public sealed record Document(string Id, string? Number, string Title, string TypeName, string Citation, string IssuingBodyName,
        string? SignerName, string? SignerTitle, DateOnly? IssueDate, DateOnly? EffectiveDate, DateOnly? ExpiryDate, DateOnly? GazetteDate,
        string Status, string StatusName, IReadOnlyList<string> Fields, Named? Province, IReadOnlyList<Heading> Structure,
        IReadOnlyList<Relation> Relations, IReadOnlyList<Relation> RelatedBy, IReadOnlyList<Attachment> Attachments);
    public sealed record TextData(TextDocument? LegalDocument);
    public sealed record TextDocument(IReadOnlyList<Article> Articles);
    public sealed record Named(string Name);
    /// <summary>A part, chapter, section (or an article at the top two levels) of the outline.</summary>
    public sealed record Heading(string Id, string Kind, string Label, string Number, string? Title, int Position,
        IReadOnlyList<Heading>? Children);
    public sealed record Article(string Id, string Number, string Label, string? Title, string Text, int Position, IReadOnlyList<Clause>? Children);
    public sealed record Clause(string Label, string Text, IReadOnlyList<Clause>? Children)
    {
        /// <summary>"1" of "Khoản 1", "a" of "Điểm a": the number is not selected (it would take the operation over the complexity limit).</summary>
        public string Number => Label.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } words ? words[^1] : "";
    }
    public sealed record Relation(string Type, string? Note, RelatedDocument? Target, RelatedDocument? Source);
    public sealed record RelatedDocument(string Id, string? Number, string Title, string StatusName);
    public sealed record Attachment(string Name, string Link);
    public sealed record RelationGroup(string Heading, IReadOnlyList<(RelatedDocument Document, string? Note)> Documents);
    /// <summary>One entry of the text in reading order: a heading or an article.</summary>
    public sealed record Entry(Heading? Heading, Article? Article, int Position);

    public Document? Item { get; private set; }
    public IReadOnlyList<Entry> Text { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var result = await operations.QueryAsync<Data>(HttpContext, "LegalDocuments/Document", new { id }, "Document");
        if (result.Data?.LegalDocument is null)
        {
            if (result.Errors.Count > 0 && !result.HasError("INVALID_ID") && !result.HasError("NOT_FOUND")) return StatusCode(503);
            return NotFound();
        }
        Item = result.Data.LegalDocument;
        var text = await operations.QueryAsync<TextData>(HttpContext, "LegalDocuments/Document", new { id }, "DocumentText");
        var headings = Item.Structure.SelectMany(h => new[] { h }.Concat(h.Children ?? [])).Where(h => h.Kind != "ARTICLE" && h.Kind is not ("CLAUSE" or "POINT"));
        Text = headings.Select(h => new Entry(h, null, h.Position))
            .Concat((text.Data?.LegalDocument?.Articles ?? []).Select(a => new Entry(null, a, a.Position)))
            .OrderBy(e => e.Position).ToList();
        return Page();
    }

    public static string Anchor(Heading unit) => unit.Kind switch
    {
        "ARTICLE" => PortalFormat.ArticleAnchor(unit.Number),
        "CHAPTER" => "chuong-" + PortalFormat.Slug(unit.Number),
        "PART" => "phan-" + PortalFormat.Slug(unit.Number),
        _ => "muc-" + PortalFormat.Slug(unit.Number) + "-" + unit.Position,
    };

    /// <summary>"1. text" for a clause, "a) text" for a point, unless the text already starts with its number.</summary>
    public static string Numbered(string number, string mark, string text) =>
        number.Length == 0 || text.StartsWith(number + mark, StringComparison.Ordinal) ? text : $"{number}{mark} {text}";

    public static string Anchor(Article article) => PortalFormat.ArticleAnchor(article.Number);

    /// <summary>The table of contents: chapters (or parts, when there are no chapters) with their articles.</summary>
    public IEnumerable<(Heading? Heading, IReadOnlyList<Article> Articles)> Contents()
    {
        var level = Text.Any(e => e.Heading?.Kind == "CHAPTER") ? "CHAPTER" : "PART";
        Heading? current = null;
        var articles = new List<Article>();
        foreach (var entry in Text)
        {
            if (entry.Heading is { } heading && heading.Kind == level)
            {
                if (current is not null || articles.Count > 0) yield return (current, articles);
                current = heading;
                articles = [];
            }
            else if (entry.Article is { } article) articles.Add(article);
        }
        if (current is not null || articles.Count > 0) yield return (current, articles);
    }

    public IReadOnlyList<RelationGroup> RelationGroups(bool english)
    {
        if (Item is null) return [];
        var outgoing = Item.Relations.Where(r => r.Target is not null)
            .GroupBy(r => r.Type).Select(g => new RelationGroup(Outgoing(g.Key, english), g.Select(r => (r.Target!, r.Note)).ToList()));
        var incoming = Item.RelatedBy.Where(r => r.Source is not null)
            .GroupBy(r => r.Type).Select(g => new RelationGroup(Incoming(g.Key, english), g.Select(r => (r.Source!, r.Note)).ToList()));
        return outgoing.Concat(incoming).ToList();
    }

    private static string Outgoing(string type, bool en) => type switch
    {
        "AMENDS" => en ? "Amends" : "Sửa đổi, bổ sung",
        "GUIDES" => en ? "Guides" : "Hướng dẫn",
        "REPLACES" => en ? "Replaces" : "Thay thế",
        "REPEALS" => en ? "Repeals" : "Bãi bỏ",
        "LEGAL_BASIS" => en ? "Legal basis" : "Căn cứ ban hành",
        "CORRECTS" => en ? "Corrects" : "Đính chính",
        "CONSOLIDATES" => en ? "Consolidates" : "Hợp nhất",
        _ => type,
    };

    private static string Incoming(string type, bool en) => type switch
    {
        "AMENDS" => en ? "Amended by" : "Được sửa đổi, bổ sung bởi",
        "GUIDES" => en ? "Guided by" : "Được hướng dẫn bởi",
        "REPLACES" => en ? "Replaced by" : "Bị thay thế bởi",
        "REPEALS" => en ? "Repealed by" : "Bị bãi bỏ bởi",
        "LEGAL_BASIS" => en ? "Legal basis of" : "Là căn cứ ban hành của",
        "CORRECTS" => en ? "Corrected by" : "Được đính chính bởi",
        "CONSOLIDATES" => en ? "Consolidated by" : "Được hợp nhất bởi",
        _ => type,
    };
}
