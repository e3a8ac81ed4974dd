using System.Security.Claims;
using System.Text.Json;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Identity;
using Justice.Domain.PortalContent;
using Justice.GraphQL.Common;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Tests.PortalContent;

/// <summary>
/// Resuming and finishing an attempt: <c>contestAttempt(id)</c> with the recorded answers, the time left by the
/// server's clock, and the rank, consistent with <c>contestLeaderboard</c>.
/// </summary>
public class ContestAttemptTests(PortalContentTests.Host host) : IClassFixture<PortalContentTests.Host>
{
    private static readonly string[] Letters = ["A", "B", "C", "D"];

    private const string Read = """
        query($id: ID!) { contestAttempt(id: $id) { id participantName questionCount answeredCount remainingSeconds isExpired
          score rank durationSeconds answers { questionId option } contest { title } } }
        """;
    private const string Start = """
        mutation($input: StartContestAttemptInput!) { startContestAttempt(input: $input) { attempt { id remainingSeconds isExpired rank answers { questionId } } errors { code } } }
        """;
    private const string Submit = """
        mutation($input: SubmitContestAttemptInput!) { submitContestAttempt(input: $input) { attempt { score rank durationSeconds remainingSeconds } errors { code } } }
        """;

    private static Claim[] As(string who) => who switch
    {
        "anonymous" => TestCallers.Anonymous,
        "citizen" => TestCallers.Citizen("001090000001"),
        "commune-officer" => TestCallers.Staff("ho-tich@xa.gov.vn", [StaffRoles.CivilRegistryOfficer], null, null),
        "ministry-no-scope" => TestCallers.Client("legal-only", null, JusticeScopes.LegalRead),
        "editor" => TestCallers.Staff("bien-tap@moj.gov.vn", [StaffRoles.PortalEditor], null, null),
        "admin" => TestCallers.Administrator(),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    private async Task<(string ContestId, string ProvinceId, List<(string Id, int Correct)> Questions)> OpenContestAsync() => await host.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var contest = await db.Set<OnlineContest>().AsNoTracking().Include(c => c.Questions).FirstAsync(c => c.OpensAt <= now && c.ClosesAt > now);
        var province = await db.Set<AdministrativeUnit>().AsNoTracking().Where(u => u.Level == AdministrativeLevel.Province && u.ValidTo == null).OrderBy(u => u.Code).FirstAsync();
        return (GlobalId.Encode("OnlineContest", contest.Id), GlobalId.Encode("AdministrativeUnit", province.Id),
            contest.Questions.OrderBy(q => q.Position).Select(q => (GlobalId.Encode("ContestQuestion", q.Id), q.CorrectOption)).ToList());
    });

    private async Task<string> StartAsync(string name)
    {
        var (contestId, provinceId, _) = await OpenContestAsync();
        var started = await host.PostAsync(Start, new { input = new { contestId, participantName = name, email = "thi-sinh@example.vn", provinceId } });
        started.AssertNoErrors();
        var payload = started.Data.GetProperty("startContestAttempt");
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        var attempt = payload.GetProperty("attempt");
        Assert.InRange(attempt.GetProperty("remainingSeconds").GetInt32(), 20 * 60 - 30, 20 * 60);
        Assert.False(attempt.GetProperty("isExpired").GetBoolean());
        Assert.Equal(JsonValueKind.Null, attempt.GetProperty("rank").ValueKind);
        Assert.Equal(0, attempt.GetProperty("answers").GetArrayLength());
        return attempt.GetProperty("id").GetString()!;
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("citizen")]
    [InlineData("commune-officer")]
    [InlineData("ministry-no-scope")]
    [InlineData("editor")]
    [InlineData("admin")]
    public async Task Whoever_holds_the_attempt_id_reads_it_back_with_its_answers_and_time_left(string who)
    {
        var (_, _, questions) = await OpenContestAsync();
        var attemptId = await StartAsync("Đinh Thị Hằng");
        var answered = await host.PostAsync("""
            mutation($input: AnswerContestQuestionInput!) { answerContestQuestion(input: $input) { errors { code } } }
            """, new { input = new { attemptId, questionId = questions[2].Id, option = "C" } });
        answered.AssertNoErrors();

        var response = await host.PostAsync(Read, new { id = attemptId }, As(who));
        response.AssertNoErrors();
        var attempt = response.Data.GetProperty("contestAttempt");
        Assert.Equal("Đinh Thị Hằng", attempt.GetProperty("participantName").GetString());
        Assert.Equal(1, attempt.GetProperty("answeredCount").GetInt32());
        var answer = Assert.Single(attempt.GetProperty("answers").EnumerateArray());
        Assert.Equal(questions[2].Id, answer.GetProperty("questionId").GetString());
        Assert.Equal("C", answer.GetProperty("option").GetString());
        Assert.InRange(attempt.GetProperty("remainingSeconds").GetInt32(), 1, 20 * 60);
        Assert.Equal(JsonValueKind.Null, attempt.GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.Null, attempt.GetProperty("durationSeconds").ValueKind);
    }

    [Fact]
    public async Task An_unknown_attempt_is_null_and_a_malformed_id_is_refused()
    {
        var unknown = await host.PostAsync(Read, new { id = GlobalId.Encode("ContestAttempt", Guid.NewGuid()) });
        unknown.AssertNoErrors();
        Assert.Equal(JsonValueKind.Null, unknown.Data.GetProperty("contestAttempt").ValueKind);

        var wrongType = await host.PostAsync(Read, new { id = GlobalId.Encode("OnlineContest", Guid.NewGuid()) });
        Assert.Contains("INVALID_ID", wrongType.ErrorCodes);
    }

    [Fact]
    public async Task A_submitted_attempt_has_the_rank_the_leaderboard_gives_it()
    {
        var (contestId, _, questions) = await OpenContestAsync();
        var attemptId = await StartAsync("Trương Quốc Bảo");
        var answers = questions.Select(q => new { questionId = q.Id, option = Letters[q.Correct] }).ToArray();
        var submitted = await host.PostAsync(Submit, new { input = new { attemptId, answers } });
        submitted.AssertNoErrors();
        var attempt = submitted.Data.GetProperty("submitContestAttempt").GetProperty("attempt");
        Assert.Equal(questions.Count, attempt.GetProperty("score").GetInt32());
        Assert.Equal(0, attempt.GetProperty("remainingSeconds").GetInt32());
        var rank = attempt.GetProperty("rank").GetInt32();

        var board = await host.PostAsync("query($id: ID!) { contestLeaderboard(contestId: $id, first: 100) { rank participantName score } }", new { id = contestId });
        board.AssertNoErrors();
        var row = board.Data.GetProperty("contestLeaderboard").EnumerateArray().Single(r => r.GetProperty("participantName").GetString() == "Trương Quốc Bảo");
        Assert.Equal(row.GetProperty("rank").GetInt32(), rank);

        var read = await host.PostAsync(Read, new { id = attemptId });
        Assert.Equal(rank, read.Data.GetProperty("contestAttempt").GetProperty("rank").GetInt32());
        Assert.InRange(read.Data.GetProperty("contestAttempt").GetProperty("durationSeconds").GetInt32(), 0, 60);
    }

    [Fact]
    public async Task After_the_deadline_the_attempt_reports_no_time_left()
    {
        var attemptId = await StartAsync("Hồ Thị Mai");
        host.Clock.Advance(TimeSpan.FromMinutes(21));
        try
        {
            var response = await host.PostAsync(Read, new { id = attemptId });
            response.AssertNoErrors();
            var attempt = response.Data.GetProperty("contestAttempt");
            Assert.Equal(0, attempt.GetProperty("remainingSeconds").GetInt32());
            Assert.True(attempt.GetProperty("isExpired").GetBoolean());
        }
        finally
        {
            host.Clock.Advance(TimeSpan.FromMinutes(-21));
        }
    }
}
