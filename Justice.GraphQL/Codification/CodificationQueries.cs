using GraphQL;
using GraphQL.Types;
using Justice.Domain.Codification;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Codification;

/// <summary>The filters of the <c>codificationTopics</c> list; all optional, combined with AND.</summary>
public sealed record CodificationTopicFilter
{
    [Id] public string? SubjectId { get; init; }
    [Id] public string? AssignedMinistryId { get; init; }
    public IReadOnlyList<CodificationTopicStatus>? Statuses { get; init; }
    public string? NameContains { get; init; }

    public IQueryable<CodificationTopic> Apply(IQueryable<CodificationTopic> topics)
    {
        if (SubjectId is not null)
        {
            var id = GlobalId.Decode(SubjectId, "CodificationSubject");
            topics = topics.Where(t => t.SubjectId == id);
        }
        if (AssignedMinistryId is not null)
        {
            var id = GlobalId.Decode(AssignedMinistryId, "Organisation");
            topics = topics.Where(t => t.AssignedMinistryId == id);
        }
        if (Statuses is { Count: > 0 }) topics = topics.Where(t => Statuses.Contains(t.Status));
        if (Justice.Domain.Common.VietnameseText.NormalizeOptional(NameContains) is { } name) topics = topics.Where(t => t.Name.Contains(name));
        return topics;
    }
}

public sealed class CodificationTopicFilterInputType : AutoRegisteringInputObjectGraphType<CodificationTopicFilter>
{
    public CodificationTopicFilterInputType() { Name = "CodificationTopicFilter"; Description = "Lọc đề mục theo chủ đề, cơ quan được giao, trạng thái, tên."; }
}

public enum CodificationTopicOrderField { Code, Name, Status, ApprovedOn }

public sealed class CodificationTopicOrderInputType : OrderInputType<CodificationTopicOrderField>;

/// <summary>The Code (Bộ pháp điển): subjects → topics → chapters → articles, each article linked to its source.</summary>
public sealed class CodificationQueries : IQueryFields
{
    private static readonly OrderMap<CodificationTopic, CodificationTopicOrderField> Orders = new OrderMap<CodificationTopic, CodificationTopicOrderField>()
        .Add(CodificationTopicOrderField.Code, t => t.SubjectNumber * 1000 + t.Number)
        .Add(CodificationTopicOrderField.Name, t => t.Name)
        .Add(CodificationTopicOrderField.Status, t => t.Status)
        .Add(CodificationTopicOrderField.ApprovedOn, t => t.ApprovedOn);

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodificationSubjectGraphType>>>>("codificationSubjects")
            .Description("45 chủ đề của Bộ pháp điển theo số thứ tự; đi xuống đề mục, chương, điều.")
            .ResolveAsync(async c => await c.Db().Set<CodificationSubject>().AsNoTracking()
                .OrderBy(s => s.Number).ToListAsync(c.CancellationToken));

        query.Field<CodificationTopicGraphType>("codificationTopic")
            .Description("Một đề mục theo mã định danh; đề mục chưa thông qua cần quyền codification.read.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await FindTopicAsync(c, GlobalId.Decode(c.GetArgument<string>("id"), "CodificationTopic")));

        query.Connection<CodificationTopicGraphType>("codificationTopics")
            .Description("Danh sách đề mục theo bộ lọc (chủ đề, cơ quan được giao, trạng thái) và thứ tự (mặc định theo ký hiệu).")
            .Argument<CodificationTopicFilterInputType>("filter")
            .Argument<CodificationTopicOrderInputType>("order")
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<CodificationTopicFilter?>("filter") ?? new CodificationTopicFilter();
                var topics = filter.Apply(c.Db().Set<CodificationTopic>().AsNoTracking().VisibleTo(c.Caller()));
                var ordered = Orders.Apply(topics, c.GetArgument<Order<CodificationTopicOrderField>?>("order"),
                    new Order<CodificationTopicOrderField>(CodificationTopicOrderField.Code));
                return await ordered.ToConnectionAsync(c);
            });

        query.Connection<CodificationArticleGraphType>("codificationArticles")
            .Description("Các điều pháp điển theo đề mục hoặc theo văn bản nguồn (tìm điều cần cập nhật khi văn bản thay đổi).")
            .Argument<IdGraphType>("topicId", "Chỉ các điều của đề mục này.")
            .Argument<IdGraphType>("sourceDocumentId", "Chỉ các điều sao từ văn bản này.")
            .ResolveAsync(async c =>
            {
                var db = c.Db();
                var visibleTopics = db.Set<CodificationTopic>().VisibleTo(c.Caller());
                var articles = db.Set<CodificationArticle>().AsNoTracking().Where(a => visibleTopics.Any(t => t.Id == a.TopicId));
                if (c.GetArgument<string?>("topicId") is { } topic)
                {
                    var id = GlobalId.Decode(topic, "CodificationTopic");
                    articles = articles.Where(a => a.TopicId == id);
                }
                if (c.GetArgument<string?>("sourceDocumentId") is { } document)
                {
                    var id = GlobalId.Decode(document, "LegalDocument");
                    articles = articles.Where(a => a.SourceDocumentId == id);
                }
                return await articles.OrderBy(a => a.TopicId).ThenBy(a => a.Position).ThenBy(a => a.Id).ToConnectionAsync(c);
            });
    }

    internal static Task<CodificationTopic?> FindTopicAsync(IResolveFieldContext c, Guid id) =>
        c.Db().Set<CodificationTopic>().AsNoTracking().VisibleTo(c.Caller()).FirstOrDefaultAsync(t => t.Id == id, c.CancellationToken);
}

public sealed class CodificationSubjectNodeResolver : INodeResolver
{
    public string TypeName => "CodificationSubject";

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id) =>
        await context.Db().Set<CodificationSubject>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, context.CancellationToken);
}

public sealed class CodificationTopicNodeResolver : INodeResolver
{
    public string TypeName => "CodificationTopic";

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id) => await CodificationQueries.FindTopicAsync(context, id);
}

public sealed class CodificationChapterNodeResolver : INodeResolver
{
    public string TypeName => "CodificationChapter";

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id)
    {
        var topics = context.Db().Set<CodificationTopic>().VisibleTo(context.Caller());
        return await context.Db().Set<CodificationChapter>().AsNoTracking()
            .FirstOrDefaultAsync(ch => ch.Id == id && topics.Any(t => t.Id == ch.TopicId), context.CancellationToken);
    }
}

public sealed class CodificationSectionNodeResolver : INodeResolver
{
    public string TypeName => "CodificationSection";

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id)
    {
        var topics = context.Db().Set<CodificationTopic>().VisibleTo(context.Caller());
        return await context.Db().Set<CodificationSection>().AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == id && topics.Any(t => t.Id == s.TopicId), context.CancellationToken);
    }
}

public sealed class CodificationArticleNodeResolver : INodeResolver
{
    public string TypeName => "CodificationArticle";

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id)
    {
        var topics = context.Db().Set<CodificationTopic>().VisibleTo(context.Caller());
        return await context.Db().Set<CodificationArticle>().AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == id && topics.Any(t => t.Id == a.TopicId), context.CancellationToken);
    }
}
