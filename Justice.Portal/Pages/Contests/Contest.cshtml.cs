using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.Contests;

/// <summary>
/// /thi-truc-tuyen/{id}: a contest's rules, dates and leaderboard (operation <c>Contest.graphql</c>). The same for
/// everyone, so cached; the registration form is its own page because it carries an antiforgery token.
/// </summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class ContestModel(PortalOperations operations, TimeProvider clock) : PageModel
{
    public sealed record Data(ContestSummary? OnlineContest, IReadOnlyList<LeaderRow> ContestLeaderboard);

    public ContestSummary Contest { get; private set; } = null!;
    public IReadOnlyList<LeaderRow> Leaderboard { get; private set; } = [];
    public bool Upcoming { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var result = await operations.QueryAsync<Data>(HttpContext, "Contests/Contest", new { id });
        if (result.HasError("INVALID_ID") || (result.Succeeded && result.Data!.OnlineContest is null)) return NotFound();
        if (!result.Succeeded) throw new InvalidOperationException("The contest page's operation failed: " + string.Join(",", result.Errors.Select(e => e.Code)));
        Contest = result.Data!.OnlineContest!;
        Leaderboard = result.Data.ContestLeaderboard;
        Upcoming = Contest.IsUpcoming(clock.GetUtcNow().UtcDateTime);
        return Page();
    }
}
