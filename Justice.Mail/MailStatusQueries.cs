using Justice.Domain.Common;
using Justice.Domain.Mail;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Mail;

/// <summary>
/// Which messages to list. <paramref name="Flow"/> is a template key (<c>judicial-record.refused</c>) or a family
/// (<c>judicial-record</c>); <paramref name="Recipient"/> matches any part of an address, ignoring case.
/// </summary>
public sealed record MailMessageFilter(OutgoingEmailStatus? Status = null, string? Flow = null, string? Recipient = null);

/// <summary>One line of the staff list of outgoing mail (no bodies).</summary>
public sealed record MailMessageSummary(
    Guid Id,
    string MessageId,
    string TemplateKey,
    IReadOnlyList<string> To,
    string Subject,
    OutgoingEmailStatus Status,
    int Attempts,
    string? LastError,
    DateTime CreatedAt,
    DateTime? LastAttemptAt,
    DateTime NextAttemptAt,
    DateTime? SentAt,
    int TemplateVersion);

/// <summary>
/// One message in full, for the staff page of a delivery: its attempts (counted since it was created or last
/// retried by hand), the last error with the server's reply, and what was sent.
/// </summary>
public sealed record MailMessageDetail(
    MailMessageSummary Summary,
    int TemplateVersion,
    string From,
    string? ReplyTo,
    string TextBody,
    string HtmlBody,
    string? CalendarMethod,
    string? ListUnsubscribeUrl)
{
    /// <summary>A dead letter staff may send again (<see cref="MailStatusQueries.RetryDeadLetterAsync"/>).</summary>
    public bool CanRetry => Summary.Status == OutgoingEmailStatus.PermanentFailure;
}

public sealed record MailMessagePage(IReadOnlyList<MailMessageSummary> Items, int TotalCount, int Skip, int Take);

/// <summary>
/// Delivery status of outgoing mail for staff (trạng thái gửi thư), and sending a dead letter again. Reads and
/// writes through the caller's context; the GraphQL layer exposes it with its own authorization.
/// </summary>
public sealed class MailStatusQueries(JusticeDbContext db, TimeProvider clock)
{
    public const int MaxTake = 200;

    /// <summary>Newest first. <paramref name="take"/> is capped at <see cref="MaxTake"/>.</summary>
    public async Task<MailMessagePage> ListAsync(MailMessageFilter? filter = null, int skip = 0, int take = 50,
        CancellationToken cancellationToken = default)
    {
        if (skip < 0) throw new DomainException("PAGING_INVALID", "Vị trí bắt đầu không được âm.");
        if (take < 1) throw new DomainException("PAGING_INVALID", "Số dòng mỗi trang phải từ 1 trở lên.");
        take = Math.Min(take, MaxTake);
        var query = Filtered(filter ?? new MailMessageFilter());
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
            .Skip(skip).Take(take)
            .Select(e => new
            {
                e.Id, e.MessageId, e.TemplateKey, e.ToAddresses, e.Subject, e.Status, e.Attempts, e.LastError,
                e.CreatedAt, e.LastAttemptAt, e.NextAttemptAt, e.SentAt, e.TemplateVersion,
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new MailMessageSummary(r.Id, r.MessageId, r.TemplateKey, r.ToAddresses.Split(','),
            r.Subject, r.Status, r.Attempts, r.LastError, r.CreatedAt, r.LastAttemptAt, r.NextAttemptAt, r.SentAt, r.TemplateVersion)).ToList();
        return new MailMessagePage(items, total, skip, take);
    }

    /// <summary>The message, or null when there is none with this id.</summary>
    public async Task<MailMessageDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var email = await db.Set<OutgoingEmail>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        return email is null ? null : Detail(email);
    }

    /// <summary>
    /// Sends a dead letter again: queued now with a fresh count of attempts and the same Message-ID; the last error
    /// stays for reference until the next attempt. Refused with <c>MAIL_NOT_FOUND</c> for an unknown id and
    /// <c>MAIL_TRANSITION_REFUSED</c> for a message that is not a dead letter (queued, being sent or sent).
    /// </summary>
    public async Task<MailMessageDetail> RetryDeadLetterAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var email = await db.Set<OutgoingEmail>().SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new DomainException("MAIL_NOT_FOUND", "Không tìm thấy thư.");
        if (email.Status != OutgoingEmailStatus.PermanentFailure)
            throw new DomainException("MAIL_TRANSITION_REFUSED", "Chỉ gửi lại được thư đã bị từ chối hoặc gửi không thành công.");
        email.Retry(clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(email).State = EntityState.Detached;
            throw new DomainException("MAIL_CHANGED_CONCURRENTLY", "Thư vừa được người khác xử lý; vui lòng tải lại.");
        }
        return Detail(email);
    }

    private IQueryable<OutgoingEmail> Filtered(MailMessageFilter filter)
    {
        var query = db.Set<OutgoingEmail>().AsNoTracking();
        if (filter.Status is { } status) query = query.Where(e => e.Status == status);
        if (VietnameseText.NormalizeOptional(filter.Flow) is { } flow)
        {
            var family = flow + ".";
            query = query.Where(e => e.TemplateKey == flow || e.TemplateKey.StartsWith(family));
        }
        if (VietnameseText.NormalizeOptional(filter.Recipient) is { } recipient)
        {
            var lower = recipient.ToLowerInvariant();
            query = query.Where(e => e.ToAddresses.ToLower().Contains(lower));
        }
        return query;
    }

    private static MailMessageDetail Detail(OutgoingEmail e) => new(
        new MailMessageSummary(e.Id, e.MessageId, e.TemplateKey, e.To, e.Subject, e.Status, e.Attempts, e.LastError,
            e.CreatedAt, e.LastAttemptAt, e.NextAttemptAt, e.SentAt, e.TemplateVersion),
        e.TemplateVersion,
        e.FromName is null ? e.FromAddress : $"{e.FromName} <{e.FromAddress}>",
        e.ReplyTo, e.TextBody, e.HtmlBody, e.CalendarMethod, e.ListUnsubscribeUrl);
}
