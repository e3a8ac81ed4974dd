using Justice.Domain.Common;
using Justice.Domain.Identity;
using Justice.Domain.Organisations;
using Justice.Domain.Mail;
using Justice.Domain.Persistence;
using Justice.Domain.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Justice.Mail.Flows;

/// <summary>
/// A statistics report returned with remarks, or overdue: the reporting unit's reporters (role
/// <see cref="StaffRoles.StatisticsReporter"/> of the unit's organisation) each get a message of their own.
/// </summary>
public sealed class StatisticsMails(EmailOutbox outbox, MailLinks links)
{
    public const string Returned = "statistics.returned";
    public const string Overdue = "statistics.overdue";

    public async Task<IReadOnlyList<OutgoingEmail>> EnqueueReturnedAsync(JusticeDbContext db, StatisticalReport report, DateTime now,
        CancellationToken cancellationToken)
    {
        var about = await AboutAsync(db, report, cancellationToken);
        var reporters = await MailRecipients.StaffAsync(db, StaffRoles.StatisticsReporter, about.OrganisationId, now, cancellationToken);
        return outbox.EnqueueEach(db, Returned, "vi", new Dictionary<string, object?>
        {
            ["unitName"] = about.UnitName,
            ["reportTitle"] = about.FormTitle,
            ["period"] = about.Period.Label,
            ["returnedOn"] = report.ReviewedAt ?? now,
            ["remarks"] = report.ReturnRemarks,
            ["reportUrl"] = links.Statistics(),
        }, reporters);
    }

    /// <summary>
    /// The overdue reminder of one report. Each message's Message-ID is derived from the report and the address, so
    /// the outbox's unique index keeps it to one per report and recipient, however often and on however many nodes
    /// the sweep runs; the caller saves (and treats a unique-key refusal as "already queued").
    /// </summary>
    public async Task<IReadOnlyList<OutgoingEmail>> EnqueueOverdueAsync(JusticeDbContext db, StatisticalReport report, DateTime now,
        CancellationToken cancellationToken)
    {
        var about = await AboutAsync(db, report, cancellationToken);
        var today = VietnamTime.LocalDate(now);
        if (report.Status is not (StatisticalReportStatus.Draft or StatisticalReportStatus.Returned) || !about.Period.IsOverdue(today))
            return [];
        var reporters = await MailRecipients.StaffAsync(db, StaffRoles.StatisticsReporter, about.OrganisationId, now, cancellationToken);
        var queued = outbox.EnqueueEach(db, Overdue, "vi", new Dictionary<string, object?>
        {
            ["unitName"] = about.UnitName,
            ["reportTitle"] = about.FormTitle,
            ["period"] = about.Period.Label,
            ["dueOn"] = about.Period.DueDate,
            ["daysOverdue"] = today.DayNumber - about.Period.DueDate.DayNumber,
            ["reportUrl"] = links.Statistics(),
        }, reporters);
        foreach (var email in queued) email.UseDeduplicationKey(OverdueKey(report.Id, email.To[0]));
        return queued;
    }

    /// <summary>One reminder per report (a report belongs to one period) and recipient.</summary>
    public static string OverdueKey(Guid reportId, string address) =>
        $"statistics-overdue.{reportId:N}.{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(address.ToLowerInvariant())))[..16]}";

    private sealed record ReportContext(Guid OrganisationId, string UnitName, string FormTitle, ReportingPeriod Period);

    private static async Task<ReportContext> AboutAsync(JusticeDbContext db, StatisticalReport report, CancellationToken cancellationToken)
    {
        var unit = await (from u in db.Set<ReportingUnit>().AsNoTracking()
                          join o in db.Set<Organisation>().AsNoTracking() on u.OrganisationId equals o.Id
                          where u.Id == report.ReportingUnitId
                          select new { u.OrganisationId, o.Name }).FirstAsync(cancellationToken);
        var form = await db.Set<StatisticalForm>().AsNoTracking().Where(f => f.Id == report.FormId).Select(f => f.Title).FirstAsync(cancellationToken);
        var period = await db.Set<ReportingPeriod>().AsNoTracking().FirstAsync(p => p.Id == report.PeriodId, cancellationToken);
        return new ReportContext(unit.OrganisationId, unit.Name, form, period);
    }
}
