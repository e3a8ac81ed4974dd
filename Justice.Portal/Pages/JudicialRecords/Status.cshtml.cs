using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Justice.Portal.Pages.JudicialRecords;

/// <summary>
/// /ly-lich-tu-phap/tra-cuu: status by tracking code (operation <c>Status.graphql</c>). The code is POSTed,
/// never put in the URL (it would land in logs and histories).
/// </summary>
[NoStore]
[EnableRateLimiting(PortalServiceCollectionExtensions.FormsRateLimitPolicy)]
public sealed class StatusModel(PortalOperations operations) : PageModel
{
    public sealed record Data(ApplicationStatus? JudicialRecordApplicationStatus);

    [BindProperty] public string? TrackingCode { get; set; }
    public ApplicationStatus? Found { get; private set; }
    public string? Error { get; private set; }
    public bool NotFoundCode { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var en = PortalLanguage.IsEnglish(HttpContext);
        TrackingCode = TrackingCode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(TrackingCode) || TrackingCode.Length > 30)
        {
            Error = en ? "Enter the tracking code printed on your receipt." : "Nhập mã hồ sơ ghi trên giấy biên nhận.";
            return Page();
        }
        var result = await operations.QueryAsync<Data>(HttpContext, "JudicialRecords/Status", new { trackingCode = TrackingCode });
        if (!result.Succeeded) { Error = result.Message(en); return Page(); }
        Found = result.Data!.JudicialRecordApplicationStatus;
        NotFoundCode = Found is null;
        return Page();
    }
}
