using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace Justice.Portal.Portal;

/// <summary>
/// The simple anti-automation check of the public forms (questions, comments…), on top of antiforgery and the per-IP
/// rate limit: a trap field people never see (<see cref="TrapField"/>, hidden by CSS, must stay empty) and the
/// instant the form was served, signed by Data Protection (<see cref="StartedField"/>): a form sent back sooner than
/// <see cref="MinimumSeconds"/>, or more than a day later, or with a forged stamp, is refused. Works without JavaScript.
/// Render it with the <c>_FormGuard</c> partial inside the form; check it with <see cref="Check"/> on POST.
/// </summary>
public static class FormGuard
{
    public const string TrapField = "Website";
    public const string StartedField = "FormStarted";
    public const int MinimumSeconds = 3;
    private static readonly TimeSpan MaximumAge = TimeSpan.FromDays(1);
    private const string Purpose = "Justice.Portal.FormGuard.v1";

    public enum Outcome { Passed, TooFast, Refused }

    /// <summary>The signed stamp of "now" to put in the form.</summary>
    public static string Issue(HttpContext http) =>
        Stamp(http.RequestServices, http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());

    /// <summary>A stamp for a given instant (also what tests use to stand for a person who took their time).</summary>
    public static string Stamp(IServiceProvider services, DateTimeOffset servedAt) =>
        Protector(services).Protect(servedAt.UtcTicks.ToString(CultureInfo.InvariantCulture));

    public static Outcome Check(HttpContext http)
    {
        var form = http.Request.HasFormContentType ? http.Request.Form : null;
        if (form is null || !string.IsNullOrEmpty(form[TrapField].ToString())) return Outcome.Refused;
        long ticks;
        try
        {
            if (!long.TryParse(Protector(http.RequestServices).Unprotect(form[StartedField].ToString()), NumberStyles.None, CultureInfo.InvariantCulture, out ticks))
                return Outcome.Refused;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return Outcome.Refused;
        }
        var age = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcTicks - ticks;
        if (age < TimeSpan.FromSeconds(MinimumSeconds).Ticks) return Outcome.TooFast;
        return age > MaximumAge.Ticks ? Outcome.Refused : Outcome.Passed;
    }

    /// <summary>What the reader is told when the check fails (the form keeps what they typed).</summary>
    public static string Message(Outcome outcome, bool english) => (outcome, english) switch
    {
        (Outcome.TooFast, false) => "Biểu mẫu được gửi quá nhanh. Vui lòng kiểm tra lại thông tin rồi gửi lại.",
        (Outcome.TooFast, true) => "The form was sent too quickly. Please check your answers and send it again.",
        (_, false) => "Không gửi được biểu mẫu. Vui lòng tải lại trang và gửi lại.",
        (_, true) => "The form could not be sent. Please reload the page and send it again.",
    };

    private static IDataProtector Protector(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
}
