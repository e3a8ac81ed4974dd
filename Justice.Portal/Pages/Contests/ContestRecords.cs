using System.Globalization;
using Justice.Domain.Common;

namespace Justice.Portal.Pages.Contests;

/// <summary>A contest as the list, the contest page and the registration form read it.</summary>
public sealed record ContestSummary(string Id, string Title, DateTime OpensAt, DateTime ClosesAt, int TimeLimitMinutes, bool IsOpen,
    string? Description = null, IReadOnlyList<QuestionId>? Questions = null)
{
    public int QuestionCount => Questions?.Count ?? 0;
    public bool IsUpcoming(DateTime now) => now < OpensAt;
}

public sealed record QuestionId(string Id);

public sealed record Place(string Name);

/// <summary>One line of the leaderboard.</summary>
public sealed record LeaderRow(int Rank, string ParticipantName, int Score, int QuestionCount, int DurationSeconds, Place Province);

/// <summary>How the contest pages write times: Vietnam's clock, dd/MM/yyyy HH:mm; a duration as m:ss.</summary>
public static class ContestFormat
{
    public static string When(DateTime utc)
    {
        var local = DateTime.SpecifyKind(utc.ToUniversalTime(), DateTimeKind.Utc).AddHours(7);
        return local.ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
    }

    public static string WhenEnglish(DateTime utc)
    {
        var local = DateTime.SpecifyKind(utc.ToUniversalTime(), DateTimeKind.Utc).AddHours(7);
        return local.ToString("HH:mm 'on' dd/MM/yyyy", CultureInfo.InvariantCulture);
    }

    /// <summary>Minutes and seconds, as the timer shows them: 19:05.</summary>
    public static string Clock(int seconds) => $"{seconds / 60}:{seconds % 60:D2}";

    public static string Duration(int seconds, bool english) => english
        ? $"{seconds / 60} min {seconds % 60:D2} s"
        : $"{seconds / 60} phút {seconds % 60:D2} giây";

    /// <summary>"Today" in Vietnam, for deciding what is upcoming.</summary>
    public static DateOnly Today(TimeProvider clock) => VietnamTime.LocalDate(clock.GetUtcNow().UtcDateTime);
}

/// <summary>
/// The participant's key to a running attempt: the attempt's ID (an unguessable GUID known only to them) in an
/// HttpOnly, SameSite=Strict cookie scoped to the contest pages, so no personal data and no key travels in a URL.
/// </summary>
public static class AttemptCookie
{
    public const string Name = "Justice.ContestAttempt";

    public static string? Read(HttpContext http) =>
        http.Request.Cookies.TryGetValue(Name, out var value) && value is { Length: > 0 and <= 200 } ? value : null;

    public static void Write(HttpContext http, string attemptId, DateTime expiresUtc) =>
        http.Response.Cookies.Append(Name, attemptId, new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/thi-truc-tuyen",
            IsEssential = true, Expires = expiresUtc,
        });
}
