using Justice.Domain.JudicialRecords;
using Justice.Domain.Organisations;
using Justice.Domain.Mail;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Mail.Flows;

/// <summary>
/// Tells an applicant who left an e-mail address that the application was received, that the certificate is
/// ready, or that it was refused. Queued into the caller's context: the caller's SaveChanges commits the mail with
/// the step, or neither. An application without an address sends nothing.
/// </summary>
public sealed class JudicialRecordMails(EmailOutbox outbox, MailLinks links)
{
    public const string Received = "judicial-record.received";
    public const string Ready = "judicial-record.ready";
    public const string Refused = "judicial-record.refused";
    private const string NationalCentre = "Trung tâm Lý lịch tư pháp quốc gia";

    public OutgoingEmail? EnqueueReceived(JusticeDbContext db, JudicialRecordCertificateApplication application, JudicialRecordsOptions? options = null)
    {
        if (application.ApplicantEmail is not { } to) return null;
        return outbox.Enqueue(db, Received, "vi", new Dictionary<string, object?>
        {
            ["applicantName"] = application.ApplicantFullName,
            ["applicationNumber"] = application.TrackingCode,
            ["receivedOn"] = application.ReceivedOn,
            ["fee"] = (options ?? JudicialRecordsOptions.Default).FeeFor(application.Copies),
            ["expectedOn"] = application.Deadline,
            ["trackingUrl"] = links.JudicialRecordStatus(),
        }, [to]);
    }

    /// <summary>The certificate was issued: where to collect it (the processing office, or the post for a postal delivery).</summary>
    public async Task<OutgoingEmail?> EnqueueReadyAsync(JusticeDbContext db, JudicialRecordCertificateApplication application,
        CancellationToken cancellationToken)
    {
        if (application.ApplicantEmail is not { } to) return null;
        var office = application.ProcessingOrganisationId is { } id
            ? await db.Set<Organisation>().AsNoTracking().Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        var place = application.Delivery == CertificateDelivery.ByPost
            ? $"gửi qua bưu điện tới {application.ApplicantAddress}"
            : office ?? NationalCentre;
        return outbox.Enqueue(db, Ready, "vi", new Dictionary<string, object?>
        {
            ["applicantName"] = application.ApplicantFullName,
            ["applicationNumber"] = application.TrackingCode,
            ["readyOn"] = application.DecidedOn,
            ["pickupPlace"] = place,
            ["trackingUrl"] = links.JudicialRecordStatus(),
        }, [to]);
    }

    public OutgoingEmail? EnqueueRefused(JusticeDbContext db, JudicialRecordCertificateApplication application)
    {
        if (application.ApplicantEmail is not { } to) return null;
        return outbox.Enqueue(db, Refused, "vi", new Dictionary<string, object?>
        {
            ["applicantName"] = application.ApplicantFullName,
            ["applicationNumber"] = application.TrackingCode,
            ["refusedOn"] = application.DecidedOn,
            ["reason"] = application.RefusalReason,
            ["trackingUrl"] = links.JudicialRecordStatus(),
        }, [to]);
    }
}
