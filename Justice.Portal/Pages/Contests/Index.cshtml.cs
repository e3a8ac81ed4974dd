using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

using Justice.Portal.Pages.Auctions;

namespace Justice.Portal.Pages.Contests;

/// <summary>/thi-truc-tuyen: the contests, open first, then upcoming, then closed (operation <c>Index.graphql</c>).</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class IndexModel(PortalOperations operations, TimeProvider clock) : PageModel
{
    public sealed record Data(Connection<ContestSummary> OnlineContests);

    public IReadOnlyList<ContestSummary> Open { get; private set; } = [];
    public IReadOnlyList<ContestSummary> Upcoming { get; private set; } = [];
    public IReadOnlyList<ContestSummary> Closed { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task OnGetAsync()
    {
        var result = await operations.QueryAsync<Data>(HttpContext, "Contests/Index");
        if (!result.Succeeded) { Problem = result.Message(PortalLanguage.IsEnglish(HttpContext)); NotCached.Apply(HttpContext); return; }
        var now = clock.GetUtcNow().UtcDateTime;
        var all = result.Data!.OnlineContests.Items;
        Open = all.Where(c => c.IsOpen).OrderBy(c => c.ClosesAt).ToList();
        Upcoming = all.Where(c => !c.IsOpen && c.IsUpcoming(now)).OrderBy(c => c.OpensAt).ToList();
        Closed = all.Where(c => !c.IsOpen && !c.IsUpcoming(now)).OrderByDescending(c => c.ClosesAt).ToList();
    }
}
