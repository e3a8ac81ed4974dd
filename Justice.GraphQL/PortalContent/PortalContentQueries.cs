using GraphQL;
using GraphQL.Types;
using Justice.Domain.Common;
using Justice.Domain.Identity;
using Justice.Domain.PortalContent;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.PortalContent;

/// <summary>
/// The public portal: news, answered legal questions, draft consultations and contests are read by anyone;
/// the queue of unanswered questions by editors (<c>portal.write</c>); a question in any state by its asker.
/// </summary>
public sealed class PortalContentQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<NewsArticleGraphType>("newsArticles")
            .Description("Bài viết đã đăng, mới nhất trước, lọc theo chuyên mục.")
            .Argument<EnumerationGraphType<NewsCategory>>("category")
            .ResolveAsync(async c =>
            {
                var now = OnlineContestGraphType.Now(c);
                var articles = c.Db().Set<NewsArticle>().AsNoTracking().Where(a => a.PublishedAt <= now);
                if (c.GetArgument<NewsCategory?>("category") is { } category) articles = articles.Where(a => a.Category == category);
                return await articles.OrderByDescending(a => a.PublishedAt).ThenBy(a => a.Id).ToConnectionAsync(c);
            });

        query.Field<NewsArticleGraphType>("newsArticle")
            .Description("Một bài viết theo đường dẫn (slug) hoặc mã định danh.")
            .Argument<IdGraphType>("id")
            .Argument<StringGraphType>("slug")
            .ResolveAsync(async c =>
            {
                var now = OnlineContestGraphType.Now(c);
                var articles = c.Db().Set<NewsArticle>().AsNoTracking().Where(a => a.PublishedAt <= now);
                if (c.GetArgument<string?>("id") is { } id)
                {
                    var guid = GlobalId.Decode(id, "NewsArticle");
                    return await articles.FirstOrDefaultAsync(a => a.Id == guid, c.CancellationToken);
                }
                var slug = VietnameseText.NormalizeOptional(c.GetArgument<string?>("slug"))
                    ?? throw new ExecutionError("Cần id hoặc slug.") { Code = ErrorCodes.InvalidArgument };
                return await articles.FirstOrDefaultAsync(a => a.Slug == slug, c.CancellationToken);
            });

        query.Connection<LegalQuestionGraphType>("legalQuestions")
            .Description("Hỏi đáp pháp luật: mặc định các câu đã trả lời và công khai, mới nhất trước. answeredOnly: false (mọi trạng thái) cần quyền portal.write.")
            .Argument<EnumerationGraphType<LegalField>>("field")
            .Argument<BooleanGraphType>("answeredOnly", "Chỉ câu hỏi đã trả lời và công khai (mặc định).", a => a.DefaultValue = true)
            .Argument<EnumerationGraphType<LegalQuestionStatus>>("status", "Trạng thái (biên tập viên, khi answeredOnly: false).")
            .Argument<StringGraphType>("query", "Từ cần tìm trong tiêu đề, câu hỏi và câu trả lời (không phân biệt hoa thường, có dấu hay không dấu).")
            .ResolveAsync(async c =>
            {
                var questions = c.Db().Set<LegalQuestion>().AsNoTracking();
                if (c.GetArgument("answeredOnly", true))
                    questions = questions.Where(q => q.Status == LegalQuestionStatus.Published);
                else
                {
                    c.RequireScope(JusticeScopes.PortalWrite);
                    if (c.GetArgument<LegalQuestionStatus?>("status") is { } status) questions = questions.Where(q => q.Status == status);
                }
                if (c.GetArgument<LegalField?>("field") is { } field) questions = questions.Where(q => q.Field == field);
                if (VietnameseText.NormalizeOptional(c.GetArgument<string?>("query")) is { } text)
                {
                    if (text.Length > LegalQuestionTextSearch.MaxQueryLength)
                        throw new ExecutionError($"Từ khóa tìm kiếm dài quá {LegalQuestionTextSearch.MaxQueryLength} ký tự.") { Code = ErrorCodes.InvalidArgument };
                    questions = await LegalQuestionTextSearch.FilterAsync(questions, text, c.CancellationToken);
                }
                return await questions.OrderByDescending(q => q.PublishedAt).ThenByDescending(q => q.ReceivedAt).ThenBy(q => q.Id).ToConnectionAsync(c);
            });

        query.Field<LegalQuestionGraphType>("legalQuestion")
            .Description("Câu hỏi của chính người hỏi, theo mã tra cứu được cấp khi gửi câu hỏi (mọi trạng thái).")
            .Argument<NonNullGraphType<StringGraphType>>("trackingCode")
            .ResolveAsync(async c =>
            {
                var code = VietnameseText.NormalizeOptional(c.GetArgument<string>("trackingCode"))?.ToUpperInvariant();
                if (code is null or { Length: > 30 }) return null;
                var question = await c.Db().Set<LegalQuestion>().AsNoTracking().FirstOrDefaultAsync(q => q.TrackingCode == code, c.CancellationToken);
                if (question is not null) LegalQuestionGraphType.MarkAsker(c, question.Id);
                return question;
            });

        query.Connection<DraftConsultationGraphType>("draftConsultations")
            .Description("Dự thảo lấy ý kiến nhân dân, mới mở trước.")
            .Argument<BooleanGraphType>("openOnly", "Chỉ dự thảo đang nhận góp ý.")
            .Argument<BooleanGraphType>("closedOnly", "Chỉ dự thảo đã hết thời hạn góp ý.")
            .ResolveAsync(async c =>
            {
                var drafts = c.Db().Set<DraftConsultation>().AsNoTracking();
                var today = VietnamTime.LocalDate(OnlineContestGraphType.Now(c));
                if (c.GetArgument<bool?>("openOnly") == true)
                    drafts = drafts.Where(d => d.OpensOn <= today && today <= d.ClosesOn);
                if (c.GetArgument<bool?>("closedOnly") == true)
                    drafts = drafts.Where(d => d.ClosesOn < today);
                return await drafts.OrderByDescending(d => d.OpensOn).ThenBy(d => d.Id).ToConnectionAsync(c);
            });

        query.Connection<OnlineContestGraphType>("onlineContests")
            .Description("Cuộc thi tìm hiểu pháp luật trực tuyến, mới mở trước.")
            .ResolveAsync(async c =>
                await c.Db().Set<OnlineContest>().AsNoTracking().OrderByDescending(x => x.OpensAt).ThenBy(x => x.Id).ToConnectionAsync(c));

        query.Field<OnlineContestGraphType>("onlineContest")
            .Description("Một cuộc thi theo mã định danh.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = GlobalId.Decode(c.GetArgument<string>("id"), "OnlineContest");
                return await c.Db().Set<OnlineContest>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LeaderboardEntryGraphType>>>>("contestLeaderboard")
            .Description("Bảng xếp hạng của một cuộc thi: điểm cao trước, bằng điểm thì thời gian làm bài ngắn trước.")
            .Argument<NonNullGraphType<IdGraphType>>("contestId")
            .Argument<IdGraphType>("provinceId", "Chỉ người dự thi của tỉnh này.")
            .Argument<IntGraphType>("first", "Số dòng (tối đa 100).", a => a.DefaultValue = 10)
            .ResolveAsync(async c =>
            {
                var contestId = GlobalId.Decode(c.GetArgument<string>("contestId"), "OnlineContest");
                var first = c.GetArgument("first", 10);
                if (first is < 0 or > Paging.MaxPageSize)
                    throw new ExecutionError($"Số dòng phải từ 0 đến {Paging.MaxPageSize}.") { Code = ErrorCodes.PageTooLarge };
                var attempts = c.Db().Set<ContestAttempt>().AsNoTracking().Where(a => a.ContestId == contestId && a.Score != null);
                if (c.GetArgument<string?>("provinceId") is { } province)
                {
                    var id = GlobalId.Decode(province, "AdministrativeUnit");
                    attempts = attempts.Where(a => a.ProvinceId == id);
                }
                // Ties on the lowest score shown are broken by time, which SQL cannot compute portably: read every attempt
                // scoring at least that, then rank in memory.
                var threshold = await attempts.OrderByDescending(a => a.Score).Select(a => a.Score).Skip(Math.Max(0, first - 1)).FirstOrDefaultAsync(c.CancellationToken) ?? 0;
                var candidates = await attempts.Where(a => a.Score >= threshold)
                    .Select(a => new { a.ParticipantName, a.ProvinceId, Score = a.Score!.Value, a.QuestionCount, a.StartedAt, a.ExpiresAt, SubmittedAt = a.SubmittedAt!.Value })
                    .ToListAsync(c.CancellationToken);
                return candidates
                    .Select(a => (a, Duration: (int)((a.SubmittedAt < a.ExpiresAt ? a.SubmittedAt : a.ExpiresAt) - a.StartedAt).TotalSeconds))
                    .OrderByDescending(x => x.a.Score).ThenBy(x => x.Duration).ThenBy(x => x.a.SubmittedAt)
                    .Take(first)
                    .Select((x, i) => new LeaderboardEntry(i + 1, x.a.ParticipantName, x.a.ProvinceId, x.a.Score, x.a.QuestionCount, x.Duration))
                    .ToList();
            });
    }
}

