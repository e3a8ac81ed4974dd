using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Justice.Portal.Pages.Consultations;

/// <summary>
/// /du-thao/{id}/gop-y: the comment form of a draft (operations <c>Draft.graphql</c>, <c>Comment.graphql</c>). Personal
/// data (name, e-mail): never cached, never in the URL; antiforgery, the forms rate limit and the anti-automation check.
/// </summary>
[NoStore]
[EnableRateLimiting(PortalServiceCollectionExtensions.FormsRateLimitPolicy)]
public sealed class CommentModel(PortalOperations operations) : PageModel
{
    public const int MaxContent = 20_000;

    public sealed record Data(Payload CommentOnDraftConsultation);
    public sealed record Payload(Receipt? Comment, IReadOnlyList<PayloadError> Errors);
    public sealed record Receipt(DateTime SubmittedAt, string? Provision);
    public sealed record PayloadError(string Code, string Message, string? Field);

    public sealed class CommentForm
    {
        public string? Name { get; set; }
        public string? Email { get; set; }
        public string? Organisation { get; set; }
        public string? Provision { get; set; }
        public string? Content { get; set; }
    }

    [BindProperty] public CommentForm Form { get; set; } = new();
    public Draft Item { get; private set; } = null!;
    public List<(string Field, string Message)> Errors { get; } = [];
    public Receipt? Submitted { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var (draft, status) = await DraftModel.LoadAsync(operations, HttpContext, id);
        if (draft is null) return StatusCode(status);
        Item = draft;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var (draft, status) = await DraftModel.LoadAsync(operations, HttpContext, id);
        if (draft is null) return StatusCode(status);
        Item = draft;
        var en = PortalLanguage.IsEnglish(HttpContext);
        string M(string vi, string english) => en ? english : vi;
        var f = Form;
        f.Name = f.Name?.Trim();
        f.Email = f.Email?.Trim();
        f.Organisation = string.IsNullOrWhiteSpace(f.Organisation) ? null : f.Organisation.Trim();
        f.Provision = string.IsNullOrWhiteSpace(f.Provision) ? null : f.Provision.Trim();
        f.Content = f.Content?.Trim();
        if (string.IsNullOrEmpty(f.Name) || f.Name.Length > 200) Errors.Add(("Form_Name", M("Nhập họ và tên (không quá 200 ký tự).", "Enter your name (at most 200 characters).")));
        if (string.IsNullOrEmpty(f.Email) || f.Email.Length > 254 || !System.Net.Mail.MailAddress.TryCreate(f.Email, out var address) || address.Address != f.Email || !f.Email.Contains('.', StringComparison.Ordinal))
            Errors.Add(("Form_Email", M("Nhập địa chỉ thư điện tử đúng dạng, ví dụ ten@example.vn.", "Enter an e-mail address like name@example.com.")));
        if (f.Organisation is { Length: > 150 }) Errors.Add(("Form_Organisation", M("Tên cơ quan, tổ chức không quá 150 ký tự.", "The organisation's name is at most 150 characters.")));
        if (f.Provision is { Length: > 200 }) Errors.Add(("Form_Provision", M("Điều, khoản góp ý không quá 200 ký tự.", "At most 200 characters.")));
        if (string.IsNullOrEmpty(f.Content) || f.Content.Length > MaxContent)
            Errors.Add(("Form_Content", M($"Nhập nội dung góp ý (không quá {PortalFormat.Number(MaxContent)} ký tự).", $"Enter your comment (at most {PortalFormat.Number(MaxContent)} characters).")));
        if (Errors.Count > 0) return Page();
        if (FormGuard.Check(HttpContext) is var guard and not FormGuard.Outcome.Passed)
        {
            Errors.Add(("", FormGuard.Message(guard, en)));
            return Page();
        }

        var result = await operations.MutateAsync<Data>(HttpContext, "Consultations/Comment", new
        {
            input = new { consultationId = draft.Id, name = f.Name, email = f.Email, organisation = f.Organisation, provision = f.Provision, content = f.Content },
        });
        if (!result.Succeeded) { Errors.Add(("", result.Message(en))); return Page(); }
        var payload = result.Data!.CommentOnDraftConsultation;
        foreach (var error in payload.Errors)
            Errors.Add(("", error.Code == "CONSULTATION_CLOSED" && en ? "This draft is no longer open for comment." : error.Message));
        if (Errors.Count > 0 || payload.Comment is null) return Page();
        Submitted = payload.Comment;
        ModelState.Clear();
        Form = new CommentForm();
        return Page();
    }

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;
}
