using GraphQL;
using GraphQL.Types;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Common;
using Justice.Domain.Identity;
using Justice.Domain.PortalContent;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Justice.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Justice.GraphQL.PortalContent;

public sealed record AskLegalQuestionInput
{
    public string Name { get; init; } = "";
    public string Email { get; init; } = "";
    public LegalField Field { get; init; }
    public string Title { get; init; } = "";
    public string Text { get; init; } = "";
}

public sealed class AskLegalQuestionInputType : AutoRegisteringInputObjectGraphType<AskLegalQuestionInput>
{
    public AskLegalQuestionInputType()
    {
        Name = "AskLegalQuestionInput";
        Description = "Câu hỏi gửi Bộ Tư pháp: họ tên, thư điện tử (để nhận thông báo), lĩnh vực, tiêu đề và nội dung.";
    }
}

public sealed record AnswerLegalQuestionInput
{
    [Id] public string Id { get; init; } = "";
    public string AnswerText { get; init; } = "";
    public int? ExpectedVersion { get; init; }
}

public sealed class AnswerLegalQuestionInputType : AutoRegisteringInputObjectGraphType<AnswerLegalQuestionInput>
{
    public AnswerLegalQuestionInputType()
    {
        Name = "AnswerLegalQuestionInput";
        Description = "Câu trả lời cho một câu hỏi và phiên bản đã xem.";
    }
}

public sealed record LegalQuestionStepInput
{
    [Id] public string Id { get; init; } = "";
    /// <summary>Lý do (khi từ chối).</summary>
    public string? Reason { get; init; }
    public int? ExpectedVersion { get; init; }
}

public sealed class LegalQuestionStepInputType : AutoRegisteringInputObjectGraphType<LegalQuestionStepInput>
{
    public LegalQuestionStepInputType()
    {
        Name = "LegalQuestionStepInput";
        Description = "Câu hỏi cần công khai hoặc từ chối (kèm lý do) và phiên bản đã xem.";
    }
}

public sealed record StartContestAttemptInput
{
    [Id] public string ContestId { get; init; } = "";
    public string ParticipantName { get; init; } = "";
    public string Email { get; init; } = "";
    [Id] public string ProvinceId { get; init; } = "";
}

public sealed class StartContestAttemptInputType : AutoRegisteringInputObjectGraphType<StartContestAttemptInput>
{
    public StartContestAttemptInputType()
    {
        Name = "StartContestAttemptInput";
        Description = "Cuộc thi và thông tin người dự thi (thư điện tử không được công khai).";
    }
}

public sealed record ContestAnswerInput
{
    [Id] public string QuestionId { get; init; } = "";
    public ContestOption Option { get; init; }
}

public sealed class ContestAnswerInputType : AutoRegisteringInputObjectGraphType<ContestAnswerInput>
{
    public ContestAnswerInputType()
    {
        Name = "ContestAnswerInput";
        Description = "Phương án chọn cho một câu hỏi.";
    }
}

public sealed record AnswerContestQuestionInput
{
    [Id] public string AttemptId { get; init; } = "";
    [Id] public string QuestionId { get; init; } = "";
    public ContestOption Option { get; init; }
}

public sealed class AnswerContestQuestionInputType : AutoRegisteringInputObjectGraphType<AnswerContestQuestionInput>
{
    public AnswerContestQuestionInputType()
    {
        Name = "AnswerContestQuestionInput";
        Description = "Lượt thi, câu hỏi và phương án chọn.";
    }
}

public sealed record SubmitContestAttemptInput
{
    [Id] public string AttemptId { get; init; } = "";
    /// <summary>Câu trả lời gửi kèm khi nộp (ghi nhận trước khi chấm; bị từ chối nếu đã hết giờ).</summary>
    [InputType(typeof(ListGraphType<NonNullGraphType<ContestAnswerInputType>>))]
    public IReadOnlyList<ContestAnswerInput>? Answers { get; init; }
}

public sealed class SubmitContestAttemptInputType : AutoRegisteringInputObjectGraphType<SubmitContestAttemptInput>
{
    public SubmitContestAttemptInputType()
    {
        Name = "SubmitContestAttemptInput";
        Description = "Lượt thi cần nộp và các câu trả lời gửi kèm (nếu có).";
    }
}

