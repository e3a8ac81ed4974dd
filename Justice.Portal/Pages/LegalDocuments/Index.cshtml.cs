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
    /// <summary>The full-text search operation to run when the reader typed words, once <c>searchLegalDocuments</c> exists.</summary>
    public const string SearchOperation = "LegalDocuments/Search";

    public sealed record Data(Connection<Line> LegalDocuments);
    public sealed record Line(string Id, string? Number, string Title, string TypeName, DateOnly? IssueDate, DateOnly? EffectiveDate,
        string Status, string StatusName, string IssuingBodyName);

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "loai")] public string? Type { get; set; }
    [BindProperty(SupportsGet = true, Name = "tinh-trang")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "nam")] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.AfterKey)] public string? After { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.BackKey)] public string? Back { get; set; }

    public Connection<Line>? Documents { get; private set; }
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
        var filter = new
        {
            titleContains = string.IsNullOrEmpty(query) ? null : query,
            types = Type is null ? null : new[] { Type },
            statuses = Status is null ? null : new[] { Status },
            issuedFrom = Year is { } from ? $"{from:D4}-01-01" : null,
            issuedTo = Year is { } to ? $"{to:D4}-12-31" : null,
        };
        var result = await operations.QueryAsync<Data>(HttpContext, "LegalDocuments/Index",
            new { first = PageSize, after = string.IsNullOrEmpty(After) ? null : After, filter });
        if (!result.Succeeded)
        {
            Problem = result.HasError("INVALID_CURSOR")
                ? PortalLanguage.IsEnglish(HttpContext) ? "This page of results is no longer available." : "Trang kết quả này không còn hợp lệ."
                : result.Message(PortalLanguage.IsEnglish(HttpContext));
            return;
        }
        Documents = result.Data!.LegalDocuments;
        Paging = new Pager("/van-ban", new Dictionary<string, string?>
        {
            ["q"] = query, ["loai"] = Type, ["tinh-trang"] = Status, ["nam"] = Year?.ToString(),
        }, string.IsNullOrEmpty(After) ? null : After, Back, Documents.PageInfo, Documents.TotalCount);
    }
}
