using GraphQL;
using GraphQL.Types;
using Justice.Domain.Codification;
using Justice.Domain.Common;
using Justice.Domain.Identity;
using Justice.Domain.LegalDocuments;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Justice.Mail.Flows;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Codification;

public sealed record CodificationTopicStepInput
{
    [Id] public string TopicId { get; init; } = "";
    /// <summary>The version the client saw; a newer stored one refuses the change (CONCURRENT_CHANGE).</summary>
    public int? ExpectedVersion { get; init; }
}

public sealed record AddCodificationChapterInput
{
    [Id] public string TopicId { get; init; } = "";
    public string Number { get; init; } = "";
    public string Title { get; init; } = "";
    public int? ExpectedVersion { get; init; }
}

public sealed record UpdateCodificationChapterInput
{
    [Id] public string ChapterId { get; init; } = "";
    public string Number { get; init; } = "";
    public string Title { get; init; } = "";
    public int? ExpectedVersion { get; init; }
}

public sealed record RemoveCodificationChapterInput
{
    [Id] public string ChapterId { get; init; } = "";
    public int? ExpectedVersion { get; init; }
}

public sealed record AddCodificationArticleInput
{
    [Id] public string TopicId { get; init; } = "";
    [Id] public string? ChapterId { get; init; }
    [Id] public string? SectionId { get; init; }
    /// <summary>The article (LegalProvision) of the source document to copy.</summary>
    [Id] public string SourceProvisionId { get; init; } = "";
    /// <summary>For an article of a guiding document: the Code article it details.</summary>
    [Id] public string? GuidedArticleId { get; init; }
    public int? ExpectedVersion { get; init; }
}

public sealed record RemoveCodificationArticleInput
{
    [Id] public string ArticleId { get; init; } = "";
    public int? ExpectedVersion { get; init; }
}

public sealed record AppraiseCodificationTopicInput
{
    [Id] public string TopicId { get; init; } = "";
    /// <summary>true: appraisal passed, the topic goes to the Government; false: returned to the ministry with remarks.</summary>
    public bool Passed { get; init; }
    public string? Remarks { get; init; }
    public int? ExpectedVersion { get; init; }
}

public sealed record ApproveCodificationTopicInput
{
    [Id] public string TopicId { get; init; } = "";
    public DateOnly? ApprovedOn { get; init; }
    public string? Decision { get; init; }
    public int? ExpectedVersion { get; init; }
}

public sealed record PublishCodificationTopicInput
{
    [Id] public string TopicId { get; init; } = "";
    public DateOnly? PublishedOn { get; init; }
    public int? ExpectedVersion { get; init; }
}

public sealed class CodificationTopicStepInputType : AutoRegisteringInputObjectGraphType<CodificationTopicStepInput>
{
    public CodificationTopicStepInputType() { Name = "CodificationTopicStepInput"; Description = "Đề mục và phiên bản đã xem."; }
}
public sealed class AddCodificationChapterInputType : AutoRegisteringInputObjectGraphType<AddCodificationChapterInput>
{
    public AddCodificationChapterInputType() { Name = "AddCodificationChapterInput"; Description = "Chương mới ở cuối đề mục."; }
}
public sealed class UpdateCodificationChapterInputType : AutoRegisteringInputObjectGraphType<UpdateCodificationChapterInput>
{
    public UpdateCodificationChapterInputType() { Name = "UpdateCodificationChapterInput"; Description = "Số và tên mới của chương."; }
}
public sealed class RemoveCodificationChapterInputType : AutoRegisteringInputObjectGraphType<RemoveCodificationChapterInput>
{
    public RemoveCodificationChapterInputType() { Name = "RemoveCodificationChapterInput"; Description = "Chương trống cần xóa."; }
}
public sealed class AddCodificationArticleInputType : AutoRegisteringInputObjectGraphType<AddCodificationArticleInput>
{
    public AddCodificationArticleInputType() { Name = "AddCodificationArticleInput"; Description = "Điều pháp điển mới, sao từ một điều của văn bản nguồn."; }
}
public sealed class RemoveCodificationArticleInputType : AutoRegisteringInputObjectGraphType<RemoveCodificationArticleInput>
{
    public RemoveCodificationArticleInputType() { Name = "RemoveCodificationArticleInput"; Description = "Điều pháp điển cần xóa."; }
}
public sealed class AppraiseCodificationTopicInputType : AutoRegisteringInputObjectGraphType<AppraiseCodificationTopicInput>
{
    public AppraiseCodificationTopicInputType() { Name = "AppraiseCodificationTopicInput"; Description = "Kết quả thẩm định: đạt (trình Chính phủ) hoặc trả lại kèm ý kiến."; }
}
public sealed class ApproveCodificationTopicInputType : AutoRegisteringInputObjectGraphType<ApproveCodificationTopicInput>
{
    public ApproveCodificationTopicInputType() { Name = "ApproveCodificationTopicInput"; Description = "Ghi nhận Chính phủ thông qua đề mục (mặc định: hôm nay)."; }
}
public sealed class PublishCodificationTopicInputType : AutoRegisteringInputObjectGraphType<PublishCodificationTopicInput>
{
    public PublishCodificationTopicInputType() { Name = "PublishCodificationTopicInput"; Description = "Đăng tải đề mục đã thông qua (mặc định: hôm nay)."; }
}

