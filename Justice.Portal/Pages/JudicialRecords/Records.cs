namespace Justice.Portal.Pages.JudicialRecords;

/// <summary>The public status of an application, as both operations return it.</summary>
public sealed record ApplicationStatus(string TrackingCode, string Status, string StatusText, DateOnly ReceivedOn, DateOnly Deadline,
    DateOnly? DecidedOn = null);
