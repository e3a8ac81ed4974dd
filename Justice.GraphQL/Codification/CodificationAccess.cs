using Justice.Domain.Codification;
using Justice.Domain.Identity;
using Justice.GraphQL.Access;

namespace Justice.GraphQL.Codification;

/// <summary>
/// Who reads which part of the Code: everyone reads the topics the Government approved or that are
/// published; topics not started, being entered, under appraisal, before the Government or being updated
/// are working drafts and need <c>codification.read</c>. Applied on every query that reaches a topic.
/// </summary>
public static class CodificationAccess
{
    public static bool SeesDrafts(this Caller caller) => caller.Has(JusticeScopes.CodificationRead);

    public static bool IsPublic(CodificationTopicStatus status) =>
        status is CodificationTopicStatus.Approved or CodificationTopicStatus.Published;

    public static IQueryable<CodificationTopic> VisibleTo(this IQueryable<CodificationTopic> topics, Caller caller) =>
        caller.SeesDrafts()
            ? topics
            : topics.Where(t => t.Status == CodificationTopicStatus.Approved || t.Status == CodificationTopicStatus.Published);
}
