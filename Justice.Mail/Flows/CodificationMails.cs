using Justice.Domain.Codification;
using Justice.Domain.Identity;
using Justice.Domain.Organisations;
using Justice.Domain.Mail;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Mail.Flows;

/// <summary>
/// A Code topic was submitted for appraisal, returned with remarks, or approved: the assigned ministry's editors
/// (role <see cref="StaffRoles.CodificationEditor"/> of that ministry) and the Ministry of Justice's appraisers
/// (role <see cref="StaffRoles.CodificationAppraiser"/>) each get a message of their own, queued into the
/// caller's context with the step.
/// </summary>
public sealed class CodificationMails(EmailOutbox outbox, MailLinks links)
{
    public const string Submitted = "codification.submitted";
    public const string Returned = "codification.returned";
    public const string Approved = "codification.approved";

    public Task<IReadOnlyList<OutgoingEmail>> EnqueueSubmittedAsync(JusticeDbContext db, CodificationTopic topic, DateTime now,
        CancellationToken cancellationToken) =>
        EnqueueAsync(db, topic, Submitted, now, ministry => new Dictionary<string, object?> { ["submittedOn"] = now }, cancellationToken);

    public Task<IReadOnlyList<OutgoingEmail>> EnqueueReturnedAsync(JusticeDbContext db, CodificationTopic topic, DateTime now,
        CancellationToken cancellationToken) =>
        EnqueueAsync(db, topic, Returned, now, ministry => new Dictionary<string, object?>
        {
            ["returnedOn"] = now,
            ["remarks"] = topic.AppraisalRemarks,
        }, cancellationToken);

    public Task<IReadOnlyList<OutgoingEmail>> EnqueueApprovedAsync(JusticeDbContext db, CodificationTopic topic, DateTime now,
        CancellationToken cancellationToken) =>
        EnqueueAsync(db, topic, Approved, now, ministry => new Dictionary<string, object?> { ["approvedOn"] = topic.ApprovedOn }, cancellationToken);

    private async Task<IReadOnlyList<OutgoingEmail>> EnqueueAsync(JusticeDbContext db, CodificationTopic topic, string template, DateTime now,
        Func<string, Dictionary<string, object?>> stepFields, CancellationToken cancellationToken)
    {
        var ministry = await db.Set<Organisation>().AsNoTracking().Where(o => o.Id == topic.AssignedMinistryId)
            .Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var editors = await MailRecipients.StaffAsync(db, StaffRoles.CodificationEditor, topic.AssignedMinistryId, now, cancellationToken);
        var appraisers = await MailRecipients.StaffAsync(db, StaffRoles.CodificationAppraiser, null, now, cancellationToken);
        var fields = stepFields(ministry);
        fields["topicTitle"] = $"{topic.Code}. {topic.Name}";
        fields["ministryName"] = ministry;
        fields["topicUrl"] = links.CodificationTopic(topic.Id);
        return outbox.EnqueueEach(db, template, "vi", fields, editors.Concat(appraisers));
    }
}
