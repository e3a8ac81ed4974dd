using GraphQL;
using GraphQL.Types;
using Justice.Domain.PortalContent;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.PortalContent;

/// <summary>
/// What a participant needs to resume and finish an attempt: the answers already recorded, the time left by the
/// server's clock, and the rank once scored. Kept apart from the shared portal-content types so the contest can grow
/// without touching the other portal sections.
/// </summary>
public static class ContestAttemptFields
{
    public static void AddTo(ContestAttemptGraphType type)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContestAttemptAnswerGraphType>>>>("answers")
            .Description("Câu trả lời đã ghi nhận (để tiếp tục làm bài sau khi tải lại trang).")
            .Resolve(c => c.Source.Answers);
        type.Field<NonNullGraphType<IntGraphType>>("remainingSeconds")
            .Description("Số giây còn lại theo đồng hồ máy chủ; 0 khi đã hết giờ hoặc đã nộp bài.")
            .Resolve(c => RemainingSeconds(c.Source, OnlineContestGraphType.Now(c)));
        type.Field<NonNullGraphType<BooleanGraphType>>("isExpired").Description("Đã hết giờ làm bài (theo đồng hồ máy chủ).")
            .Resolve(c => c.Source.IsExpiredAt(OnlineContestGraphType.Now(c)));
        type.Field<IntGraphType>("durationSeconds").Description("Thời gian làm bài (giây), sau khi nộp bài.")
            .Resolve(c => c.Source.Duration is { } d ? (int)d.TotalSeconds : null);
        type.Field<IntGraphType>("rank").Description("Thứ hạng trong cuộc thi (điểm cao trước, bằng điểm thì nhanh hơn trước), sau khi nộp bài.")
            .ResolveAsync(async c => await RankAsync(c, c.Source));
    }

    public static int RemainingSeconds(ContestAttempt attempt, DateTime now) =>
        attempt.SubmittedAt is not null || attempt.IsExpiredAt(now) ? 0 : (int)Math.Ceiling((attempt.ExpiresAt - now).TotalSeconds);

    /// <summary>
    /// The same order as <c>contestLeaderboard</c>: higher scores counted in SQL; ties on the score are broken by time
    /// used (not portable SQL), so only the attempts with the same score are read, three columns each.
    /// </summary>
    private static async Task<int?> RankAsync(IResolveFieldContext c, ContestAttempt attempt)
    {
        if (attempt.Score is not { } score || attempt.Duration is not { } duration) return null;
        var scored = c.Db().Set<ContestAttempt>().AsNoTracking().Where(a => a.ContestId == attempt.ContestId && a.Score != null);
        var higher = await scored.CountAsync(a => a.Score > score, c.CancellationToken);
        var tied = await scored.Where(a => a.Score == score && a.Id != attempt.Id)
            .Select(a => new { a.StartedAt, a.ExpiresAt, SubmittedAt = a.SubmittedAt!.Value }).ToListAsync(c.CancellationToken);
        var faster = tied.Count(a =>
        {
            var used = (a.SubmittedAt < a.ExpiresAt ? a.SubmittedAt : a.ExpiresAt) - a.StartedAt;
            return used < duration || (used == duration && a.SubmittedAt < attempt.SubmittedAt);
        });
        return higher + faster + 1;
    }
}

public sealed class ContestAttemptAnswerGraphType : ObjectGraphType<ContestAnswer>
{
    public ContestAttemptAnswerGraphType()
    {
        Name = "ContestAttemptAnswer";
        Description = "Phương án người dự thi đã chọn cho một câu hỏi.";
        Field<NonNullGraphType<IdGraphType>>("questionId").Resolve(c => GlobalId.Encode("ContestQuestion", c.Source.QuestionId));
        Field<NonNullGraphType<EnumerationGraphType<ContestOption>>>("option").Resolve(c => (ContestOption)c.Source.ChosenOption);
    }
}

/// <summary>
/// <c>contestAttempt(id)</c>: the attempt's ID is its participant's key (an unguessable GUID given only to them), so
/// whoever holds it reads the attempt back; the e-mail is never exposed.
/// </summary>
public sealed class ContestAttemptQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<ContestAttemptGraphType>("contestAttempt")
            .Description("Một lượt dự thi theo mã định danh (chỉ người dự thi giữ mã này).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = GlobalId.Decode(c.GetArgument<string>("id"), "ContestAttempt");
                return await c.Db().Set<ContestAttempt>().AsNoTracking().Include(a => a.Answers)
                    .FirstOrDefaultAsync(a => a.Id == id, c.CancellationToken);
            });
    }
}
