using Microsoft.AspNetCore.DataProtection;

namespace Justice.Portal.Pages.Contests;

/// <summary>
/// A simple anti-automation check for a public form, no puzzle for people: a field hidden from people (a script
/// filling every input fills it), and a stamp the form was issued with, signed by the host, which must come back
/// unchanged and not older than <see cref="MaximumAge"/> (a script posting without loading the form has none).
/// Combined with antiforgery and the per-IP rate limit.
/// </summary>
public static class AntiAutomation
{
    public const string TrapField = "Website";
    public const string StampField = "FormStamp";
    public static readonly TimeSpan MaximumAge = TimeSpan.FromHours(2);
    private const string Purpose = "Justice.Portal.FormStamp";

    public static string IssueStamp(HttpContext http, TimeProvider clock) =>
        Protector(http).Protect(clock.GetUtcNow().UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>True when the post looks like a person's: the trap is empty and the stamp is genuine and recent.</summary>
    public static bool Passes(HttpContext http, TimeProvider clock, string? trap, string? stamp)
    {
        if (!string.IsNullOrEmpty(trap) || string.IsNullOrEmpty(stamp)) return false;
        try
        {
            var issued = new DateTime(long.Parse(Protector(http).Unprotect(stamp), System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
            var age = clock.GetUtcNow().UtcDateTime - issued;
            return age >= TimeSpan.Zero && age <= MaximumAge;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever fails in reading the stamp (bad encoding, wrong key, tampered payload), there is no genuine stamp.
            return false;
        }
    }

    private static IDataProtector Protector(HttpContext http) =>
        http.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
}
