using System.Globalization;
using System.Text;
using Justice.Domain.Common;
using Justice.Domain.Conferences;
using Justice.Domain.Mail;

namespace Justice.Mail.Calendar;

/// <summary>A person invited to the meeting: an endpoint's contact.</summary>
public sealed record CalendarAttendee(string Email, string? Name = null);

/// <summary>
/// The iCalendar object (RFC 5545, with the iTIP methods of RFC 5546) sent with a conference invitation, change or
/// cancellation, so that Outlook and Thunderbird put the meeting in the recipient's calendar and update or remove it.
/// <para>
/// Calendars recognise one meeting by its <see cref="Uid"/> (<c>&lt;meeting id&gt;@moj.gov.vn</c>, the same in
/// every message about the meeting) and take a message into account only if its <see cref="Sequence"/> is higher
/// than the one they hold: the sequence is the meeting's <see cref="Meeting.Revision"/>, 0 for the invitation and raised
/// by every change or cancellation of the meeting.
/// Times are written as UTC instants (<c>…Z</c>), which every client shows in the reader's own time zone.
/// </para>
/// </summary>
public sealed record MeetingInvitation
{
    public const string ProductId = "-//Bo Tu phap Viet Nam//Justice Conferences//VI";
    public const string DefaultUidDomain = OutgoingEmail.DefaultMessageIdDomain;
    /// <summary>RFC 5545 §3.1: lines longer than 75 octets (CRLF excluded) are folded.</summary>
    public const int MaxLineOctets = 75;

    /// <summary>The calendar from its parts; flows build it from the meeting (<see cref="Request(Meeting, string, IEnumerable{CalendarAttendee}, string?, string?)"/>).</summary>
    internal MeetingInvitation(string method, Guid meetingId, int sequence, DateTime start, DateTime end, string summary,
        string organizerEmail, IEnumerable<CalendarAttendee> attendees, string? organizerName = null,
        string? location = null, string? description = null, string uidDomain = DefaultUidDomain)
    {
        Method = (method ?? "").Trim().ToUpperInvariant();
        if (!CalendarMethods.IsKnown(Method))
            throw new DomainException("MAIL_CALENDAR_METHOD_INVALID", $"Phương thức lịch '{method}' không được hỗ trợ (REQUEST hoặc CANCEL).");
        if (meetingId == Guid.Empty)
            throw new DomainException("MAIL_CALENDAR_UID_REQUIRED", "Lịch phải gắn với một cuộc họp.");
        if (sequence < 0)
            throw new DomainException("MAIL_CALENDAR_SEQUENCE_INVALID", "Số thứ tự thay đổi của lịch không được âm.");
        VietnamTime.RequireUtc(start);
        VietnamTime.RequireUtc(end);
        if (end <= start)
            throw new DomainException("MAIL_CALENDAR_TIMES_INVALID", "Thời điểm kết thúc phải sau thời điểm bắt đầu.");
        var domain = VietnameseText.Required(uidDomain, "Tên miền UID", 200).ToLowerInvariant();
        if (!EmailAddress.IsValid("x@" + domain))
            throw new DomainException("MAIL_CALENDAR_UID_DOMAIN_INVALID", $"Tên miền '{domain}' không hợp lệ cho UID.");
        MeetingId = meetingId;
        Sequence = sequence;
        Start = start;
        End = end;
        Summary = VietnameseText.Required(summary, "Tên cuộc họp", 1000);
        OrganizerEmail = EmailAddress.Required(organizerEmail, "Địa chỉ người tổ chức");
        OrganizerName = VietnameseText.NormalizeOptional(organizerName);
        Location = VietnameseText.NormalizeOptional(location);
        Description = description?.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal).Trim()
            is { Length: > 0 } text ? text : null;
        Attendees = (attendees ?? [])
            .Select(a => new CalendarAttendee(EmailAddress.Required(a.Email, "Địa chỉ người được mời"), VietnameseText.NormalizeOptional(a.Name)))
            .DistinctBy(a => a.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
        UidDomain = domain;
    }

    public string Method { get; }
    public Guid MeetingId { get; }
    public int Sequence { get; }
    public DateTime Start { get; }
    public DateTime End { get; }
    public string Summary { get; }
    public string? Location { get; }
    public string? Description { get; }
    public string OrganizerEmail { get; }
    public string? OrganizerName { get; }
    public IReadOnlyList<CalendarAttendee> Attendees { get; init; }
    public string UidDomain { get; }

    /// <summary>Stable for the meeting: every invitation, change and cancellation carries the same one.</summary>
    public string Uid => $"{MeetingId:N}@{UidDomain}";

