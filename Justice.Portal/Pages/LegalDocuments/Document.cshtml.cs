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
        string Status, string StatusName, IReadOnlyList<string> Fields, Named? Province, IReadOnlyList<Provision> Structure,
        IReadOnlyList<Relation> Relations, IReadOnlyList<Relation> RelatedBy, IReadOnlyList<Attachment> Attachments);
    public sealed record Named(string Name);
    public sealed record Provision(string Id, string Kind, string Label, string Number, string? Title, string Text,
        IReadOnlyList<Provision>? Children);
    public sealed record Relation(string Type, string? Note, RelatedDocument? Target, RelatedDocument? Source);
    public sealed record RelatedDocument(string Id, string? Number, string Title, string StatusName);
    public sealed record Attachment(string Name, string Link);
    public sealed record RelationGroup(string Heading, IReadOnlyList<(RelatedDocument Document, string? Note)> Documents);

    public Document? Item { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var result = await operations.QueryAsync<Data>(HttpContext, "LegalDocuments/Document", new { id });
        if (result.Data?.LegalDocument is null)
        {
            if (result.Errors.Count > 0 && !result.HasError("INVALID_ID") && !result.HasError("NOT_FOUND")) return StatusCode(503);
            return NotFound();
        }
        Item = result.Data.LegalDocument;
        return Page();
    }

    public static string Anchor(Provision unit) => unit.Kind switch
    {
        "ARTICLE" => PortalFormat.ArticleAnchor(unit.Number),
        "CHAPTER" => "chuong-" + PortalFormat.Slug(unit.Number),
        "PART" => "phan-" + PortalFormat.Slug(unit.Number),
        "SECTION" => "muc-" + unit.Id,
        _ => "",
    };

    /// <summary>The table of contents: chapters (or parts) with their articles; a document without chapters lists its articles.</summary>
    public static IEnumerable<(Provision Heading, IReadOnlyList<Provision> Articles)> Contents(IReadOnlyList<Provision> structure)
    {
        foreach (var unit in structure)
        {
            if (unit.Kind == "ARTICLE") yield return (unit, []);
            else if (unit.Kind is "PART" or "CHAPTER")
            {
                var chapters = (unit.Children ?? []).Where(c => c.Kind == "CHAPTER").ToList();
                if (unit.Kind == "PART" && chapters.Count > 0)
                    foreach (var chapter in chapters) yield return (chapter, Articles(chapter).ToList());
                else yield return (unit, Articles(unit).ToList());
            }
        }
    }

    private static IEnumerable<Provision> Articles(Provision unit) =>
        (unit.Children ?? []).SelectMany(c => c.Kind == "ARTICLE" ? [c] : c.Kind is "SECTION" or "SUBSECTION" or "CHAPTER" ? Articles(c) : []);

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