public sealed class AskLegalQuestionPayloadType : PayloadType<LegalQuestionGraphType, LegalQuestion>
{
    public AskLegalQuestionPayloadType() : base("AskLegalQuestionPayload", "question") =>
        Field<StringGraphType>("trackingCode").Description("Mã tra cứu câu hỏi: người hỏi giữ để theo dõi.").Resolve(c => c.Source.Result?.TrackingCode);
}
public sealed class AnswerLegalQuestionPayloadType() : PayloadType<LegalQuestionGraphType, LegalQuestion>("AnswerLegalQuestionPayload", "question");
public sealed class PublishLegalQuestionPayloadType() : PayloadType<LegalQuestionGraphType, LegalQuestion>("PublishLegalQuestionPayload", "question");
public sealed class RejectLegalQuestionPayloadType() : PayloadType<LegalQuestionGraphType, LegalQuestion>("RejectLegalQuestionPayload", "question");
public sealed class StartContestAttemptPayloadType() : PayloadType<ContestAttemptGraphType, ContestAttempt>("StartContestAttemptPayload", "attempt");
public sealed class AnswerContestQuestionPayloadType() : PayloadType<ContestAttemptGraphType, ContestAttempt>("AnswerContestQuestionPayload", "attempt");
public sealed class SubmitContestAttemptPayloadType() : PayloadType<ContestAttemptGraphType, ContestAttempt>("SubmitContestAttemptPayload", "attempt");

