using System.Text;
using Justice.Domain.Common;
using Justice.Domain.Conferences;
using Justice.Domain.Mail;
using Justice.Domain.Persistence;
using Justice.Mail.Calendar;
using MimeKit;

namespace Justice.Mail.Tests;

public sealed class MeetingInvitationTests
{
    private static readonly Guid MeetingId = Guid.Parse("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    // 09:00–11:30 in Hà Nội (UTC+7).
    private static readonly DateTime Start = new(2026, 3, 9, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime End = new(2026, 3, 9, 4, 30, 0, DateTimeKind.Utc);
    private const string Organizer = "hoinghi@moj.gov.vn";
    private static readonly string[] Contacts = ["dau.cau.hanoi@example.vn", "dau.cau.hue@example.vn"];

    private static readonly string LongSummary =
        "Hội nghị trực tuyến toàn quốc tổng kết công tác tư pháp năm 2025, triển khai nhiệm vụ năm 2026; "
        + "đường dẫn C:\\tai-lieu, kết nối các Sở Tư pháp tỉnh, thành phố trực thuộc Trung ương 🇻🇳";

    private static Dictionary<string, object?> InvitationFields(string title = "Tổng kết công tác tư pháp") => new()
    {
        ["contactName"] = "Ông Trần Văn Bình", ["conferenceTitle"] = title, ["startsOn"] = new DateOnly(2026, 3, 9),
        ["startTime"] = "09:00", ["endpointName"] = "Sở Tư pháp Hà Nội", ["conferenceUrl"] = "https://hop.moj.gov.vn/cuoc-hop/1",
    };

    private static Dictionary<string, object?> ChangedFields() => new(InvitationFields())
    {
        ["changeSummary"] = "Lùi giờ bắt đầu sang 10:00.",
    };

    private static Dictionary<string, object?> CancelledFields() => new()
    {
        ["contactName"] = "Ông Trần Văn Bình", ["conferenceTitle"] = "Tổng kết công tác tư pháp",
        ["startsOn"] = new DateOnly(2026, 3, 9), ["reason"] = "Thay đổi kế hoạch công tác.",
    };

    private static MeetingInvitation Invitation(string method = CalendarMethods.Request, int sequence = 0,
        DateTime? start = null, DateTime? end = null, string summary = "Tổng kết công tác tư pháp",
        string? description = "Chương trình: báo cáo tổng kết; thảo luận, kết luận.", IEnumerable<CalendarAttendee>? attendees = null) =>
        new(method, MeetingId, sequence, start ?? Start, end ?? End, summary, Organizer,
            attendees ?? Contacts.Select(c => new CalendarAttendee(c, "Điểm cầu " + c.Split('@')[0])),
            "Văn phòng Bộ Tư pháp", "Phòng họp trực tuyến, Bộ Tư pháp, 58-60 Trần Phú, Hà Nội", description);

    /// <summary>A meeting scheduled like the conference flow does, with one endpoint besides the host.</summary>
    internal static Meeting NewMeeting(DateTime start, string title = "Tổng kết công tác tư pháp", string? agenda = null)
    {
        var province = Guid.NewGuid();
        var host = new ConferenceEndpoint("BTP-01", "Trụ sở Bộ", province, "Phạm Quang Huy", "0912 345 678", "huypq@moj.gov.vn");
        var hue = new ConferenceEndpoint("HUE-01", "Sở Tư pháp Huế", province, "Trần Văn Bình", "0912 345 679", "binh@example.vn");
        return new MeetingScheduler(ConferenceBridgeOptions.Default)
            .Schedule(title, host, [hue], start, start.AddHours(2), "Thứ trưởng Bộ Tư pháp", agenda, []);
    }

    [Fact]
    public void The_sequence_is_the_meeting_revision_from_invitation_through_change_to_cancellation()
    {
        var meeting = NewMeeting(Start, agenda: "Báo cáo tổng kết");
        var attendees = Contacts.Select(c => new CalendarAttendee(c)).ToList();
        var invitation = MeetingInvitation.Request(meeting, Organizer, attendees);
        Assert.Equal(0, invitation.Sequence);
        Assert.Equal(meeting.Id, invitation.MeetingId);
        Assert.Equal((meeting.Start, meeting.End, "Báo cáo tổng kết"), (invitation.Start, invitation.End, invitation.Description));
        Refused("MAIL_CALENDAR_MEETING_NOT_CANCELLED", () => MeetingInvitation.Cancel(meeting, Organizer, attendees));

        new MeetingScheduler(ConferenceBridgeOptions.Default).Reschedule(meeting, Start.AddHours(1), End.AddHours(1), [], []);
        var changed = MeetingInvitation.Request(meeting, Organizer, attendees);
        Assert.Equal(1, changed.Sequence);
        Assert.Equal(Start.AddHours(1), changed.Start);
        Assert.Equal("SEQUENCE:1", Unfold(changed.ToICalendar(Start)).Single(l => l.StartsWith("SEQUENCE:")));

        meeting.Cancel("Thay đổi kế hoạch công tác.", Start);
        var cancelled = MeetingInvitation.Cancel(meeting, Organizer, attendees);
        Assert.Equal(2, cancelled.Sequence);
        Assert.Equal(invitation.Uid, cancelled.Uid);
        Assert.Equal("Thay đổi kế hoạch công tác.", cancelled.Description);
        Refused("MAIL_CALENDAR_MEETING_CANCELLED", () => MeetingInvitation.Request(meeting, Organizer, attendees));
    }

    private static void Refused(string code, Action action) =>
        Assert.Equal(code, Assert.Throws<DomainException>(action).Code);

    /// <summary>The content lines, unfolded (RFC 5545 §3.1).</summary>
    private static List<string> Unfold(string calendar) =>
        calendar.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n").Where(l => l.Length > 0).ToList();

    private static string Property(string calendar, string name) =>
        Unfold(calendar).Single(l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal))
            is var line ? line[(line.IndexOf(':') + 1)..] : "";

    private static string Unescape(string value) => value
        .Replace(@"\\", "\u0001", StringComparison.Ordinal).Replace(@"\n", "\n", StringComparison.Ordinal)
        .Replace(@"\,", ",", StringComparison.Ordinal).Replace(@"\;", ";", StringComparison.Ordinal)
        .Replace("\u0001", "\\", StringComparison.Ordinal);

    private static void AssertWellFormed(string calendar)
    {
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", calendar);
        Assert.EndsWith("END:VCALENDAR\r\n", calendar);
        // Every line ends with CRLF: no bare LF nor bare CR.
        Assert.Equal(calendar.Count(c => c == '\n'), calendar.Split("\r\n").Length - 1);
        Assert.Equal(calendar.Count(c => c == '\r'), calendar.Split("\r\n").Length - 1);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var bytes = strict.GetBytes(calendar);
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] != '\r' || bytes[i + 1] != '\n') continue;
            Assert.InRange(i - start, 0, MeetingInvitation.MaxLineOctets);
            // Each physical line is valid UTF-8 by itself: folding never splits a character.
            strict.GetString(bytes, start, i - start);
            start = i + 2;
        }
    }

    [Fact]
    public void The_calendar_is_an_RFC_5545_request_with_a_stable_UID_and_UTC_times()
    {
        var stamp = new DateTime(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);
        var calendar = Invitation().ToICalendar(stamp);

        AssertWellFormed(calendar);
        Assert.Equal("REQUEST", Property(calendar, "METHOD"));
        Assert.Equal("2.0", Property(calendar, "VERSION"));
        Assert.Equal(MeetingInvitation.ProductId, Property(calendar, "PRODID"));
        Assert.Equal("0193a1b2c3d47e5f8a9b0c1d2e3f4a5b@moj.gov.vn", Property(calendar, "UID"));
        Assert.Equal("0", Property(calendar, "SEQUENCE"));
        Assert.Equal("20260302T010000Z", Property(calendar, "DTSTAMP"));
        Assert.Equal("20260309T020000Z", Property(calendar, "DTSTART"));
        Assert.Equal("20260309T043000Z", Property(calendar, "DTEND"));
        Assert.Equal("CONFIRMED", Property(calendar, "STATUS"));
        Assert.Equal("mailto:hoinghi@moj.gov.vn", Property(calendar, "ORGANIZER"));
        var lines = Unfold(calendar);
        Assert.Contains("ORGANIZER;CN=\"Văn phòng Bộ Tư pháp\":mailto:hoinghi@moj.gov.vn", lines);
        var attendees = lines.Where(l => l.StartsWith("ATTENDEE", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, attendees.Count);
        Assert.All(attendees, a => Assert.Contains(";ROLE=REQ-PARTICIPANT;", a));
        Assert.All(attendees, a => Assert.Contains(";RSVP=TRUE", a));
        Assert.Equal(Contacts.Select(c => "mailto:" + c), attendees.Select(a => a[(a.IndexOf(':') + 1)..]));
        Assert.Equal("Phòng họp trực tuyến\\, Bộ Tư pháp\\, 58-60 Trần Phú\\, Hà Nội", Property(calendar, "LOCATION"));
        Assert.Equal(1, lines.Count(l => l == "BEGIN:VEVENT"));
    }

    [Fact]
    public void Text_is_escaped_and_long_Vietnamese_lines_are_folded_without_splitting_characters()
    {
        var description = "Dòng 1; có dấu phẩy, và gạch chéo \\.\r\nDòng 2: " + LongSummary;
        var calendar = Invitation(summary: LongSummary, description: description)
            .ToICalendar(new DateTime(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc));

        AssertWellFormed(calendar);
        Assert.Contains("\r\n ", calendar);
        var summary = Property(calendar, "SUMMARY");
        Assert.Contains(@"năm 2025\, triển khai nhiệm vụ năm 2026\; đường dẫn C:\\tai-lieu\,", summary);
        Assert.Equal(LongSummary, Unescape(summary));
        Assert.Equal(description.Replace("\r\n", "\n"), Unescape(Property(calendar, "DESCRIPTION")));
        Assert.DoesNotContain('\n', summary);
    }

    [Fact]
    public void A_calendar_library_reads_back_what_was_written()
    {
        var description = "Dòng 1; có dấu phẩy, và gạch chéo \\.\nDòng 2: " + LongSummary;
        var request = Invitation(summary: LongSummary, description: description, sequence: 3)
            .ToICalendar(new DateTime(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc));

        var parsed = Ical.Net.Calendar.Load(request)!;
        Assert.Equal("REQUEST", parsed.Method);
        var vevent = Assert.Single(parsed.Events);
        Assert.Equal("0193a1b2c3d47e5f8a9b0c1d2e3f4a5b@moj.gov.vn", vevent.Uid);
        Assert.Equal(3, vevent.Sequence);
        Assert.Equal(LongSummary, vevent.Summary);
        Assert.Equal(description, vevent.Description);
        Assert.Equal("Phòng họp trực tuyến, Bộ Tư pháp, 58-60 Trần Phú, Hà Nội", vevent.Location);
        Assert.True(vevent.DtStart!.IsUtc);
        Assert.Equal(Start, vevent.DtStart.AsUtc);
        Assert.Equal(End, vevent.DtEnd!.AsUtc);
        Assert.Equal("CONFIRMED", vevent.Status);
        Assert.Equal(new Uri("mailto:hoinghi@moj.gov.vn"), vevent.Organizer!.Value);
        Assert.Equal("Văn phòng Bộ Tư pháp", vevent.Organizer.CommonName);
        Assert.Equal(Contacts.Select(c => new Uri("mailto:" + c)), vevent.Attendees.Select(a => a.Value));
        Assert.All(vevent.Attendees, a => Assert.Equal("REQ-PARTICIPANT", a.Role));
        Assert.All(vevent.Attendees, a => Assert.True(a.Rsvp));

        var cancel = Ical.Net.Calendar.Load(Invitation(CalendarMethods.Cancel, sequence: 4).ToICalendar(Start))!;
        Assert.Equal("CANCEL", cancel.Method);
        Assert.Equal("CANCELLED", Assert.Single(cancel.Events).Status);
        Assert.Equal(vevent.Uid, cancel.Events.Single().Uid);
    }

    [Fact]
    public void A_cancellation_keeps_the_UID_and_is_marked_cancelled()
    {
        var stamp = new DateTime(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);
        var request = Invitation().ToICalendar(stamp);
        var cancel = Invitation(CalendarMethods.Cancel, sequence: 2).ToICalendar(stamp.AddDays(1));

        AssertWellFormed(cancel);
        Assert.Equal("CANCEL", Property(cancel, "METHOD"));
        Assert.Equal("CANCELLED", Property(cancel, "STATUS"));
        Assert.Equal(Property(request, "UID"), Property(cancel, "UID"));
        Assert.Equal("2", Property(cancel, "SEQUENCE"));
        Assert.Equal("20260303T010000Z", Property(cancel, "DTSTAMP"));
    }

    [Fact]
    public void An_invitation_refuses_what_calendars_cannot_take()
    {
        Refused("MAIL_CALENDAR_METHOD_INVALID", () => Invitation(method: "PUBLISH"));
        Refused("MAIL_CALENDAR_SEQUENCE_INVALID", () => Invitation(sequence: -1));
        Refused("MAIL_CALENDAR_TIMES_INVALID", () => Invitation(end: Start));
        Refused("TIME_NOT_UTC", () => Invitation(start: new DateTime(2026, 3, 9, 9, 0, 0, DateTimeKind.Local)));
        Refused("MAIL_CALENDAR_ATTENDEE_REQUIRED", () => Invitation(attendees: []).ToICalendar(Start));
        Refused("MAIL_CALENDAR_UID_REQUIRED", () => _ = new MeetingInvitation(CalendarMethods.Request, Guid.Empty, 0, Start, End,
            "Họp", Organizer, [new CalendarAttendee("a@example.vn")]));
    }

    // ---- The aggregate's rules for the calendar part.

    private static OutgoingEmail Email() =>
        new("conference.invitation", 1, "hoinghi@moj.gov.vn", "Bộ Tư pháp", null, Contacts, "Giấy mời họp",
            "<p>Kính mời</p>", "Kính mời", Start.AddDays(-7));

    private static readonly string RequestCalendar = Invitation().ToICalendar(Start.AddDays(-7));

    [Fact]
    public void A_message_has_no_calendar_until_one_is_attached()
    {
        var email = Email();
        Assert.False(email.HasCalendar);
        Assert.Null(email.CalendarMethod);
        Assert.Null(email.CalendarContent);

        email.AttachCalendar("request", RequestCalendar);
        Assert.True(email.HasCalendar);
        Assert.Equal(CalendarMethods.Request, email.CalendarMethod);
        // Kept verbatim, CRLF and folding included.
        Assert.Equal(RequestCalendar, email.CalendarContent);
    }

    [Fact]
    public void The_aggregate_refuses_a_calendar_it_cannot_send()
    {
        Refused("MAIL_CALENDAR_METHOD_INVALID", () => Email().AttachCalendar("PUBLISH", RequestCalendar));
        Refused("MAIL_CALENDAR_REQUIRED", () => Email().AttachCalendar("REQUEST", " "));
        Refused("MAIL_CALENDAR_INVALID", () => Email().AttachCalendar("REQUEST", RequestCalendar.Replace("\r\n", "\n")));
        Refused("MAIL_CALENDAR_INVALID", () => Email().AttachCalendar("REQUEST", "BEGIN:VCARD\r\nEND:VCARD\r\n"));
        Refused("MAIL_CALENDAR_METHOD_MISMATCH", () => Email().AttachCalendar("CANCEL", RequestCalendar));
        Refused("MAIL_CALENDAR_TOO_LONG", () => Email().AttachCalendar("REQUEST",
            RequestCalendar + new string('x', OutgoingEmail.MaxCalendarLength)));

        var twice = Email();
        twice.AttachCalendar("REQUEST", RequestCalendar);
        Refused("MAIL_CALENDAR_ALREADY_ATTACHED", () => twice.AttachCalendar("REQUEST", RequestCalendar));

        var attempted = Email();
        attempted.MarkSending(Start.AddDays(-7), Start.AddDays(-7).AddMinutes(5));
        Refused("MAIL_CALENDAR_NOT_EDITABLE", () => attempted.AttachCalendar("REQUEST", RequestCalendar));
    }

    // ---- Through the outbox, SMTP and MimeKit.

    private static TextPart CalendarPart(MimeMessage message)
    {
        Assert.Equal("multipart/mixed", message.Body!.ContentType.MimeType);
        var alternative = Assert.IsType<MultipartAlternative>(((Multipart)message.Body)[0]);
        Assert.Equal(["text/plain", "text/html", "text/calendar"], alternative.Select(p => p.ContentType.MimeType));
        var part = Assert.IsType<TextPart>(alternative[2]);
        Assert.Equal("utf-8", part.ContentType.Charset, ignoreCase: true);
        return part;
    }

    private static string CalendarText(TextPart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static async Task<OutgoingEmail> EnqueueAsync(MailHarness h, string template, Dictionary<string, object?> fields,
        MeetingInvitation invitation)
    {
        await using var db = h.Database.NewContext();
        var email = h.Outbox.Enqueue(db, template, "vi", fields, Contacts, invitation);
        await db.SaveChangesAsync();
        return email;
    }

    [Theory, BothProviders]
    public async Task Invitation_change_and_cancellation_reach_the_contacts_with_one_UID_and_rising_sequence(DatabaseProvider provider)
    {
        await using var h = await MailHarness.CreateAsync(provider);

        var invited = await EnqueueAsync(h, "conference.invitation", InvitationFields(LongSummary), Invitation(summary: LongSummary));
        var stored = await h.LoadAsync(invited.Id);
        Assert.Equal(CalendarMethods.Request, stored.CalendarMethod);
        Assert.Equal(invited.CalendarContent, stored.CalendarContent);
        Assert.Equal(new MailDispatchResult(1, 1, 0, 0), await h.Dispatcher().DispatchDueAsync());

        h.Clock.Advance(TimeSpan.FromDays(1));
        var later = Start.AddHours(1);
        await EnqueueAsync(h, "conference.changed", ChangedFields(), Invitation(sequence: 1, start: later, end: End.AddHours(1)));
        Assert.Equal(new MailDispatchResult(1, 1, 0, 0), await h.Dispatcher().DispatchDueAsync());

        h.Clock.Advance(TimeSpan.FromDays(1));
        await EnqueueAsync(h, "conference.cancelled", CancelledFields(),
            Invitation(CalendarMethods.Cancel, sequence: 2, start: later, end: End.AddHours(1)));
        Assert.Equal(new MailDispatchResult(1, 1, 0, 0), await h.Dispatcher().DispatchDueAsync());

        var messages = h.Smtp.Received.Select(r => r.Message).ToList();
        Assert.Equal(3, messages.Count);
        var calendars = new List<string>();
        foreach (var message in messages)
        {
            var part = CalendarPart(message);
            var calendar = CalendarText(part);
            AssertWellFormed(calendar);
            Assert.Equal(Property(calendar, "METHOD"), part.ContentType.Parameters["method"]);
            // The attachment is the same object, for clients that ignore the alternative part.
            var attachment = Assert.Single(message.Attachments.OfType<MimePart>());
            Assert.Equal("application/ics", attachment.ContentType.MimeType);
            Assert.Equal(MimeMessageFactory.CalendarFileName, attachment.FileName);
            using var bytes = new MemoryStream();
            attachment.Content!.DecodeTo(bytes);
            Assert.Equal(calendar, Encoding.UTF8.GetString(bytes.ToArray()));
            Assert.Equal(Contacts, Unfold(calendar).Where(l => l.StartsWith("ATTENDEE")).Select(l => l[(l.IndexOf(':') + 1)..].Replace("mailto:", "")));
            Assert.False(string.IsNullOrWhiteSpace(message.TextBody));
            Assert.False(string.IsNullOrWhiteSpace(message.HtmlBody));
            calendars.Add(calendar);
        }

        Assert.Equal(["REQUEST", "REQUEST", "CANCEL"], calendars.Select(c => Property(c, "METHOD")));
        Assert.Single(calendars.Select(c => Property(c, "UID")).Distinct());
        Assert.Equal(["0", "1", "2"], calendars.Select(c => Property(c, "SEQUENCE")));
        Assert.Equal(["CONFIRMED", "CONFIRMED", "CANCELLED"], calendars.Select(c => Property(c, "STATUS")));
        Assert.Equal(["20260309T020000Z", "20260309T030000Z", "20260309T030000Z"], calendars.Select(c => Property(c, "DTSTART")));
        Assert.Equal(LongSummary, Unescape(Property(calendars[0], "SUMMARY")));
        Assert.Equal(["20260302T010000Z", "20260303T010000Z", "20260304T010000Z"], calendars.Select(c => Property(c, "DTSTAMP")));
    }

    [Fact]
    public async Task The_attendees_default_to_the_recipients()
    {
        await using var h = await MailHarness.CreateAsync(DatabaseProvider.Sqlite);
        var email = await EnqueueAsync(h, "conference.invitation", InvitationFields(), Invitation(attendees: []));
        Assert.Equal(Contacts.Select(c => "mailto:" + c),
            Unfold(email.CalendarContent!).Where(l => l.StartsWith("ATTENDEE")).Select(l => l[(l.IndexOf(':') + 1)..]));
    }

    [Fact]
    public async Task The_outbox_pairs_each_conference_template_with_its_method()
    {
        await using var h = await MailHarness.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = h.Database.NewContext();
        Assert.Equal("MAIL_CALENDAR_METHOD_MISMATCH", Assert.Throws<DomainException>(() =>
            h.Outbox.Enqueue(db, "conference.cancelled", "vi", CancelledFields(), Contacts, Invitation())).Code);
        Assert.Equal("MAIL_CALENDAR_METHOD_MISMATCH", Assert.Throws<DomainException>(() =>
            h.Outbox.Enqueue(db, "conference.invitation", "vi", InvitationFields(), Contacts, Invitation(CalendarMethods.Cancel))).Code);
        Assert.Equal("MAIL_CALENDAR_TEMPLATE_INVALID", Assert.Throws<DomainException>(() =>
            h.Outbox.Enqueue(db, "judicial-record.ready", "vi", new Dictionary<string, object?>(), Contacts, Invitation())).Code);
        Assert.Empty(db.ChangeTracker.Entries());
    }

    [Fact]
    public void A_message_without_a_calendar_keeps_its_plain_alternative_body()
    {
        var message = MimeMessageFactory.Create(Email());
        Assert.Equal("multipart/alternative", message.Body!.ContentType.MimeType);
        Assert.Empty(message.Attachments);
    }
}