public sealed class NewsArticleNodeResolver : INodeResolver
{
    public string TypeName => "NewsArticle";

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id)
    {
        var now = OnlineContestGraphType.Now(context);
        return await context.Db().Set<NewsArticle>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.PublishedAt <= now, context.CancellationToken);
    }
}

/// <summary>A published question for anyone; one in another state only for editors.</summary>
public sealed class LegalQuestionNodeResolver : INodeResolver
{
    public string TypeName => "LegalQuestion";

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id)
    {
        var questions = context.Db().Set<LegalQuestion>().AsNoTracking().Where(q => q.Id == id);
        if (!context.Caller().Has(JusticeScopes.PortalWrite)) questions = questions.Where(q => q.Status == LegalQuestionStatus.Published);
        return await questions.FirstOrDefaultAsync(context.CancellationToken);
    }
}

public sealed class DraftConsultationNodeResolver : INodeResolver
{
    public string TypeName => "DraftConsultation";

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id) =>
        await context.Db().Set<DraftConsultation>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, context.CancellationToken);
}

public sealed class OnlineContestNodeResolver : INodeResolver
{
    public string TypeName => "OnlineContest";

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id) =>
        await context.Db().Set<OnlineContest>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, context.CancellationToken);
}

/// <summary>Whoever holds an attempt's ID (its participant) can read it again; the e-mail is never exposed.</summary>
public sealed class ContestAttemptNodeResolver : INodeResolver
{
    public string TypeName => "ContestAttempt";

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id) =>
        await context.Db().Set<ContestAttempt>().AsNoTracking().Include(a => a.Answers).FirstOrDefaultAsync(a => a.Id == id, context.CancellationToken);
}