public sealed class CodificationTopicPayloadType() : PayloadType<CodificationTopicGraphType, CodificationTopic>("CodificationTopicPayload", "topic");
public sealed class CodificationChapterPayloadType() : PayloadType<CodificationChapterGraphType, CodificationChapter>("CodificationChapterPayload", "chapter");
public sealed class CodificationArticlePayloadType() : PayloadType<CodificationArticleGraphType, CodificationArticle>("CodificationArticlePayload", "article");

/// <summary>
/// Entering a topic (only the ministry it is assigned to, scope <c>codification.write</c>) and its workflow:
/// submit for appraisal, appraise (pass or return), approve and publish (Ministry of Justice, scope
/// <c>codification.appraise</c>). The topic enforces every rule; a refusal comes back in <c>errors</c>.
/// </summary>
public sealed class CodificationMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CodificationTopicPayloadType>>("startCodificationTopic")
            .Description("Cơ quan được giao bắt đầu thực hiện pháp điển đề mục.")
            .Argument<NonNullGraphType<CodificationTopicStepInputType>>("input")
            .ResolveAsync(async c => await EditAsync(c, c.GetArgument<CodificationTopicStepInput>("input").TopicId,
                c.GetArgument<CodificationTopicStepInput>("input").ExpectedVersion, (topic, org) => { topic.StartEntering(org); return Task.FromResult(topic); }));

        mutation.Field<NonNullGraphType<CodificationChapterPayloadType>>("addCodificationChapter")
            .Description("Thêm chương vào cuối đề mục (cơ quan được giao).")
            .Argument<NonNullGraphType<AddCodificationChapterInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddCodificationChapterInput>("input");
                return await EditAsync(c, input.TopicId, input.ExpectedVersion,
                    (topic, org) => Task.FromResult(topic.AddChapter(org, input.Number, input.Title)));
            });

        mutation.Field<NonNullGraphType<CodificationChapterPayloadType>>("updateCodificationChapter")
            .Description("Sửa số và tên chương (cơ quan được giao).")
            .Argument<NonNullGraphType<UpdateCodificationChapterInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpdateCodificationChapterInput>("input");
                var chapterId = GlobalId.Decode(input.ChapterId, "CodificationChapter");
                return await EditAsync(c, await TopicOfAsync<CodificationChapter>(c, chapterId, ch => ch.TopicId), input.ExpectedVersion, (topic, org) =>
                {
                    var chapter = topic.Chapters.Single(ch => ch.Id == chapterId);
                    topic.RenameChapter(org, chapter, input.Number, input.Title);
                    return Task.FromResult(chapter);
                });
            });

        mutation.Field<NonNullGraphType<CodificationTopicPayloadType>>("removeCodificationChapter")
            .Description("Xóa một chương không còn điều, mục (cơ quan được giao).")
            .Argument<NonNullGraphType<RemoveCodificationChapterInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RemoveCodificationChapterInput>("input");
                var chapterId = GlobalId.Decode(input.ChapterId, "CodificationChapter");
                return await EditAsync(c, await TopicOfAsync<CodificationChapter>(c, chapterId, ch => ch.TopicId), input.ExpectedVersion, (topic, org) =>
                {
                    topic.RemoveChapter(org, topic.Chapters.Single(ch => ch.Id == chapterId));
                    return Task.FromResult(topic);
                });
            });

        mutation.Field<NonNullGraphType<CodificationArticlePayloadType>>("addCodificationArticle")
            .Description("Thêm điều pháp điển, liên kết với một điều của văn bản nguồn đang có hiệu lực (cơ quan được giao).")
            .Argument<NonNullGraphType<AddCodificationArticleInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddCodificationArticleInput>("input");
                var provisionId = GlobalId.Decode(input.SourceProvisionId, "LegalProvision");
                Guid? chapterId = input.ChapterId is { } ch ? GlobalId.Decode(ch, "CodificationChapter") : null;
                Guid? sectionId = input.SectionId is { } s ? GlobalId.Decode(s, "CodificationSection") : null;
                Guid? guidedId = input.GuidedArticleId is { } g ? GlobalId.Decode(g, "CodificationArticle") : null;
                return await EditAsync(c, input.TopicId, input.ExpectedVersion, async (topic, org) =>
                {
                    var db = c.Db();
                    var documentId = await db.Set<LegalProvision>().AsNoTracking().Where(p => p.Id == provisionId)
                        .Select(p => (Guid?)p.LegalDocumentId).FirstOrDefaultAsync(c.CancellationToken)
                        ?? throw new DomainException(ErrorCodes.NotFound, "Không tìm thấy điều của văn bản nguồn.");
                    var source = await db.Set<LegalDocument>().AsNoTracking().Include(d => d.Provisions)
                        .FirstAsync(d => d.Id == documentId, c.CancellationToken);
                    return topic.AddArticle(org,
                        chapterId is { } chId ? topic.Chapters.FirstOrDefault(x => x.Id == chId) ?? throw NotInTopic("CODE_CHAPTER_NOT_IN_TOPIC", "Chương") : null,
                        sectionId is { } sId ? topic.Sections.FirstOrDefault(x => x.Id == sId) ?? throw NotInTopic("CODE_SECTION_NOT_IN_CHAPTER", "Mục") : null,
                        source, source.Provisions.Single(p => p.Id == provisionId), CodeSymbolFormat.Default,
                        guidedId is { } gId ? topic.Articles.FirstOrDefault(x => x.Id == gId) ?? throw NotInTopic("CODE_GUIDED_ARTICLE_NOT_IN_TOPIC", "Điều được hướng dẫn") : null);
                });
            });

        mutation.Field<NonNullGraphType<CodificationTopicPayloadType>>("removeCodificationArticle")
            .Description("Xóa một điều khỏi đề mục (cơ quan được giao).")
            .Argument<NonNullGraphType<RemoveCodificationArticleInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RemoveCodificationArticleInput>("input");
                var articleId = GlobalId.Decode(input.ArticleId, "CodificationArticle");
                return await EditAsync(c, await TopicOfAsync<CodificationArticle>(c, articleId, a => a.TopicId), input.ExpectedVersion, (topic, org) =>
                {
                    topic.RemoveArticle(org, topic.Articles.Single(a => a.Id == articleId));
                    return Task.FromResult(topic);
                });
            });

        mutation.Field<NonNullGraphType<CodificationTopicPayloadType>>("submitCodificationTopic")
            .Description("Cơ quan được giao gửi đề mục để Bộ Tư pháp thẩm định.")
            .Argument<NonNullGraphType<CodificationTopicStepInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CodificationTopicStepInput>("input");
                return await EditAsync(c, input.TopicId, input.ExpectedVersion, async (topic, org) =>
                {
                    topic.SubmitForAppraisal(org);
                    await c.Service<CodificationMails>().EnqueueSubmittedAsync(c.Db(), topic, Now(c), c.CancellationToken);
                    return topic;
                });
            });

        mutation.Field<NonNullGraphType<CodificationTopicPayloadType>>("appraiseCodificationTopic")
            .Description("Bộ Tư pháp thẩm định: đạt thì trình Chính phủ, không đạt thì trả lại kèm ý kiến.")
            .Argument<NonNullGraphType<AppraiseCodificationTopicInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AppraiseCodificationTopicInput>("input");
                return await AppraiseAsync(c, input.TopicId, input.ExpectedVersion, async (topic, moj, _) =>
                {
                    if (input.Passed) topic.SubmitToGovernment(moj);
                    else
                    {
                        topic.ReturnFromAppraisal(moj, input.Remarks ?? "");
                        await c.Service<CodificationMails>().EnqueueReturnedAsync(c.Db(), topic, Now(c), c.CancellationToken);
                    }
                });
            });

        mutation.Field<NonNullGraphType<CodificationTopicPayloadType>>("approveCodificationTopic")
            .Description("Bộ Tư pháp ghi nhận Chính phủ đã thông qua đề mục.")
            .Argument<NonNullGraphType<ApproveCodificationTopicInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ApproveCodificationTopicInput>("input");
                return await AppraiseAsync(c, input.TopicId, input.ExpectedVersion, async (topic, moj, today) =>
                {
                    topic.Approve(moj, input.ApprovedOn ?? today, input.Decision);
                    await c.Service<CodificationMails>().EnqueueApprovedAsync(c.Db(), topic, Now(c), c.CancellationToken);
                });
            });

        mutation.Field<NonNullGraphType<CodificationTopicPayloadType>>("publishCodificationTopic")
            .Description("Bộ Tư pháp đăng tải đề mục đã được thông qua vào Bộ pháp điển.")
            .Argument<NonNullGraphType<PublishCodificationTopicInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<PublishCodificationTopicInput>("input");
                return await AppraiseAsync(c, input.TopicId, input.ExpectedVersion, (topic, moj, today) =>
                {
                    topic.Publish(moj, input.PublishedOn ?? today);
                    return Task.CompletedTask;
                });
            });
    }

    /// <summary>An edit by the assigned ministry: the caller acts for its own organisation, which the topic checks.</summary>
    private static async Task<Payload<T>> EditAsync<T>(IResolveFieldContext c, string topicId, int? expectedVersion,
        Func<CodificationTopic, Guid, Task<T>> change) where T : class
    {
        var caller = c.RequireScope(JusticeScopes.CodificationWrite);
        var id = GlobalId.Decode(topicId, "CodificationTopic");
        return await EditAsync(c, id, expectedVersion, topic => change(topic, caller.OrganisationId ?? Guid.Empty));
    }

    private static async Task<Payload<T>> EditAsync<T>(IResolveFieldContext c, Guid? topicId, int? expectedVersion,
        Func<CodificationTopic, Guid, Task<T>> change) where T : class
    {
        var caller = c.RequireScope(JusticeScopes.CodificationWrite);
        return await EditAsync(c, topicId, expectedVersion, topic => change(topic, caller.OrganisationId ?? Guid.Empty));
    }

    private static async Task<Payload<T>> EditAsync<T>(IResolveFieldContext c, Guid? topicId, int? expectedVersion,
        Func<CodificationTopic, Task<T>> change) where T : class => await Mutations.RunAsync(async () =>
    {
        var db = c.Db();
        var topic = await LoadAsync(db, topicId, c.CancellationToken);
        Mutations.CheckVersion(topic, expectedVersion);
        var result = await change(topic);
        // Chapters and articles are rows of their own: the topic's version moves with them so a stale edit is caught.
        db.Entry(topic).Property(t => t.Version).IsModified = true;
        // The search index learns of the change through the outbox, in the same transaction.
        Justice.Search.Indexing.SearchOutbox.CodeTopicChanged(db, topic.Id, c.Service<TimeProvider>());
        await db.SaveChangesAsync(c.CancellationToken);
        return result;
    });

    /// <summary>A step of the Ministry of Justice: the caller must act for it (the Ministry, one of its units, or an administrator).</summary>
    private static async Task<Payload<CodificationTopic>> AppraiseAsync(IResolveFieldContext c, string topicId, int? expectedVersion,
        Func<CodificationTopic, Organisation, DateOnly, Task> step)
    {
        var caller = c.RequireScope(JusticeScopes.CodificationAppraise);
        var id = GlobalId.Decode(topicId, "CodificationTopic");
        return await EditAsync(c, id, expectedVersion, async topic =>
        {
            var moj = await ActingForMinistryOfJusticeAsync(c, caller);
            await step(topic, moj, VietnamTime.LocalDate(Now(c)));
            return topic;
        });
    }

    private static async Task<Organisation> ActingForMinistryOfJusticeAsync(IResolveFieldContext c, Caller caller)
    {
        var organisations = c.Db().Set<Organisation>().AsNoTracking();
        var own = caller.OrganisationId is { } orgId ? await organisations.FirstOrDefaultAsync(o => o.Id == orgId, c.CancellationToken) : null;
        var ministry = await organisations.FirstOrDefaultAsync(
            o => o.Kind == OrganisationKind.Ministry && o.Code == CodificationTopic.AppraisingMinistryCode, c.CancellationToken);
        // The Ministry's departments act for it; so does a national administrator without an organisation.
        var actsForMinistry = ministry is not null && (own?.Kind == OrganisationKind.MinistryOfJusticeUnit && own.ParentId == ministry.Id
                                                       || own is null && caller.IsAdministrator);
        return actsForMinistry ? ministry! : own
            ?? throw new DomainException("TOPIC_APPRAISAL_BY_MOJ_ONLY", "Chỉ Bộ Tư pháp thực hiện thẩm định và trình, đăng tải đề mục.");
    }

    private static async Task<CodificationTopic> LoadAsync(JusticeDbContext db, Guid? topicId, CancellationToken cancellationToken) =>
        topicId is { } id
            ? await db.Set<CodificationTopic>().Include(t => t.Chapters).Include(t => t.Sections).Include(t => t.Articles).AsSplitQuery()
                  .FirstOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw TopicNotFound()
            : throw TopicNotFound();

    private static async Task<Guid?> TopicOfAsync<T>(IResolveFieldContext c, Guid id, System.Linq.Expressions.Expression<Func<T, Guid>> topicId)
        where T : Entity =>
        await c.Db().Set<T>().AsNoTracking().Where(e => e.Id == id).Select(topicId).Select(t => (Guid?)t).FirstOrDefaultAsync(c.CancellationToken);

    private static DateTime Now(IResolveFieldContext c) => c.Service<TimeProvider>().GetUtcNow().UtcDateTime;

    private static DomainException TopicNotFound() => new(ErrorCodes.NotFound, "Không tìm thấy đề mục hoặc phần của đề mục.");

    private static DomainException NotInTopic(string code, string what) => new(code, $"{what} không thuộc đề mục này.");
}
