using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Justice.Portal.Pages.Contests;

/// <summary>
/// /thi-truc-tuyen/{id}/dang-ky: name, e-mail and province, then the attempt starts on the server (operation
/// <c>Register.graphql</c>). Personal data: not stored by caches; per-IP rate limit and the anti-automation check.
/// </summary>
[NoStore]
[EnableRateLimiting(PortalServiceCollectionExtensions.FormsRateLimitPolicy)]
public sealed class RegisterModel(PortalOperations operations) : PageModel
{
    public sealed record FormData(ContestSummary? OnlineContest, IReadOnlyList<Province> Provinces);
    public sealed record Province(string Id, string Name);
    public sealed record StartData(StartPayload StartContestAttempt);
    public sealed record StartPayload(StartedAttempt? Attempt, IReadOnlyList<PayloadError> Errors);
    public sealed record StartedAttempt(string Id);
    public sealed record PayloadError(string Code, string Message, string? Field);

    public sealed class RegistrationForm
    {
        public string? ParticipantName { get; set; }
        public string? Email { get; set; }
        public string? ProvinceId { get; set; }
        public bool Agree { get; set; }
    }

    [BindProperty] public RegistrationForm Form { get; set; } = new();

    public ContestSummary Contest { get; private set; } = null!;
    public IReadOnlyList<Province> Provinces { get; private set; } = [];
    public List<(string Field, string Message)> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (await LoadAsync(id) is { } missing) return missing;
        var en = PortalLanguage.IsEnglish(HttpContext);
        string M(string vi, string english) => en ? english : vi;
        var f = Form;
        f.ParticipantName = f.ParticipantName?.Trim();
        f.Email = f.Email?.Trim();
        if (string.IsNullOrEmpty(f.ParticipantName) || f.ParticipantName.Length > 200)
            Errors.Add(("Form_ParticipantName", M("Nhập họ và tên (không quá 200 ký tự).", "Enter your full name (at most 200 characters).")));
        if (string.IsNullOrEmpty(f.Email) || f.Email.Length > 254 || !f.Email.Contains('@'))
            Errors.Add(("Form_Email", M("Nhập địa chỉ thư điện tử, ví dụ ten@example.vn.", "Enter an e-mail address, for example name@example.vn.")));
        if (!Provinces.Any(p => p.Id == f.ProvinceId))
            Errors.Add(("Form_ProvinceId", M("Chọn tỉnh, thành phố nơi bạn sinh sống.", "Select the province you live in.")));
        if (!f.Agree)
            Errors.Add(("Form_Agree", M("Xác nhận bạn đã đọc thể lệ cuộc thi.", "Confirm that you have read the rules.")));
        if (!Contest.IsOpen)
            Errors.Add(("", M("Cuộc thi chưa mở hoặc đã kết thúc.", "The contest is not open.")));
        if (Errors.Count > 0) return Page();
        if (FormGuard.Check(HttpContext) is var guard and not FormGuard.Outcome.Passed)
        {
            Errors.Add(("", FormGuard.Message(guard, en)));
            return Page();
        }

        var result = await operations.MutateAsync<StartData>(HttpContext, "Contests/Register", new
        {
            input = new { contestId = Contest.Id, participantName = f.ParticipantName, email = f.Email, provinceId = f.ProvinceId },
        }, "StartAttempt");
        if (!result.Succeeded) { Errors.Add(("", result.Message(en))); return Page(); }
        var payload = result.Data!.StartContestAttempt;
        foreach (var error in payload.Errors)
            Errors.Add((error.Code switch
            {
                "EMAIL_INVALID" => "Form_Email",
                "TEXT_REQUIRED" or "TEXT_TOO_LONG" => "Form_ParticipantName",
                "CONTEST_PROVINCE_INVALID" => "Form_ProvinceId",
                _ => "",
            }, en ? ContestMessages.English(error.Code) ?? error.Message : error.Message));
        if (Errors.Count > 0 || payload.Attempt is null) return Page();
        AttemptCookie.Write(HttpContext, payload.Attempt.Id, Contest.ClosesAt.AddDays(1));
        return Redirect("/thi-truc-tuyen/lam-bai");
    }

    private async Task<IActionResult?> LoadAsync(string id)
    {
        var result = await operations.QueryAsync<FormData>(HttpContext, "Contests/Register", new { id }, "RegisterForm");
        if (result.HasError("INVALID_ID") || (result.Succeeded && result.Data!.OnlineContest is null)) return NotFound();
        if (!result.Succeeded) throw new InvalidOperationException("The registration form's operation failed: " + string.Join(",", result.Errors.Select(e => e.Code)));
        Contest = result.Data!.OnlineContest!;
        Provinces = result.Data.Provinces.OrderBy(p => p.Name, StringComparer.Create(PortalFormat.Vietnamese, false)).ToList();
        return null;
    }

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;
}
