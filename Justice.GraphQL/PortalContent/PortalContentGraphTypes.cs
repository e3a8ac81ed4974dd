using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Common;
using Justice.Domain.Identity;
using Justice.Domain.PortalContent;
using Justice.GraphQL.Access;
using Justice.GraphQL.AdministrativeUnits;
using Justice.GraphQL.Common;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.PortalContent;

public sealed class NewsArticleGraphType : NodeType<NewsArticle>
{
    public NewsArticleGraphType() : base("NewsArticle", "Bài viết trên Cổng thông tin điện tử: tin tức, chỉ đạo điều hành, hướng dẫn nghiệp vụ.")
    {
        Field(a => a.Title);
        Field(a => a.Slug).Description("Đường dẫn của bài viết (duy nhất).");
        Field(a => a.Summary).Description("Tóm tắt.");
        Field(a => a.Body).Description("Nội dung (các đoạn cách nhau bằng dòng trống).");
        Field<NonNullGraphType<EnumerationGraphType<NewsCategory>>>("category").Resolve(c => c.Source.Category);
        Field(a => a.PublishedAt).Description("Thời điểm đăng (UTC).");
        Field(a => a.Author).Description("Tác giả.");
    }
}

/// <summary>
/// A question as the public, its asker or the portal's editors see it: the asker's name, tracking code and a
/// rejection reason only for the asker (who proved it with the tracking code) or editors; the e-mail never.
/// </summary>
public sealed class LegalQuestionGraphType : NodeType<LegalQuestion>
{
    public LegalQuestionGraphType() : base("LegalQuestion", "Câu hỏi pháp luật của người dân và câu trả lời của Bộ Tư pháp.")
    {
        Field(q => q.Title);
        Field<NonNullGraphType<EnumerationGraphType<LegalField>>>("field").Resolve(c => c.Source.Field).Description("Lĩnh vực pháp luật.");
        Field(q => q.QuestionText).Description("Nội dung câu hỏi.");
        Field<NonNullGraphType<EnumerationGraphType<LegalQuestionStatus>>>("status").Resolve(c => c.Source.Status);
        Field(q => q.ReceivedAt).Description("Thời điểm nhận câu hỏi (UTC).");
        Field(q => q.AnswerText, nullable: true).Description("Nội dung trả lời.");
        Field(q => q.AnsweredBy, nullable: true).Description("Người trả lời.");
        Field(q => q.AnsweredAt, nullable: true);
        Field(q => q.PublishedAt, nullable: true);
        Field<StringGraphType>("askerName").Description("Họ tên người hỏi: chỉ người hỏi (qua mã tra cứu) xem được.")
            .Resolve(c => IsAsker(c, c.Source.Id) ? c.Source.AskerName : null);
        Field<StringGraphType>("trackingCode").Description("Mã tra cứu: chỉ người hỏi xem được.")
            .Resolve(c => IsAsker(c, c.Source.Id) ? c.Source.TrackingCode : null);
        Field<StringGraphType>("rejectionReason").Description("Lý do từ chối: người hỏi và biên tập viên xem được.")
            .Resolve(c => IsAsker(c, c.Source.Id) || c.Caller().Has(JusticeScopes.PortalWrite) ? c.Source.RejectionReason : null);
        Field(q => q.Version).Description("Phiên bản, dùng cho expectedVersion.");
    }

    internal static void MarkAsker(IResolveFieldContext c, Guid questionId) => c.Request()["legalQuestion.asker:" + questionId] = true;

    private static bool IsAsker(IResolveFieldContext c, Guid questionId) => c.Request().ContainsKey("legalQuestion.asker:" + questionId);
}

public sealed class DraftConsultationGraphType : NodeType<DraftConsultation>
{
    public DraftConsultationGraphType() : base("DraftConsultation", "Dự thảo văn bản lấy ý kiến nhân dân.")
    {
        Field(d => d.Title);
        Field(d => d.DraftingAgency).Description("Cơ quan chủ trì soạn thảo.");
        Field(d => d.Summary);
        Field(d => d.DocumentUrl, nullable: true).Description("Đường dẫn toàn văn dự thảo.");
        Field<NonNullGraphType<DateScalar>>("opensOn").Resolve(c => c.Source.OpensOn);
        Field<NonNullGraphType<DateScalar>>("closesOn").Resolve(c => c.Source.ClosesOn).Description("Ngày cuối nhận góp ý.");
        Field<NonNullGraphType<BooleanGraphType>>("isOpen").Description("Đang nhận góp ý hôm nay.")
            .Resolve(c => c.Source.IsOpenOn(VietnamTime.LocalDate(c.Service<TimeProvider>().GetUtcNow().UtcDateTime)));
    }
}

