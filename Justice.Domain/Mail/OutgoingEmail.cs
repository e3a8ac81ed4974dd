using Justice.Domain.Common;

namespace Justice.Domain.Mail;

public enum OutgoingEmailStatus { Queued, Sending, Sent, TemporaryFailure, PermanentFailure }

/// <summary>The iTIP method (RFC 5546) of a message's calendar part: an invitation or change, or a cancellation.</summary>
public static class CalendarMethods
{
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";

    public static bool IsKnown(string? method) => method is Request or Cancel;
}

/// <summary>
/// One official e-mail (thư điện tử gửi đi) waiting in, or passed through, the outbox. It is written in the same
/// transaction as the change that causes it, so it is never lost nor sent for a change that rolled back.
/// <para>
/// <see cref="MessageId"/> is fixed when the message is created and reused on every attempt: if a node crashes
/// after the SMTP server accepted the message but before <see cref="MarkSent"/> was committed, the message is
/// sent again after the lease expires, with the same Message-ID, and the receiving side can recognise the copy.
/// </para>
/// </summary>
public sealed class OutgoingEmail : AggregateRoot
{
    public const int MaxRecipients = 100;
    public const int MaxBodyLength = 1_000_000;
    public const int MaxErrorLength = 2000;
    public const string DefaultMessageIdDomain = "moj.gov.vn";
    public const int MaxCalendarLength = 200_000;
    public const int MaxUrlLength = 1000;

    private static readonly WorkflowTransitions<OutgoingEmailStatus> Transitions = new("MAIL_TRANSITION_REFUSED",
        (OutgoingEmailStatus.Queued, OutgoingEmailStatus.Sending),
        (OutgoingEmailStatus.TemporaryFailure, OutgoingEmailStatus.Sending),
        // A lease that ran out: the node that held it is presumed dead.
        (OutgoingEmailStatus.Sending, OutgoingEmailStatus.Sending),
        (OutgoingEmailStatus.Sending, OutgoingEmailStatus.Sent),
        (OutgoingEmailStatus.Sending, OutgoingEmailStatus.TemporaryFailure),
        (OutgoingEmailStatus.Sending, OutgoingEmailStatus.PermanentFailure),
        (OutgoingEmailStatus.PermanentFailure, OutgoingEmailStatus.Queued));

    private OutgoingEmail() { }

    public OutgoingEmail(string templateKey, int templateVersion, string fromAddress, string? fromName, string? replyTo,
        IEnumerable<string> to, string subject, string htmlBody, string textBody, DateTime now,
        string messageIdDomain = DefaultMessageIdDomain)
    {
        EnsureUtc(now);
        TemplateKey = VietnameseText.Required(templateKey, "Mã mẫu thư", 100);
        if (templateVersion < 1)
            throw new DomainException("MAIL_TEMPLATE_VERSION_INVALID", "Phiên bản mẫu thư phải từ 1 trở lên.");
        TemplateVersion = templateVersion;
        FromAddress = EmailAddress.Required(fromAddress, "Địa chỉ người gửi");
        FromName = VietnameseText.NormalizeOptional(fromName);
        ReplyTo = replyTo is null || VietnameseText.NormalizeOptional(replyTo) is null
            ? null : EmailAddress.Required(replyTo, "Địa chỉ trả lời");
        var recipients = (to ?? []).Select(a => EmailAddress.Required(a, "Địa chỉ người nhận"))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (recipients.Count == 0)
            throw new DomainException("MAIL_RECIPIENT_REQUIRED", "Thư phải có ít nhất một người nhận.");
        if (recipients.Count > MaxRecipients)
            throw new DomainException("MAIL_TOO_MANY_RECIPIENTS", $"Một thư không được gửi quá {MaxRecipients} người nhận.");
        ToAddresses = string.Join(',', recipients);
        // Normalize collapses line breaks, which also keeps header injection out of the subject.
        Subject = VietnameseText.Required(subject, "Tiêu đề thư", 400);
        HtmlBody = LongText.Required(htmlBody, "Nội dung HTML", MaxBodyLength);
        TextBody = LongText.Required(textBody, "Nội dung văn bản", MaxBodyLength);
        var domain = VietnameseText.Required(messageIdDomain, "Tên miền Message-ID", 200).ToLowerInvariant();
        if (!EmailAddress.IsValid("x@" + domain))
            throw new DomainException("MAIL_MESSAGE_ID_DOMAIN_INVALID", $"Tên miền '{domain}' không hợp lệ cho Message-ID.");
        MessageId = $"<{Id:N}@{domain}>";
        CreatedAt = now;
        NextAttemptAt = now;
        Status = OutgoingEmailStatus.Queued;
    }