public sealed class PortalContentMutations : IMutationFields
{
    public const string AnsweredTemplate = "legal-question.answered";

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AskLegalQuestionPayloadType>>("askLegalQuestion")
            .Description("Gửi câu hỏi pháp luật (không cần đăng nhập); trả về mã tra cứu.")
            .Argument<NonNullGraphType<AskLegalQuestionInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AskLegalQuestionInput>("input");
                var db = c.Db();
                return await Mutations.RunAsync(async () =>
                {
                    var now = OnlineContestGraphType.Now(c);
                    var question = new LegalQuestion(input.Name, input.Email, input.Field, input.Title, input.Text, now,
                        LegalQuestion.NewTrackingCode(now, Random.Shared));
                    db.Add(question);
                    await db.SaveChangesAsync(c.CancellationToken);
                    LegalQuestionGraphType.MarkAsker(c, question.Id);
                    return question;
                });
            });

        mutation.Field<NonNullGraphType<AnswerLegalQuestionPayloadType>>("answerLegalQuestion")
            .Description("Trả lời câu hỏi pháp luật (quyền portal.write).")
            .Argument<NonNullGraphType<AnswerLegalQuestionInputType>>("input")
            .ResolveAsync(c =>
            {
                var caller = c.RequireScope(JusticeScopes.PortalWrite);
                var input = c.GetArgument<AnswerLegalQuestionInput>("input");
                return ChangeQuestionAsync(c, input.Id, input.ExpectedVersion, (q, now) =>
                    q.Answer(input.AnswerText, caller.DisplayName ?? caller.SubjectId ?? "Bộ Tư pháp", now));
            });

        mutation.Field<NonNullGraphType<PublishLegalQuestionPayloadType>>("publishLegalQuestion")
            .Description("Công khai câu trả lời và gửi thư báo cho người hỏi (quyền portal.write).")
            .Argument<NonNullGraphType<LegalQuestionStepInputType>>("input")
            .ResolveAsync(c =>
            {
                c.RequireScope(JusticeScopes.PortalWrite);
                var input = c.GetArgument<LegalQuestionStepInput>("input");
                return ChangeQuestionAsync(c, input.Id, input.ExpectedVersion, (q, now) =>
                {
                    q.Publish(now);
                    // Queued in the same SaveChanges as the publication: both happen, or neither.
                    c.Service<EmailOutbox>().Enqueue(c.Db(), AnsweredTemplate, "vi", new Dictionary<string, object?>
                    {
                        ["askerName"] = q.AskerName,
                        ["questionTitle"] = q.Title,
                        ["answeredOn"] = q.AnsweredAt!.Value,
                        ["answerUrl"] = AnswerUrl(c, q),
                    }, [q.AskerEmail]);
                });
            });

        mutation.Field<NonNullGraphType<RejectLegalQuestionPayloadType>>("rejectLegalQuestion")
            .Description("Từ chối câu hỏi (ngoài phạm vi, không phù hợp để công khai) kèm lý do (quyền portal.write).")
            .Argument<NonNullGraphType<LegalQuestionStepInputType>>("input")
            .ResolveAsync(c =>
            {
                c.RequireScope(JusticeScopes.PortalWrite);
                var input = c.GetArgument<LegalQuestionStepInput>("input");
                return ChangeQuestionAsync(c, input.Id, input.ExpectedVersion, (q, now) => q.Reject(input.Reason ?? "", now));
            });

        mutation.Field<NonNullGraphType<StartContestAttemptPayloadType>>("startContestAttempt")
            .Description("Bắt đầu một lượt dự thi; máy chủ tính giờ. Mã định danh lượt thi dùng để trả lời và nộp bài.")
            .Argument<NonNullGraphType<StartContestAttemptInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<StartContestAttemptInput>("input");
                var db = c.Db();
                return await Mutations.RunAsync(async () =>
                {
                    var contestId = GlobalId.Decode(input.ContestId, "OnlineContest");
                    var provinceId = GlobalId.Decode(input.ProvinceId, "AdministrativeUnit");
                    var contest = await db.Set<OnlineContest>().Include(x => x.Questions).FirstOrDefaultAsync(x => x.Id == contestId, c.CancellationToken)
                        ?? throw new DomainException(ErrorCodes.NotFound, "Không tìm thấy cuộc thi.");
                    var province = await db.Set<AdministrativeUnit>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == provinceId, c.CancellationToken)
                        ?? throw new DomainException("CONTEST_PROVINCE_INVALID", "Tỉnh, thành phố của người dự thi không hợp lệ.");
                    var attempt = contest.Start(input.ParticipantName, input.Email, province, OnlineContestGraphType.Now(c));
                    db.Add(attempt);
                    await db.SaveChangesAsync(c.CancellationToken);
                    return attempt;
                });
            });

        mutation.Field<NonNullGraphType<AnswerContestQuestionPayloadType>>("answerContestQuestion")
            .Description("Ghi nhận (hoặc đổi) câu trả lời cho một câu hỏi trước khi hết giờ.")
            .Argument<NonNullGraphType<AnswerContestQuestionInputType>>("input")
            .ResolveAsync(c =>
            {
                var input = c.GetArgument<AnswerContestQuestionInput>("input");
                var questionId = GlobalId.Decode(input.QuestionId, "ContestQuestion");
                return ChangeAttemptAsync(c, input.AttemptId, (attempt, contest, now) => attempt.Answer(contest, questionId, (int)input.Option, now));
            });

        mutation.Field<NonNullGraphType<SubmitContestAttemptPayloadType>>("submitContestAttempt")
            .Description("Nộp bài: các câu trả lời gửi kèm được ghi nhận (bị từ chối nếu đã hết giờ), rồi máy chủ chấm điểm.")
            .Argument<NonNullGraphType<SubmitContestAttemptInputType>>("input")
            .ResolveAsync(c =>
            {
                var input = c.GetArgument<SubmitContestAttemptInput>("input");
                var answers = (input.Answers ?? []).Select(a => (Question: GlobalId.Decode(a.QuestionId, "ContestQuestion"), a.Option)).ToList();
                return ChangeAttemptAsync(c, input.AttemptId, (attempt, contest, now) =>
                {
                    foreach (var (question, option) in answers) attempt.Answer(contest, question, (int)option, now);
                    attempt.Submit(contest, now);
                });
            });
    }

    private static string AnswerUrl(IResolveFieldContext c, LegalQuestion question)
    {
        var baseUrl = c.Service<IConfiguration>()["Justice:Portal:PublicBaseUrl"] is { Length: > 0 } configured ? configured : "https://moj.gov.vn";
        return $"{baseUrl.TrimEnd('/')}/hoi-dap/cau-hoi/{GlobalId.Encode("LegalQuestion", question.Id)}";
    }

    private static async Task<object?> ChangeQuestionAsync(IResolveFieldContext c, string globalId, int? expectedVersion, Action<LegalQuestion, DateTime> change)
    {
        var id = GlobalId.Decode(globalId, "LegalQuestion");
        var db = c.Db();
        return await Mutations.RunAsync(async () =>
        {
            var question = await db.Set<LegalQuestion>().FirstOrDefaultAsync(q => q.Id == id, c.CancellationToken)
                ?? throw new DomainException(ErrorCodes.NotFound, "Không tìm thấy câu hỏi.");
            Mutations.CheckVersion(question, expectedVersion);
            change(question, OnlineContestGraphType.Now(c));
            await db.SaveChangesAsync(c.CancellationToken);
            return question;
        });
    }

    private static async Task<object?> ChangeAttemptAsync(IResolveFieldContext c, string globalId, Action<ContestAttempt, OnlineContest, DateTime> change)
    {
        var id = GlobalId.Decode(globalId, "ContestAttempt");
        var db = c.Db();
        return await Mutations.RunAsync(async () =>
        {
            var attempt = await db.Set<ContestAttempt>().Include(a => a.Answers).FirstOrDefaultAsync(a => a.Id == id, c.CancellationToken)
                ?? throw new DomainException(ErrorCodes.NotFound, "Không tìm thấy lượt dự thi.");
            var contest = await db.Set<OnlineContest>().AsNoTracking().Include(x => x.Questions).FirstAsync(x => x.Id == attempt.ContestId, c.CancellationToken);
            change(attempt, contest, OnlineContestGraphType.Now(c));
            await db.SaveChangesAsync(c.CancellationToken);
            return attempt;
        });
    }
}
