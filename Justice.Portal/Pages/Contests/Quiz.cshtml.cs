using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Justice.Portal.Pages.Contests;

/// <summary>
/// /thi-truc-tuyen/lam-bai: the running attempt, found by the participant's cookie (operation <c>Quiz.graphql</c>).
/// The time left always comes from the server (the attempt's deadline), so a reload never resets it; after the
/// deadline answers are refused and the attempt is scored with those given in time. Per-visitor: never cached.
/// </summary>
[NoStore]
public sealed class QuizModel(PortalOperations operations) : PageModel
{
    public const string ExpiredFlag = "het-gio";

    public sealed record Data(Attempt? ContestAttempt);
    public sealed record Attempt(string Id, string ParticipantName, DateTime ExpiresAt, int RemainingSeconds, bool IsExpired, DateTime? SubmittedAt,
        int QuestionCount, int AnsweredCount, IReadOnlyList<Answer> Answers, AttemptContest Contest);
    public sealed record Answer(string QuestionId, string Option);
    public sealed record AttemptContest(string Id, string Title, IReadOnlyList<Question> Questions);
    public sealed record Question(string Id, int Position, string Text, IReadOnlyList<string> Options);
    public sealed record SaveData(ChangePayload AnswerContestQuestion);
    public sealed record SubmitData(ChangePayload SubmitContestAttempt);
    public sealed record ChangePayload(object? Attempt, IReadOnlyList<PayloadError> Errors);
    public sealed record PayloadError(string Code, string Message);

    public static readonly string[] Letters = ["A", "B", "C", "D"];

    /// <summary>The options chosen, by question id (from the form on a post, from the server on a get).</summary>
    [BindProperty] public Dictionary<string, string> Chosen { get; set; } = [];

    public Attempt? Current { get; private set; }
    public string? Saved { get; private set; }
    public List<(string Field, string Message)> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } elsewhere) return elsewhere;
        Chosen = Current!.Answers.ToDictionary(a => a.QuestionId, a => a.Option);
        return Page();
    }

    /// <summary>"Lưu câu trả lời": records each chosen option, the quiz stays open.</summary>
    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (await LoadAsync() is { } elsewhere) return elsewhere;
        foreach (var (question, option) in ValidChoices())
        {
            var result = await operations.MutateAsync<SaveData>(HttpContext, "Contests/Quiz",
                new { input = new { attemptId = Current!.Id, questionId = question, option } }, "SaveAnswer");
            if (!result.Succeeded) { Errors.Add(("", result.Message(PortalLanguage.IsEnglish(HttpContext)))); return Page(); }
            if (result.Data!.AnswerContestQuestion.Errors is [var error, ..])
                return await RefusedAsync(error);
        }
        await LoadAsync();
        Saved = PortalLanguage.IsEnglish(HttpContext) ? "Your answers have been saved." : "Đã lưu câu trả lời của bạn.";
        return Page();
    }

    /// <summary>"Nộp bài": the chosen options go with the submission and the server scores the attempt.</summary>
    public async Task<IActionResult> OnPostSubmitAsync()
    {
        if (await LoadAsync() is { } elsewhere) return elsewhere;
        var answers = ValidChoices().Select(c => new { questionId = c.Question, option = c.Option }).ToArray();
        var result = await operations.MutateAsync<SubmitData>(HttpContext, "Contests/Quiz",
            new { input = new { attemptId = Current!.Id, answers } }, "Submit");
        if (!result.Succeeded) { Errors.Add(("", result.Message(PortalLanguage.IsEnglish(HttpContext)))); return Page(); }
        if (result.Data!.SubmitContestAttempt.Errors is [var error, ..]) return await RefusedAsync(error);
        return Redirect("/thi-truc-tuyen/ket-qua");
    }

    /// <summary>
    /// Loads the attempt from the cookie; sends the participant where they belong when there is no running attempt:
    /// to the contests (none), to the result (handed in), or scores it first when the time is up.
    /// </summary>
    private async Task<IActionResult?> LoadAsync()
    {
        if (AttemptCookie.Read(HttpContext) is not { } id) return Page();
        var result = await operations.QueryAsync<Data>(HttpContext, "Contests/Quiz", new { id }, "Attempt");
        if (result.HasError("INVALID_ID") || (result.Succeeded && result.Data!.ContestAttempt is null)) return Page();
        if (!result.Succeeded) throw new InvalidOperationException("The quiz's operation failed: " + string.Join(",", result.Errors.Select(e => e.Code)));
        Current = result.Data!.ContestAttempt!;
        if (Current.SubmittedAt is not null) return Redirect("/thi-truc-tuyen/ket-qua");
        if (Current.IsExpired) return await HandInLateAsync();
        return null;
    }

    /// <summary>A refusal from the server: time up (score what was given in time) or already handed in; else shown.</summary>
    private async Task<IActionResult> RefusedAsync(PayloadError error)
    {
        if (error.Code == "CONTEST_ATTEMPT_EXPIRED") return await HandInLateAsync();
        if (error.Code == "CONTEST_ATTEMPT_ALREADY_SUBMITTED") return Redirect("/thi-truc-tuyen/ket-qua");
        Errors.Add(("", PortalLanguage.IsEnglish(HttpContext) ? ContestMessages.English(error.Code) ?? error.Message : error.Message));
        return Page();
    }

    /// <summary>After the deadline: hand in without the late answers (the server would refuse them), then show the result.</summary>
    private async Task<IActionResult> HandInLateAsync()
    {
        await operations.MutateAsync<SubmitData>(HttpContext, "Contests/Quiz", new { input = new { attemptId = Current!.Id } }, "Submit");
        return Redirect("/thi-truc-tuyen/ket-qua?" + ExpiredFlag + "=1");
    }

    private IEnumerable<(string Question, string Option)> ValidChoices()
    {
        var questions = Current!.Contest.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        return Chosen.Where(c => questions.Contains(c.Key) && Letters.Contains(c.Value)).Select(c => (c.Key, c.Value));
    }
}