public sealed class OnlineContestGraphType : NodeType<OnlineContest>
{
    public OnlineContestGraphType() : base("OnlineContest", "Cuộc thi tìm hiểu pháp luật trực tuyến.")
    {
        Field(x => x.Title);
        Field(x => x.Description).Description("Thể lệ cuộc thi.");
        Field(x => x.OpensAt).Description("Thời điểm mở (UTC).");
        Field(x => x.ClosesAt).Description("Thời điểm kết thúc (UTC).");
        Field(x => x.TimeLimitMinutes).Description("Thời gian làm bài (phút).");
        Field<NonNullGraphType<BooleanGraphType>>("isOpen").Resolve(c => c.Source.IsOpenAt(Now(c)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContestQuestionGraphType>>>>("questions")
            .Description("Câu hỏi theo thứ tự; đáp án đúng chỉ có sau khi cuộc thi kết thúc.")
            .Resolve(c =>
            {
                var revealed = Now(c) >= c.Source.ClosesAt;
                return Questions(c, c.Source.Id).Then(list => list.Select(q => new ContestQuestionView(q, revealed)).ToList());
            });
    }

    internal static DateTime Now(IResolveFieldContext c) => c.Service<TimeProvider>().GetUtcNow().UtcDateTime;

    /// <summary>The questions of contests asked for at one level, in one query.</summary>
    internal static IDataLoaderResult<IReadOnlyList<ContestQuestion>> Questions(IResolveFieldContext c, Guid contestId) =>
        c.Loader<Guid, IReadOnlyList<ContestQuestion>>("contestQuestions", async (ids, cancellationToken) =>
            await c.Db().Set<OnlineContest>().AsNoTracking().Include(x => x.Questions).Where(x => ids.Contains(x.Id))
                .ToDictionaryAsync(x => x.Id, x => (IReadOnlyList<ContestQuestion>)x.Questions.OrderBy(q => q.Position).ToList(), cancellationToken))
        .Load(contestId).Then(list => list ?? []);
}

/// <summary>Phương án trả lời.</summary>
public enum ContestOption { A, B, C, D }

/// <summary>A question as shown: the correct option is revealed only once the contest has closed.</summary>
public sealed record ContestQuestionView(ContestQuestion Question, bool Revealed);

public sealed class ContestQuestionGraphType : ObjectGraphType<ContestQuestionView>
{
    public ContestQuestionGraphType()
    {
        Name = "ContestQuestion";
        Description = "Câu hỏi trắc nghiệm bốn phương án.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode("ContestQuestion", c.Source.Question.Id));
        Field<NonNullGraphType<IntGraphType>>("position").Resolve(c => c.Source.Question.Position).Description("Số thứ tự câu hỏi.");
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Question.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("options").Resolve(c => c.Source.Question.Options)
            .Description("Bốn phương án A, B, C, D theo thứ tự.");
        Field<EnumerationGraphType<ContestOption>>("correctOption").Description("Đáp án đúng: chỉ có sau khi cuộc thi kết thúc.")
            .Resolve(c => c.Source.Revealed ? (ContestOption)c.Source.Question.CorrectOption : null);
    }
}

public sealed class ContestAttemptGraphType : NodeType<ContestAttempt>
{
    public ContestAttemptGraphType() : base("ContestAttempt", "Lượt dự thi; mã định danh là khóa để trả lời và nộp bài, chỉ người dự thi giữ.")
    {
        Field(a => a.ParticipantName).Description("Họ tên người dự thi.");
        Field(a => a.StartedAt);
        Field(a => a.ExpiresAt).Description("Hết giờ làm bài (theo đồng hồ máy chủ).");
        Field(a => a.SubmittedAt, nullable: true);
        Field(a => a.QuestionCount);
        Field(a => a.Score, nullable: true).Description("Số câu trả lời đúng, sau khi nộp bài.");
        Field<NonNullGraphType<IntGraphType>>("answeredCount").Resolve(c => c.Source.Answers.Count).Description("Số câu đã trả lời.");
        Field<NonNullGraphType<OnlineContestGraphType>>("contest").Resolve(c => c.LoadById<OnlineContest>(c.Source.ContestId));
        Field<NonNullGraphType<AdministrativeUnitGraphType>>("province").Resolve(c => c.LoadById<AdministrativeUnit>(c.Source.ProvinceId));
        ContestAttemptFields.AddTo(this);
    }
}

/// <summary>One line of a contest's ranking: best score first, then the shortest time.</summary>
public sealed record LeaderboardEntry(int Rank, string ParticipantName, Guid ProvinceId, int Score, int QuestionCount, int DurationSeconds);

public sealed class LeaderboardEntryGraphType : ObjectGraphType<LeaderboardEntry>
{
    public LeaderboardEntryGraphType()
    {
        Name = "ContestLeaderboardEntry";
        Description = "Một dòng bảng xếp hạng: điểm cao trước, bằng điểm thì thời gian làm bài ngắn trước.";
        Field(e => e.Rank);
        Field(e => e.ParticipantName);
        Field(e => e.Score);
        Field(e => e.QuestionCount);
        Field(e => e.DurationSeconds).Description("Thời gian làm bài (giây).");
        Field<NonNullGraphType<AdministrativeUnitGraphType>>("province").Resolve(c => c.LoadById<AdministrativeUnit>(c.Source.ProvinceId));
    }
}
