using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Justice.Portal.Pages.Contests;

/// <summary>/thi-truc-tuyen/ket-qua: the participant's score and rank, then the leaderboard (operation <c>Result.graphql</c>). Per-visitor: never cached.</summary>
[NoStore]
public sealed class ResultModel(PortalOperations operations) : PageModel
{
    public sealed record Data(Attempt? ContestAttempt);
    public sealed record Attempt(string Id, string ParticipantName, DateTime? SubmittedAt, int? Score, int? Rank, int? DurationSeconds,
        int QuestionCount, int AnsweredCount, ContestRef Contest);
    public sealed record ContestRef(string Id, string Title);
    public sealed record BoardData(IReadOnlyList<LeaderRow> ContestLeaderboard);

    [BindProperty(SupportsGet = true, Name = QuizModel.ExpiredFlag)] public string? TimeUpFlag { get; set; }
    /// <summary>Arrived from a quiz handed in after its deadline: late answers were not recorded.</summary>
    public bool TimeWasUp => TimeUpFlag == "1";
    public Attempt? Scored { get; private set; }
    public IReadOnlyList<LeaderRow> Leaderboard { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (AttemptCookie.Read(HttpContext) is not { } id) return Page();
        var result = await operations.QueryAsync<Data>(HttpContext, "Contests/Result", new { id }, "Result");
        if (result.HasError("INVALID_ID") || (result.Succeeded && result.Data!.ContestAttempt is null)) return Page();
        if (!result.Succeeded) throw new InvalidOperationException("The result's operation failed: " + string.Join(",", result.Errors.Select(e => e.Code)));
        var attempt = result.Data!.ContestAttempt!;
        if (attempt.SubmittedAt is null) return Redirect("/thi-truc-tuyen/lam-bai");
        Scored = attempt;
        var board = await operations.QueryAsync<BoardData>(HttpContext, "Contests/Result", new { contestId = attempt.Contest.Id }, "Leaderboard");
        if (board.Succeeded) Leaderboard = board.Data!.ContestLeaderboard;
        return Page();
    }
}
