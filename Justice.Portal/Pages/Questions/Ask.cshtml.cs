using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Justice.Portal.Pages.Questions;

/// <summary>
/// /hoi-dap/dat-cau-hoi: "Đặt câu hỏi" (operation <c>Ask.graphql</c>). Personal data (name, e-mail): never cached,
/// never in the URL; antiforgery, the forms rate limit and the anti-automation check guard it.
/// </summary>
[NoStore]
[EnableRateLimiting(PortalServiceCollectionExtensions.FormsRateLimitPolicy)]
public sealed class AskModel(PortalOperations operations) : PageModel
{
    public const int MaxTitle = 300;
    public const int MaxText = 10_000;

    public sealed record Data(Payload AskLegalQuestion);
    public sealed record Payload(string? TrackingCode, Asked? Question, IReadOnlyList<PayloadError> Errors);
    public sealed record Asked(string Title, string Field, string Status, DateTime ReceivedAt);
    public sealed record PayloadError(string Code, string Message, string? Field);

    public sealed class QuestionForm
    {
        public string? Name { get; set; }
        public string? Email { get; set; }
        public string? Field { get; set; }
        public string? Title { get; set; }
        public string? Text { get; set; }
    }

    [BindProperty] public QuestionForm Form { get; set; } = new();
    public List<(string Field, string Message)> Errors { get; } = [];
    public (string TrackingCode, Asked Question)? Submitted { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var en = PortalLanguage.IsEnglish(HttpContext);
        string M(string vi, string english) => en ? english : vi;
        var f = Form;
        f.Name = f.Name?.Trim();
        f.Email = f.Email?.Trim();
        f.Title = f.Title?.Trim();
        f.Text = f.Text?.Trim();
        if (string.IsNullOrEmpty(f.Name) || f.Name.Length > 200) Errors.Add(("Form_Name", M("Nhập họ và tên (không quá 200 ký tự).", "Enter your name (at most 200 characters).")));
        if (string.IsNullOrEmpty(f.Email) || f.Email.Length > 254 || !System.Net.Mail.MailAddress.TryCreate(f.Email, out var address) || address.Address != f.Email || !f.Email.Contains('.', StringComparison.Ordinal))
            Errors.Add(("Form_Email", M("Nhập địa chỉ thư điện tử đúng dạng, ví dụ ten@example.vn.", "Enter an e-mail address like name@example.com.")));
        if (LegalFields.ByValue(f.Field) is null) Errors.Add(("Form_Field", M("Chọn lĩnh vực của câu hỏi.", "Select the field of law.")));
        if (string.IsNullOrEmpty(f.Title) || f.Title.Length > MaxTitle) Errors.Add(("Form_Title", M($"Nhập tiêu đề câu hỏi (không quá {MaxTitle} ký tự).", $"Enter a title (at most {MaxTitle} characters).")));
        if (string.IsNullOrEmpty(f.Text) || f.Text.Length < 20 || f.Text.Length > MaxText)
            Errors.Add(("Form_Text", M($"Nhập nội dung câu hỏi (từ 20 đến {Number(MaxText)} ký tự).", $"Enter your question (20 to {Number(MaxText)} characters).")));
        if (Errors.Count > 0) return Page();
        if (FormGuard.Check(HttpContext) is var guard and not FormGuard.Outcome.Passed)
        {
            Errors.Add(("", FormGuard.Message(guard, en)));
            return Page();
        }

        var result = await operations.MutateAsync<Data>(HttpContext, "Questions/Ask", new
        {
            input = new { name = f.Name, email = f.Email, field = f.Field, title = f.Title, text = f.Text },
        });
        if (!result.Succeeded) { Errors.Add(("", result.Message(en))); return Page(); }
        var payload = result.Data!.AskLegalQuestion;
        foreach (var error in payload.Errors) Errors.Add(("", error.Message));
        if (Errors.Count > 0 || payload.TrackingCode is null || payload.Question is null) return Page();
        Submitted = (payload.TrackingCode, payload.Question);
        ModelState.Clear();
        Form = new QuestionForm();
        return Page();
    }

    private static string Number(int value) => PortalFormat.Number(value);

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;
}
