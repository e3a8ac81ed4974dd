using System.ComponentModel.DataAnnotations;
using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Justice.Portal.Pages.JudicialRecords;

/// <summary>
/// /ly-lich-tu-phap: the online application for a judicial-record certificate (operation <c>Apply.graphql</c>).
/// Personal data: never cached, never in the URL; the answer is the tracking code.
/// </summary>
[NoStore]
[EnableRateLimiting(PortalServiceCollectionExtensions.FormsRateLimitPolicy)]
public sealed class IndexModel(PortalOperations operations, TimeProvider clock) : PageModel
{
    public sealed record Data(Payload ApplyForJudicialRecordCertificate);
    public sealed record Payload(ApplicationStatus? Application, IReadOnlyList<PayloadError> Errors);
    public sealed record PayloadError(string Code, string Message, string? Field);

    public sealed class ApplicationForm
    {
        public string? FullName { get; set; }
        public string? Sex { get; set; }
        public DateOnly? DateOfBirth { get; set; }
        public string? PersonalIdNumber { get; set; }
        public string? CertificateType { get; set; } = "NO_1";
        public string? Purpose { get; set; }
        public int? Copies { get; set; } = 1;
        public string? Delivery { get; set; } = "AT_OFFICE";
        public string? Address { get; set; }
        /// <summary>Optional: where to tell the applicant of the application's progress.</summary>
        public string? ApplicantEmail { get; set; }
    }

    [BindProperty] public ApplicationForm Form { get; set; } = new();
    public List<(string Field, string Message)> Errors { get; } = [];
    public ApplicationStatus? Submitted { get; private set; }
    public bool NotifiedByEmail { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var en = PortalLanguage.IsEnglish(HttpContext);
        string M(string vi, string english) => en ? english : vi;
        var f = Form;
        f.FullName = f.FullName?.Trim();
        f.PersonalIdNumber = f.PersonalIdNumber?.Trim().Replace(" ", "");
        f.Purpose = f.Purpose?.Trim();
        f.Address = string.IsNullOrWhiteSpace(f.Address) ? null : f.Address.Trim();
        f.ApplicantEmail = string.IsNullOrWhiteSpace(f.ApplicantEmail) ? null : f.ApplicantEmail.Trim();
        if (string.IsNullOrEmpty(f.FullName) || f.FullName.Length > 100) Errors.Add(("Form_FullName", M("Nhập họ và tên (không quá 100 ký tự).", "Enter your full name (at most 100 characters).")));
        if (f.Sex is not ("MALE" or "FEMALE")) Errors.Add(("Form_Sex", M("Chọn giới tính.", "Select your sex.")));
        var today = Justice.Domain.Common.VietnamTime.LocalDate(clock.GetUtcNow().UtcDateTime);
        if (f.DateOfBirth is null) Errors.Add(("Form_DateOfBirth", M("Nhập ngày sinh.", "Enter your date of birth.")));
        else if (f.DateOfBirth > today || f.DateOfBirth < today.AddYears(-130)) Errors.Add(("Form_DateOfBirth", M("Ngày sinh không hợp lệ.", "The date of birth is not valid.")));
        if (f.PersonalIdNumber is null || f.PersonalIdNumber.Length != 12 || !f.PersonalIdNumber.All(char.IsAsciiDigit))
            Errors.Add(("Form_PersonalIdNumber", M("Số định danh cá nhân gồm đúng 12 chữ số.", "The personal ID number has exactly 12 digits.")));
        if (f.CertificateType is not ("NO_1" or "NO_2")) Errors.Add(("Form_CertificateType", M("Chọn loại phiếu.", "Select the kind of certificate.")));
        if (string.IsNullOrEmpty(f.Purpose) || f.Purpose.Length > 200) Errors.Add(("Form_Purpose", M("Nhập mục đích sử dụng phiếu.", "Enter what the certificate is for.")));
        if (f.Copies is not (>= 1 and <= 10)) Errors.Add(("Form_Copies", M("Số lượng phiếu từ 1 đến 10.", "Between 1 and 10 copies.")));
        if (f.Delivery is not ("AT_OFFICE" or "BY_POST")) Errors.Add(("Form_Delivery", M("Chọn cách nhận phiếu.", "Select how to receive the certificate.")));
        else if (f.Delivery == "BY_POST" && f.Address is null) Errors.Add(("Form_Address", M("Nhập địa chỉ nhận phiếu qua bưu điện.", "Enter the postal address.")));
        if (f.ApplicantEmail is not null && !Justice.Domain.Common.EmailAddress.IsValid(f.ApplicantEmail))
            Errors.Add(("Form_ApplicantEmail", M("Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@example.vn).", "The email address is not valid (for example: name@example.com).")));
        if (Errors.Count > 0) return Page();
        if (FormGuard.Check(HttpContext) is var guard and not FormGuard.Outcome.Passed)
        {
            Errors.Add(("", FormGuard.Message(guard, en)));
            return Page();
        }

        var result = await operations.MutateAsync<Data>(HttpContext, "JudicialRecords/Apply", new
        {
            input = new
            {
                fullName = f.FullName, sex = f.Sex, dateOfBirth = f.DateOfBirth!.Value.ToString("yyyy-MM-dd"),
                personalIdNumber = f.PersonalIdNumber, certificateType = f.CertificateType, purpose = f.Purpose,
                copies = f.Copies, delivery = f.Delivery, address = f.Address, applicantEmail = f.ApplicantEmail,
            },
        });
        if (!result.Succeeded) { Errors.Add(("", result.Message(en))); return Page(); }
        var payload = result.Data!.ApplyForJudicialRecordCertificate;
        foreach (var error in payload.Errors)
            Errors.Add((error.Field is { Length: > 0 } field ? "Form_" + char.ToUpperInvariant(field[0]) + field[1..] : "", error.Message));
        if (Errors.Count > 0 || payload.Application is null) return Page();
        Submitted = payload.Application;
        NotifiedByEmail = f.ApplicantEmail is not null;
        ModelState.Clear();
        Form = new ApplicationForm();
        return Page();
    }

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;
}
