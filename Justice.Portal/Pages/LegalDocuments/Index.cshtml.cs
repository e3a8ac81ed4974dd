using System.Text.Json;
using Justice.Domain.LegalDocuments;
using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.LegalDocuments;

/// <summary>/van-ban: documents filtered by type, status and year, newest first (operation <c>Index.graphql</c>).</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class IndexModel(PortalOperations operations) : PageModel
{
    public const int PageSize = 20;
    /// <summary>The full-text search operation, run when the reader typed words.</summary>
    public const string SearchOperation = "LegalDocuments/Search";

    public sealed record Data(Connection<Line> LegalDocuments);
    public sealed record SearchData(SearchResult SearchLegalDocuments);
    public sealed record SearchResult(int TotalCount, string? Suggestion, bool IndexRebuilding, PageInfo PageInfo, IReadOnlyList<Hit> Nodes);
    public sealed record Hit(string SnippetHtml, string DocumentId, string? Number, string Title, string TypeName, DateOnly? IssueDate,
        DateOnly? EffectiveDate, string Status, string StatusName, string IssuingBody)
    {
        public Line Document => new(DocumentId, Number, Title, TypeName, IssueDate, EffectiveDate, Status, StatusName, IssuingBody);
    }
    public sealed record Line(string Id, string? Number, string Title, string TypeName, DateOnly? IssueDate, DateOnly? EffectiveDate,
        string Status, string StatusName, string IssuingBodyName);

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "loai")] public string? Type { get; set; }
    [BindProperty(SupportsGet = true, Name = "tinh-trang")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "nam")] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.AfterKey)] public string? After { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.BackKey)] public string? Back { get; set; }

    public Connection<Line>? Documents { get; private set; }
    /// <summary>Highlighted passages by document id, when the list comes from a search (HTML escaped by the search service).</summary>
    public IReadOnlyDictionary<string, string> Snippets { get; private set; } = new Dictionary<string, string>();
    public string? Suggestion { get; private set; }
    public Pager? Paging { get; private set; }
    public string? Problem { get; private set; }

    public static IEnumerable<(string Value, string Name)> Types => Enum.GetValues<LegalDocumentType>()
        .Select(t => (JsonNamingPolicy.SnakeCaseUpper.ConvertName(t.ToString()), t.VietnameseName()));
    public static IEnumerable<(string Value, string Name)> Statuses => Enum.GetValues<ValidityStatus>()
        .Select(s => (JsonNamingPolicy.SnakeCaseUpper.ConvertName(s.ToString()), s.VietnameseName()));

    public async Task OnGetAsync()
    {
        var query = Query?.Trim();
        if (query is { Length: > 200 }) query = query[..200];
        Type = Types.Any(t => t.Value == Type) ? Type : null;
        Status = Statuses.Any(s => s.Value == Status) ? Status : null;
        Year = Year is >= 1945 and <= 2100 ? Year : null;
        var after = string.IsNullOrEmpty(After) ? null : After;
        var types = Type is null ? null : new[] { Type };
        var statuses = Status is null ? null : new[] { Status };
        IReadOnlyList<OperationError> errors;
        if (string.IsNullOrEmpty(query))
        {
            var filter = new
            {
                types, statuses,
                issuedFrom = Year is { } from ? $"{from:D4}-01-01" : null,
                issuedTo = Year is { } to ? $"{to:D4}-12-31" : null,
            };
            var result = await operations.QueryAsync<Data>(HttpContext, "LegalDocuments/Index", new { first = PageSize, after, filter });
            errors = result.Errors;
            if (result.Succeeded) Documents = result.Data!.LegalDocuments;
        }
        else
        {
            var filter = new { types, statuses, fromYear = Year, toYear = Year };
            var result = await operations.QueryAsync<SearchData>(HttpContext, SearchOperation, new { q = query, first = PageSize, after, filter });
            errors = result.Errors;
            if (result.Succeeded)
            {
                var found = result.Data!.SearchLegalDocuments;
                Documents = new Connection<Line>(found.TotalCount, found.PageInfo, found.Nodes.Select(n => n.Document).ToList());
                Snippets = found.Nodes.ToDictionary(n => n.DocumentId, n => n.SnippetHtml);
                Suggestion = found.TotalCount == 0 ? found.Suggestion : null;
                // Results from an index still being rebuilt are incomplete: show them, but do not cache them.
                if (found.IndexRebuilding && HttpContext.Features.Get<IOutputCacheFeature>() is { } cache)
                    cache.Context.AllowCacheStorage = false;
            }
        }
        if (Documents is null)
        {
            var english = PortalLanguage.IsEnglish(HttpContext);
            Problem = errors.Any(e => e.Code == "INVALID_CURSOR")
                ? english ? "This page of results is no longer available." : "Trang kết quả này không còn hợp lệ."
                : PortalMessages.ForCode(errors.FirstOrDefault()?.Code ?? "INTERNAL_ERROR", english);
            return;
        }
        Paging = new Pager("/van-ban", new Dictionary<string, string?>
        {
            ["q"] = query, ["loai"] = Type, ["tinh-trang"] = Status, ["nam"] = Year?.ToString(),
        }, string.IsNullOrEmpty(After) ? null : After, Back, Documents.PageInfo, Documents.TotalCount);
    }
}
