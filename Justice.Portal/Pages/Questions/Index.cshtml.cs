using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.Questions;

/// <summary>/hoi-dap: published questions by field of law and by words, with paging (operation <c>Index.graphql</c>).</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class IndexModel(PortalOperations operations) : PageModel
{
    public const int PageSize = 20;

    public sealed record Data(Connection<Line> LegalQuestions);
    public sealed record Line(string Id, string Title, string Field, string QuestionText, DateTime? PublishedAt);

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "linh-vuc")] public string? FieldSlug { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.AfterKey)] public string? After { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.BackKey)] public string? Back { get; set; }

    public LegalFields.Field? Field { get; private set; }
    public Connection<Line>? Questions { get; private set; }
    public Pager? Paging { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync()
    {
        Query = Query?.Trim() is { Length: > 0 } q ? q[..Math.Min(q.Length, 200)] : null;
        Field = LegalFields.BySlug(FieldSlug);
        FieldSlug = Field?.Slug;
        var after = string.IsNullOrEmpty(After) ? null : After;
        var result = await operations.QueryAsync<Data>(HttpContext, "Questions/Index",
            new { first = PageSize, after, field = Field?.Value, query = Query });
        if (!result.Succeeded)
        {
            var english = PortalLanguage.IsEnglish(HttpContext);
            Problem = result.HasError("INVALID_CURSOR")
                ? english ? "This page of results is no longer available." : "Trang kết quả này không còn hợp lệ."
                : result.Message(english);
            return;
        }
        Questions = result.Data!.LegalQuestions;
        Paging = new Pager("/hoi-dap", new Dictionary<string, string?> { ["q"] = Query, ["linh-vuc"] = FieldSlug },
            after, Back, Questions.PageInfo, Questions.TotalCount);
    }

    /// <summary>The list address for a field, keeping the words searched.</summary>
    public string FieldHref(LegalFields.Field? field)
    {
        var parts = new List<string>();
        if (Query is not null) parts.Add("q=" + Uri.EscapeDataString(Query));
        if (field is not null) parts.Add("linh-vuc=" + field.Slug);
        return parts.Count == 0 ? "/hoi-dap" : "/hoi-dap?" + string.Join('&', parts);
    }
}
