namespace Justice.Portal.Pages.Contests;

/// <summary>English for the contest's stable codes; the Vietnamese comes from the server's own message.</summary>
public static class ContestMessages
{
    public static string? English(string code) => code switch
    {
        "CONTEST_NOT_OPEN" => "The contest is not open.",
        "CONTEST_ATTEMPT_EXPIRED" => "Time is up: answers are no longer accepted.",
        "CONTEST_ATTEMPT_ALREADY_SUBMITTED" => "This attempt has already been handed in.",
        "CONTEST_PROVINCE_INVALID" => "Select the province you live in.",
        "EMAIL_INVALID" => "Enter a valid e-mail address.",
        _ => null,
    };
}