    /// <summary>
    /// The invitation, or a change of it, for <paramref name="meeting"/> as it is now: its times, title and agenda,
    /// with the meeting's <see cref="Meeting.Revision"/> as SEQUENCE. Refused for a cancelled meeting.
    /// </summary>
    public static MeetingInvitation Request(Meeting meeting, string organizerEmail, IEnumerable<CalendarAttendee> attendees,
        string? organizerName = null, string? location = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.Status == MeetingStatus.Cancelled)
            throw new DomainException("MAIL_CALENDAR_MEETING_CANCELLED", "Cuộc họp đã hủy: chỉ gửi được thư hủy lịch.");
        return new(CalendarMethods.Request, meeting.Id, meeting.Revision, meeting.Start, meeting.End, meeting.Title,
            organizerEmail, attendees, organizerName, location, meeting.Agenda);
    }

    /// <summary>The cancellation of <paramref name="meeting"/>, which must be cancelled; its reason is the description.</summary>
    public static MeetingInvitation Cancel(Meeting meeting, string organizerEmail, IEnumerable<CalendarAttendee> attendees,
        string? organizerName = null, string? location = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.Status != MeetingStatus.Cancelled)
            throw new DomainException("MAIL_CALENDAR_MEETING_NOT_CANCELLED", "Chỉ gửi thư hủy lịch cho cuộc họp đã hủy.");
        return new(CalendarMethods.Cancel, meeting.Id, meeting.Revision, meeting.Start, meeting.End, meeting.Title,
            organizerEmail, attendees, organizerName, location, meeting.CancellationReason);
    }

    /// <summary>The VCALENDAR text: CRLF line endings, lines folded at 75 octets, text values escaped, UTF-8 characters kept whole.</summary>
    public string ToICalendar(DateTime stamp)
    {
        VietnamTime.RequireUtc(stamp);
        if (Attendees.Count == 0)
            throw new DomainException("MAIL_CALENDAR_ATTENDEE_REQUIRED", "Lịch phải có ít nhất một người được mời.");
        var cancelled = Method == CalendarMethods.Cancel;
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "PRODID:" + ProductId,
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:" + Method,
            "BEGIN:VEVENT",
            "UID:" + Uid,
            "SEQUENCE:" + Sequence.ToString(CultureInfo.InvariantCulture),
            "DTSTAMP:" + DateTimeValue(stamp),
            "DTSTART:" + DateTimeValue(Start),
            "DTEND:" + DateTimeValue(End),
            "SUMMARY:" + EscapeText(Summary),
        };
        if (Location is not null) lines.Add("LOCATION:" + EscapeText(Location));
        if (Description is not null) lines.Add("DESCRIPTION:" + EscapeText(Description));
        lines.Add("ORGANIZER" + CommonName(OrganizerName) + ":mailto:" + OrganizerEmail);
        foreach (var attendee in Attendees)
            lines.Add("ATTENDEE" + CommonName(attendee.Name)
                + ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=" + (cancelled ? "FALSE" : "TRUE")
                + ":mailto:" + attendee.Email);
        lines.Add("STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        lines.Add("TRANSP:OPAQUE");
        lines.Add("CLASS:PUBLIC");
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");

        var builder = new StringBuilder();
        foreach (var line in lines) Fold(builder, line);
        return builder.ToString();
    }

    /// <summary>UTC date-time form (RFC 5545 §3.3.5, form #2).</summary>
    public static string DateTimeValue(DateTime utc) =>
        VietnamTime.RequireUtc(utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.</summary>
    public static string EscapeText(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        var text = value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case ';': builder.Append(@"\;"); break;
                case ',': builder.Append(@"\,"); break;
                case '\n': builder.Append(@"\n"); break;
                default:
                    // Other control characters are not allowed in TEXT (tab is).
                    if (c == '\t' || !char.IsControl(c)) builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>The CN parameter, quoted (a parameter value cannot hold a double quote, nor be escaped).</summary>
    private static string CommonName(string? name)
    {
        if (name is null) return "";
        var clean = new string(name.Where(c => c != '"' && !char.IsControl(c)).ToArray()).Trim();
        return clean.Length == 0 ? "" : $";CN=\"{clean}\"";
    }

    /// <summary>Appends the content line, folded so that no line exceeds 75 octets; a UTF-8 sequence is never split.</summary>
    private static void Fold(StringBuilder output, string line)
    {
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + size > MaxLineOctets)
            {
                output.Append("\r\n ");
                octets = 1;
            }
            output.Append(line, i, width);
            octets += size;
            i += width - 1;
        }
        output.Append("\r\n");
    }
}