    /// <summary>RFC 5322 Message-ID with angle brackets, e.g. <c>&lt;0193…@moj.gov.vn&gt;</c>.</summary>
    public string MessageId { get; private set; } = "";
    /// <summary>The flow's template (e.g. <c>legal-question.answered</c>) and the version the text was rendered from.</summary>
    public string TemplateKey { get; private set; } = "";
    public int TemplateVersion { get; private set; }
    public string FromAddress { get; private set; } = "";
    public string? FromName { get; private set; }
    public string? ReplyTo { get; private set; }
    /// <summary>Validated addresses joined by commas (an address can hold none).</summary>
    public string ToAddresses { get; private set; } = "";
    public IReadOnlyList<string> To => ToAddresses.Split(',');
    public string Subject { get; private set; } = "";
    public string HtmlBody { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    /// <summary><see cref="CalendarMethods.Request"/> or <see cref="CalendarMethods.Cancel"/> when the message carries an iCalendar part; otherwise null.</summary>
    public string? CalendarMethod { get; private set; }
    /// <summary>The iCalendar object (RFC 5545, CRLF line endings) sent with the message, exactly as built.</summary>
    public string? CalendarContent { get; private set; }
    public bool HasCalendar => CalendarMethod is not null;
    /// <summary>
    /// The unsubscribe link of a message sent to a subscriber, sent as <c>List-Unsubscribe</c> with one-click
    /// unsubscription (RFC 8058); null for every other message.
    /// </summary>
    public string? ListUnsubscribeUrl { get; private set; }
    public OutgoingEmailStatus Status { get; private set; }
    /// <summary>Attempts started since the message was created or last retried by hand.</summary>
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>
    /// When a dispatcher may take the message: after creation, the retry time after a temporary failure, or,
    /// while <see cref="OutgoingEmailStatus.Sending"/>, the end of the sending node's lease.
    /// </summary>
    public DateTime NextAttemptAt { get; private set; }
    public DateTime? LastAttemptAt { get; private set; }
    public DateTime? SentAt { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>
    /// Adds the calendar part (an invitation, change or cancellation). Only once, and only before the first attempt:
    /// every attempt must send the same bytes. The content must be a VCALENDAR whose METHOD is <paramref name="method"/>;
    /// it is kept verbatim (its CRLF line endings and folding are part of the format).
    /// </summary>
    public void AttachCalendar(string method, string content)
    {
        var normalized = (method ?? "").Trim().ToUpperInvariant();
        if (!CalendarMethods.IsKnown(normalized))
            throw new DomainException("MAIL_CALENDAR_METHOD_INVALID", $"Phương thức lịch '{method}' không được hỗ trợ (REQUEST hoặc CANCEL).");
        if (string.IsNullOrWhiteSpace(content))
            throw new DomainException("MAIL_CALENDAR_REQUIRED", "Nội dung lịch không được để trống.");
        if (content.Length > MaxCalendarLength)
            throw new DomainException("MAIL_CALENDAR_TOO_LONG", $"Nội dung lịch dài quá {MaxCalendarLength} ký tự.");
        if (!content.StartsWith("BEGIN:VCALENDAR\r\n", StringComparison.Ordinal)
            || !content.TrimEnd('\r', '\n').EndsWith("\r\nEND:VCALENDAR", StringComparison.Ordinal))
            throw new DomainException("MAIL_CALENDAR_INVALID", "Nội dung lịch phải là một đối tượng VCALENDAR (dòng kết thúc bằng CRLF).");
        if (!content.Contains($"\r\nMETHOD:{normalized}\r\n", StringComparison.Ordinal))
            throw new DomainException("MAIL_CALENDAR_METHOD_MISMATCH", $"Nội dung lịch không có METHOD:{normalized}.");
        if (CalendarMethod is not null)
            throw new DomainException("MAIL_CALENDAR_ALREADY_ATTACHED", "Thư đã có lịch đính kèm.");
        if (Status != OutgoingEmailStatus.Queued || Attempts > 0)
            throw new DomainException("MAIL_CALENDAR_NOT_EDITABLE", "Chỉ có thể đính kèm lịch trước lần gửi đầu tiên.");
        CalendarMethod = normalized;
        CalendarContent = content;
    }

    /// <summary>
    /// Makes the message a subscription mail that the recipient can leave in one click: <paramref name="url"/> must be an
    /// absolute http(s) link that unsubscribes on POST. Only once, and only before the first attempt.
    /// </summary>
    public void SetListUnsubscribe(string url)
    {
        var text = (url ?? "").Trim();
        if (text.Length is 0 or > MaxUrlLength || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("https" or "http") || text.IndexOfAny(['<', '>', ',', ' ', '\r', '\n']) >= 0)
            throw new DomainException("MAIL_UNSUBSCRIBE_URL_INVALID", $"Đường dẫn hủy đăng ký '{text}' không hợp lệ.");
        if (ListUnsubscribeUrl is not null)
            throw new DomainException("MAIL_UNSUBSCRIBE_ALREADY_SET", "Thư đã có đường dẫn hủy đăng ký.");
        if (Status != OutgoingEmailStatus.Queued || Attempts > 0)
            throw new DomainException("MAIL_UNSUBSCRIBE_NOT_EDITABLE", "Chỉ đặt được đường dẫn hủy đăng ký trước lần gửi đầu tiên.");
        ListUnsubscribeUrl = text;
    }

    /// <summary>
    /// Derives the Message-ID from what the message is about (<paramref name="key"/>: lower-case letters, digits, dots
    /// and hyphens), so that a notice meant to be sent once is queued once: the unique index on <see cref="MessageId"/>
    /// refuses a second message with the same key, even from another node. Only before the first attempt.
    /// </summary>
    public void UseDeduplicationKey(string key)
    {
        var text = (key ?? "").Trim();
        if (text.Length is 0 or > 200 || !text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-'))
            throw new DomainException("MAIL_DEDUPLICATION_KEY_INVALID", $"Khóa chống gửi trùng '{text}' không hợp lệ.");
        if (Status != OutgoingEmailStatus.Queued || Attempts > 0)
            throw new DomainException("MAIL_MESSAGE_ID_NOT_EDITABLE", "Chỉ đổi được Message-ID trước lần gửi đầu tiên.");
        MessageId = $"<{text}{MessageId[MessageId.IndexOf('@')..]}";
    }

    public bool IsDue(DateTime now) =>
        Status is OutgoingEmailStatus.Queued or OutgoingEmailStatus.TemporaryFailure or OutgoingEmailStatus.Sending
        && NextAttemptAt <= now;

    /// <summary>
    /// Takes the message for one attempt, until <paramref name="leaseUntil"/>. Must be committed before the
    /// message reaches SMTP, so that a crash leaves it in Sending and another dispatcher resumes it after the lease.
    /// </summary>
    public void MarkSending(DateTime now, DateTime leaseUntil)
    {
        EnsureUtc(now);
        EnsureUtc(leaseUntil);
        if (Status == OutgoingEmailStatus.Sending && NextAttemptAt > now)
            throw new DomainException("MAIL_SENDING_IN_PROGRESS", "Thư đang được gửi bởi một tiến trình khác.");
        if (Status is OutgoingEmailStatus.Queued or OutgoingEmailStatus.TemporaryFailure && NextAttemptAt > now)
            throw new DomainException("MAIL_NOT_DUE", "Chưa đến thời điểm gửi lại thư.");
        if (leaseUntil <= now)
            throw new DomainException("MAIL_LEASE_INVALID", "Thời hạn giữ thư phải sau thời điểm hiện tại.");
        Transitions.Ensure(Status, OutgoingEmailStatus.Sending);
        Status = OutgoingEmailStatus.Sending;
        Attempts++;
        LastAttemptAt = now;
        NextAttemptAt = leaseUntil;
    }

    /// <summary>
    /// Holds a due message back until <paramref name="until"/> without spending an attempt (a recipient domain's
    /// rate limit is reached). Only a message waiting to be sent (or whose sending lease ran out) can be deferred,
    /// and only later than it was due.
    /// </summary>
    public void Defer(DateTime until)
    {
        EnsureUtc(until);
        if (Status is not (OutgoingEmailStatus.Queued or OutgoingEmailStatus.TemporaryFailure or OutgoingEmailStatus.Sending))
            throw new DomainException("MAIL_TRANSITION_REFUSED", "Chỉ có thể hoãn thư đang chờ gửi.");
        if (until > NextAttemptAt) NextAttemptAt = until;
    }

    public void MarkSent(DateTime now)
    {
        EnsureUtc(now);
        Transitions.Ensure(Status, OutgoingEmailStatus.Sent);
        Status = OutgoingEmailStatus.Sent;
        SentAt = now;
    }

    /// <summary>
    /// A failure worth retrying (SMTP 4xx, lost connection): retried at <paramref name="retryAt"/>, or dead-lettered
    /// once <paramref name="maxAttempts"/> attempts have been made.
    /// </summary>
    public void MarkTemporaryFailure(string error, DateTime retryAt, int maxAttempts)
    {
        EnsureUtc(retryAt);
        if (maxAttempts < 1)
            throw new DomainException("MAIL_MAX_ATTEMPTS_INVALID", "Số lần gửi tối đa phải từ 1 trở lên.");
        var target = Attempts >= maxAttempts ? OutgoingEmailStatus.PermanentFailure : OutgoingEmailStatus.TemporaryFailure;
        Transitions.Ensure(Status, target);
        Status = target;
        LastError = Truncate(target == OutgoingEmailStatus.PermanentFailure
            ? $"Đã thử {Attempts} lần: {error}" : error);
        NextAttemptAt = retryAt;
    }

    /// <summary>The server refused the message for good (SMTP 5xx): dead letter, with its reply.</summary>
    public void MarkPermanentFailure(string error)
    {
        Transitions.Ensure(Status, OutgoingEmailStatus.PermanentFailure);
        Status = OutgoingEmailStatus.PermanentFailure;
        LastError = Truncate(error);
    }

    /// <summary>Staff send a dead letter again: queued now, with a fresh count of attempts; the last error stays for reference.</summary>
    public void Retry(DateTime now)
    {
        EnsureUtc(now);
        Transitions.Ensure(Status, OutgoingEmailStatus.Queued);
        Status = OutgoingEmailStatus.Queued;
        Attempts = 0;
        NextAttemptAt = now;
    }

    private static string Truncate(string error)
    {
        var text = string.IsNullOrWhiteSpace(error) ? "(không rõ lỗi)" : error.Trim();
        return text.Length > MaxErrorLength ? text[..MaxErrorLength] : text;
    }

    private static void EnsureUtc(DateTime value) => VietnamTime.RequireUtc(value);
}
