using Justice.Domain.Common;
using Justice.Domain.Conferences;
using Justice.Domain.Persistence;
using Justice.GraphQL.Conferences;
using Justice.Mail;
using Justice.Mail.Calendar;

namespace Justice.Portal.Conferences;

/// <summary>
/// Invitation, change and cancellation mails to the technical contact of each endpoint of a meeting, with the
/// meeting's iCalendar (one UID per meeting; SEQUENCE from its revision), queued in the mail outbox.
/// </summary>
public sealed class OutboxMeetingInvitations(EmailOutbox outbox, ConferenceSettings settings) : IMeetingInvitations
{
    public void Enqueue(JusticeDbContext db, Meeting meeting, IReadOnlyList<ConferenceEndpoint> endpoints, MeetingInvitationKind kind,
        string? note)
    {
        var host = endpoints.FirstOrDefault(e => e.Id == meeting.HostEndpointId);
        var attendees = endpoints.Select(e => new CalendarAttendee(e.ContactEmail, $"{e.ContactName} – {e.Name}")).ToList();
        var invitation = kind == MeetingInvitationKind.Cancelled
            ? MeetingInvitation.Cancel(meeting, settings.OrganizerEmail, attendees, settings.OrganizerName, host?.Name)
            : MeetingInvitation.Request(meeting, settings.OrganizerEmail, attendees, settings.OrganizerName, host?.Name);
        var local = meeting.Start + VietnamTime.Offset;
        var template = kind switch
        {
            MeetingInvitationKind.Invitation => "conference.invitation",
            MeetingInvitationKind.Changed => "conference.changed",
            _ => "conference.cancelled",
        };
        foreach (var endpoint in endpoints.DistinctBy(e => e.ContactEmail, StringComparer.OrdinalIgnoreCase))
        {
            var fields = new Dictionary<string, object?>
            {
                ["contactName"] = endpoint.ContactName, ["conferenceTitle"] = meeting.Title, ["startsOn"] = DateOnly.FromDateTime(local),
            };
            if (kind == MeetingInvitationKind.Cancelled) fields["reason"] = note ?? meeting.CancellationReason ?? "";
            else
            {
                fields["startTime"] = local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
                fields["endpointName"] = endpoint.Name;
                fields["conferenceUrl"] = $"{settings.BoardUrl.TrimEnd('/')}?ngay={DateOnly.FromDateTime(local):yyyy-MM-dd}";
                if (kind == MeetingInvitationKind.Changed) fields["changeSummary"] = note ?? "Cập nhật thông tin cuộc họp.";
            }
            outbox.Enqueue(db, template, "vi", fields, [endpoint.ContactEmail], invitation);
        }
    }
}

/// <summary>Configuration <c>Justice:Conferences</c>.</summary>
public sealed class ConferenceSettings
{
    /// <summary>Endpoints one bridge (MCU) mixes, host included.</summary>
    public int BridgeMaxEndpoints { get; set; } = ConferenceBridgeOptions.Default.MaxEndpoints;
    public string OrganizerEmail { get; set; } = "hoinghi@moj.gov.vn";
    public string OrganizerName { get; set; } = "Văn phòng Bộ Tư pháp";
    /// <summary>The public address of the live board, linked from the mails.</summary>
    public string BoardUrl { get; set; } = "https://moj.gov.vn/admin/hoi-nghi";
}
