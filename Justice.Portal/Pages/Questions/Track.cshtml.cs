using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Justice.Portal.Pages.Questions;

/// <summary>
/// /hoi-dap/tra-cuu: a question followed by its tracking code (operation <c>Track.graphql</c>). The code is POSTed,
/// never put in the URL (it would land in logs and histories); the page is per visitor: never stored.
/// </summary>
[NoStore]
[EnableRateLimiting(PortalServiceCollectionExtensions.FormsRateLimitPolicy)]
public sealed class TrackModel(PortalOperations operations) : PageModel
{
    public sealed record Data(Tracked? LegalQuestion);
    public sealed record Tracked(string Id, string? TrackingCode, string Title, string Field, string Status, DateTime ReceivedAt,
        string? AnswerText, string? AnsweredBy, DateTime? AnsweredAt, DateTime? PublishedAt, string? RejectionReason);

    [BindProperty] public string? TrackingCode { get; set; }
    public Tracked? Found { get; private set; }
    public string? Error { get; private set; }
    public bool NotFoundCode { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var en = PortalLanguage.IsEnglish(HttpContext);
        TrackingCode = TrackingCode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(TrackingCode) || TrackingCode.Length > 30)
        {
            Error = en ? "Enter the tracking code you were given when you sent the question." : "Nhập mã tra cứu được cấp khi gửi câu hỏi.";
            return Page();
        }
        var result = await operations.QueryAsync<Data>(HttpContext, "Questions/Track", new { trackingCode = TrackingCode });
        if (!result.Succeeded) { Error = result.Message(en); return Page(); }
        Found = result.Data!.LegalQuestion;
        NotFoundCode = Found is null;
        return Page();
    }
}
