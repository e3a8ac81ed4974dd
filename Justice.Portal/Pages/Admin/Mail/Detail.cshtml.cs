using Justice.Portal.Identity;
using Justice.Portal.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Justice.Portal.Pages.Admin.Mail;

/// <summary>
/// /admin/thu-dien-tu/{id}: one message (operation <c>Detail.graphql</c>) and, for a dead letter, "Gửi lại"
/// (POST with the antiforgery token, operation <c>Retry.graphql</c>, <c>mail.write</c>).
/// </summary>
[NoStore]
[Authorize(AuthenticationSchemes = JusticeAuthenticationSchemes.Caller)]
public sealed class DetailModel(PortalOperations operations) : PageModel
{
    public sealed record Data(Detail? MailMessage);
    public sealed record Detail(MailAdmin.Message Message, string From, string? ReplyTo, string TextBody, string? CalendarMethod, bool CanRetry);
    public sealed record RetryData(RetryPayload RetryMailMessage);
    public sealed record RetryPayload(RetryMail? Mail, IReadOnlyList<PayloadError> Errors);
    public sealed record RetryMail(MailAdmin.Message Message);
    public sealed record PayloadError(string Code, string Message);

    public Detail? Mail { get; private set; }
    public string? Error { get; private set; }
    /// <summary>Set after a retry, shown once (the page redirects to itself so a reload does not post again).</summary>
    [TempData] public string? Notice { get; set; }
    public bool MayRetry => MailAdmin.MayRetry(User);

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!MailAdmin.MayRead(User)) return Forbid();
        var result = await operations.QueryAsync<Data>(HttpContext, "Admin/Mail/Detail", new { id });
        if (!result.Succeeded) Error = result.Message();
        else if (result.Data!.MailMessage is null) return NotFound();
        else Mail = result.Data.MailMessage;
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(string id)
    {
        if (!MailAdmin.MayRetry(User)) return Forbid();
        var result = await operations.MutateAsync<RetryData>(HttpContext, "Admin/Mail/Retry", new { id });
        if (!result.Succeeded) Notice = result.Message();
        else if (result.Data!.RetryMailMessage.Errors is [var first, ..]) Notice = first.Message;
        else Notice = "Đã xếp thư vào hàng đợi để gửi lại.";
        return Redirect($"{MailAdmin.Path}/{Uri.EscapeDataString(id)}");
    }
}
