using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Identity;
using Justice.Domain.Mail;
using Justice.Domain.PortalContent;
using Justice.GraphQL.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.GraphQL.Tests.PortalContent;

public class PortalContentTests(PortalContentTests.Host host) : IClassFixture<PortalContentTests.Host>
{
    /// <summary>The host with a clock the tests can move, so the server's contest timing is tested for real.</summary>
    public sealed class Host : GraphQLHost
    {
        public TestClock Clock { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    public sealed class TestClock : TimeProvider
    {
        private TimeSpan _offset;
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;
        public void Advance(TimeSpan by) => _offset += by;
    }

    private static Claim[] As(string who) => who switch
    {
        "anonymous" => TestCallers.Anonymous,
        "citizen" => TestCallers.Citizen("001090000001"),
        "commune-officer" => TestCallers.Staff("ho-tich@xa.gov.vn", [StaffRoles.CivilRegistryOfficer], null, null),
        "ministry-read" => TestCallers.Client("demo-ministry", null, [.. JusticeScopes.AllRead]),
        "ministry-no-scope" => TestCallers.Client("legal-only", null, JusticeScopes.LegalRead),
        "editor" => TestCallers.Staff("bien-tap@moj.gov.vn", [StaffRoles.PortalEditor], null, null),
        "admin" => TestCallers.Administrator(),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    private static string Id(string type, Guid id) => GlobalId.Encode(type, id);

    private static string? PayloadError(GraphQLResponse response, string field)
    {
        response.AssertNoErrors();
        var errors = response.Data.GetProperty(field).GetProperty("errors");
        return errors.GetArrayLength() == 0 ? null : errors[0].GetProperty("code").GetString();
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("citizen")]
    [InlineData("commune-officer")]
    [InlineData("ministry-read")]
    [InlineData("ministry-no-scope")]
    [InlineData("editor")]
    [InlineData("admin")]
    public async Task News_answered_questions_consultations_and_contests_are_public(string who)
    {
        var response = await host.PostAsync("""
            query {
              newsArticles(category: DIRECTIVE, first: 5) { totalCount items { id slug category publishedAt } }
              legalQuestions(first: 100) { totalCount items { status answerText askerName trackingCode } }
              draftConsultations(first: 5) { totalCount items { title isOpen } }
              onlineContests { items { id isOpen closesAt questions { text options correctOption } } }
            }
            """, null, As(who));

        response.AssertNoErrors();
        var news = response.Data.GetProperty("newsArticles");
        Assert.True(news.GetProperty("totalCount").GetInt32() > 0);
        Assert.All(news.GetProperty("items").EnumerateArray(), a => Assert.Equal("DIRECTIVE", a.GetProperty("category").GetString()));
        var questions = response.Data.GetProperty("legalQuestions").GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(questions);
        Assert.All(questions, q =>
        {
            Assert.Equal("PUBLISHED", q.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, q.GetProperty("askerName").ValueKind);
            Assert.Equal(JsonValueKind.Null, q.GetProperty("trackingCode").ValueKind);
        });
        Assert.Equal(3, response.Data.GetProperty("draftConsultations").GetProperty("totalCount").GetInt32());
        foreach (var contest in response.Data.GetProperty("onlineContests").GetProperty("items").EnumerateArray())
        {
            var open = contest.GetProperty("isOpen").GetBoolean();
            var closed = contest.GetProperty("closesAt").GetDateTime().ToUniversalTime() < DateTime.UtcNow;
            Assert.NotEmpty(contest.GetProperty("questions").EnumerateArray());
            Assert.All(contest.GetProperty("questions").EnumerateArray(), q =>
                Assert.Equal(closed ? JsonValueKind.String : JsonValueKind.Null, q.GetProperty("correctOption").ValueKind));
            if (open) Assert.False(closed);
        }
    }

    [Theory]
    [InlineData("anonymous", "UNAUTHENTICATED")]
    [InlineData("citizen", "FORBIDDEN")]
    [InlineData("commune-officer", "FORBIDDEN")]
    [InlineData("ministry-read", "FORBIDDEN")]
    [InlineData("ministry-no-scope", "FORBIDDEN")]
    [InlineData("editor", null)]
    [InlineData("admin", null)]
    public async Task The_queue_of_unanswered_questions_is_for_editors(string who, string? error)
    {
        var response = await host.PostAsync("query { legalQuestions(answeredOnly: false, status: RECEIVED) { totalCount items { status } } }", null, As(who));
        if (error is not null)
        {
            Assert.Contains(error, response.ErrorCodes);
            return;
        }
        response.AssertNoErrors();
        Assert.True(response.Data.GetProperty("legalQuestions").GetProperty("totalCount").GetInt32() > 0);
        Assert.All(response.Data.GetProperty("legalQuestions").GetProperty("items").EnumerateArray(), q => Assert.Equal("RECEIVED", q.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task News_pages_and_an_article_is_found_by_slug_and_by_node()
    {
        var first = await host.PostAsync("query { newsArticles(first: 3) { pageInfo { endCursor } items { id slug } } }");
        var all = await host.PostAsync("query { newsArticles(first: 6) { items { id publishedAt } } }");
        var cursor = first.Data.GetProperty("newsArticles").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await host.PostAsync("query($a: String) { newsArticles(first: 3, after: $a) { items { id } } }", new { a = cursor });
        second.AssertNoErrors();
        var ids = all.Data.GetProperty("newsArticles").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Skip(3), second.Data.GetProperty("newsArticles").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        var dates = all.Data.GetProperty("newsArticles").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("publishedAt").GetDateTime()).ToList();
        Assert.Equal(dates.OrderDescending(), dates);

        var article = first.Data.GetProperty("newsArticles").GetProperty("items")[0];
        var bySlug = await host.PostAsync("query($s: String) { newsArticle(slug: $s) { id } }", new { s = article.GetProperty("slug").GetString() });
        Assert.Equal(article.GetProperty("id").GetString(), bySlug.Data.GetProperty("newsArticle").GetProperty("id").GetString());
        var byNode = await host.PostAsync("query($id: ID!) { node(id: $id) { ... on NewsArticle { slug } } }", new { id = article.GetProperty("id").GetString() });
        Assert.Equal(article.GetProperty("slug").GetString(), byNode.Data.GetProperty("node").GetProperty("slug").GetString());
    }

    private const string Ask = """
        mutation($input: AskLegalQuestionInput!) { askLegalQuestion(input: $input) { trackingCode question { id status askerName } errors { code } } }
        """;

    [Fact]
    public async Task Ask_answer_publish_enqueues_the_answer_email_in_the_same_save()
    {
        var email = $"nguoi-hoi-{Guid.NewGuid():N}@example.vn";
        var nfdName = "Trần Thị Hương".Normalize(NormalizationForm.FormD);
        var nfdText = "Tôi muốn đăng ký lại việc sinh cho con đã được đăng ký trước đây nhưng mất sổ hộ tịch, thủ tục thế nào?".Normalize(NormalizationForm.FormD);
        var asked = await host.PostAsync(Ask, new { input = new { name = nfdName, email, field = "CIVIL_STATUS", title = "Đăng ký lại khai sinh", text = nfdText } });
        Assert.Null(PayloadError(asked, "askLegalQuestion"));
        var payload = asked.Data.GetProperty("askLegalQuestion");
        var trackingCode = payload.GetProperty("trackingCode").GetString()!;
        var id = payload.GetProperty("question").GetProperty("id").GetString()!;
        Assert.Equal("RECEIVED", payload.GetProperty("question").GetProperty("status").GetString());
        Assert.Equal("Trần Thị Hương", payload.GetProperty("question").GetProperty("askerName").GetString());
        var stored = await host.WithDbAsync(db => db.Set<LegalQuestion>().AsNoTracking().FirstAsync(q => q.TrackingCode == trackingCode));
        Assert.True(stored.QuestionText.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(nfdText.Normalize(NormalizationForm.FormC), stored.QuestionText);

        // The asker follows it with the code; the public does not see it yet.
        var tracked = await host.PostAsync("query($c: String!) { legalQuestion(trackingCode: $c) { id status askerName trackingCode } }", new { c = trackingCode.ToLowerInvariant() });
        Assert.Equal(id, tracked.Data.GetProperty("legalQuestion").GetProperty("id").GetString());
        Assert.Equal(trackingCode, tracked.Data.GetProperty("legalQuestion").GetProperty("trackingCode").GetString());
        var publicNode = await host.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
        Assert.Equal(JsonValueKind.Null, publicNode.Data.GetProperty("node").ValueKind);

        const string answer = """
            mutation($input: AnswerLegalQuestionInput!) { answerLegalQuestion(input: $input) { question { status answerText version } errors { code } } }
            """;
        var answerInput = new { input = new { id, answerText = "Theo Luật Hộ tịch, bạn thực hiện đăng ký lại khai sinh tại Ủy ban nhân dân cấp xã nơi đã đăng ký trước đây.", expectedVersion = 0 } };
        Assert.Contains("UNAUTHENTICATED", (await host.PostAsync(answer, answerInput)).ErrorCodes);
        Assert.Contains("FORBIDDEN", (await host.PostAsync(answer, answerInput, As("ministry-read"))).ErrorCodes);
        Assert.Null(PayloadError(await host.PostAsync(answer, answerInput, As("editor")), "answerLegalQuestion"));
        Assert.Equal("CONCURRENT_CHANGE", PayloadError(await host.PostAsync(answer, answerInput, As("editor")), "answerLegalQuestion"));

        const string publish = """
            mutation($input: LegalQuestionStepInput!) { publishLegalQuestion(input: $input) { question { status publishedAt } errors { code } } }
            """;
        Assert.Contains("FORBIDDEN", (await host.PostAsync(publish, new { input = new { id } }, As("citizen"))).ErrorCodes);
        async Task<List<OutgoingEmail>> MailsAsync() => await host.WithDbAsync(db => db.Set<OutgoingEmail>().AsNoTracking().Where(m => m.ToAddresses.Contains(email)).ToListAsync());
        Assert.Empty(await MailsAsync());

        var published = await host.PostAsync(publish, new { input = new { id, expectedVersion = 1 } }, As("editor"));
        Assert.Null(PayloadError(published, "publishLegalQuestion"));
        Assert.Equal("PUBLISHED", published.Data.GetProperty("publishLegalQuestion").GetProperty("question").GetProperty("status").GetString());
        var mail = Assert.Single(await MailsAsync());
        Assert.Equal("legal-question.answered", mail.TemplateKey);
        Assert.Equal(OutgoingEmailStatus.Queued, mail.Status);
        Assert.Contains("Trần Thị Hương", mail.TextBody);
        Assert.Contains("Đăng ký lại khai sinh", mail.TextBody);
        Assert.Contains(id, mail.TextBody);

        // Published: now public, without the asker; publishing again is refused and sends nothing more.
        var nowPublic = await host.PostAsync("query($id: ID!) { node(id: $id) { ... on LegalQuestion { status askerName answerText } } }", new { id });
        Assert.Equal("PUBLISHED", nowPublic.Data.GetProperty("node").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, nowPublic.Data.GetProperty("node").GetProperty("askerName").ValueKind);
        Assert.Equal("QUESTION_TRANSITION_REFUSED", PayloadError(await host.PostAsync(publish, new { input = new { id } }, As("editor")), "publishLegalQuestion"));
        Assert.Single(await MailsAsync());
    }

    [Theory]
    [InlineData("not-an-email", "Nội dung câu hỏi hợp lệ", "EMAIL_INVALID")]
    [InlineData("a@example.vn", " ", "TEXT_REQUIRED")]
    [InlineData("a@example.vn", null, "TEXT_TOO_LONG")]
    public async Task A_question_with_a_bad_email_or_text_is_refused(string email, string? text, string code)
    {
        var response = await host.PostAsync(Ask, new { input = new { name = "Lê Văn Nam", email, field = "LAND", title = "Hỏi về đất đai", text = text ?? new string('a', 10_001) } });
        Assert.Equal(code, PayloadError(response, "askLegalQuestion"));
    }

    private async Task<(string ContestId, string ProvinceId, List<(string Id, int Correct)> Questions)> OpenContestAsync() => await host.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var contest = await db.Set<OnlineContest>().AsNoTracking().Include(c => c.Questions).FirstAsync(c => c.OpensAt <= now && c.ClosesAt > now);
        var province = await db.Set<AdministrativeUnit>().AsNoTracking().Where(u => u.Level == AdministrativeLevel.Province && u.ValidTo == null).OrderBy(u => u.Code).FirstAsync();
        return (Id("OnlineContest", contest.Id), Id("AdministrativeUnit", province.Id),
            contest.Questions.OrderBy(q => q.Position).Select(q => (Id("ContestQuestion", q.Id), q.CorrectOption)).ToList());
    });

    private const string Start = """
        mutation($input: StartContestAttemptInput!) { startContestAttempt(input: $input) { attempt { id startedAt expiresAt questionCount score } errors { code } } }
        """;
    private const string AnswerOne = """
        mutation($input: AnswerContestQuestionInput!) { answerContestQuestion(input: $input) { attempt { answeredCount } errors { code } } }
        """;
    private const string Submit = """
        mutation($input: SubmitContestAttemptInput!) { submitContestAttempt(input: $input) { attempt { score submittedAt answeredCount } errors { code } } }
        """;
    private static readonly string[] Letters = ["A", "B", "C", "D"];

    [Fact]
    public async Task A_contest_attempt_is_scored_on_the_server_within_the_time_limit()
    {
        var (contestId, provinceId, questions) = await OpenContestAsync();
        var started = await host.PostAsync(Start, new { input = new { contestId, participantName = "Phạm Minh Đức", email = "duc@example.vn", provinceId } });
        Assert.Null(PayloadError(started, "startContestAttempt"));
        var attempt = started.Data.GetProperty("startContestAttempt").GetProperty("attempt");
        var attemptId = attempt.GetProperty("id").GetString();
        Assert.Equal(TimeSpan.FromMinutes(20), attempt.GetProperty("expiresAt").GetDateTime() - attempt.GetProperty("startedAt").GetDateTime());

        // Every answer right but the first, which is wrong on purpose.
        var answers = questions.Select((q, i) => new { questionId = q.Id, option = Letters[i == 0 ? (q.Correct + 1) % 4 : q.Correct] }).ToArray();
        var submitted = await host.PostAsync(Submit, new { input = new { attemptId, answers } });
        Assert.Null(PayloadError(submitted, "submitContestAttempt"));
        Assert.Equal(questions.Count - 1, submitted.Data.GetProperty("submitContestAttempt").GetProperty("attempt").GetProperty("score").GetInt32());
        Assert.Equal("CONTEST_ATTEMPT_ALREADY_SUBMITTED", PayloadError(await host.PostAsync(Submit, new { input = new { attemptId } }), "submitContestAttempt"));
    }

    [Fact]
    public async Task After_the_time_limit_answers_are_refused_and_only_those_given_in_time_count()
    {
        var (contestId, provinceId, questions) = await OpenContestAsync();
        var started = await host.PostAsync(Start, new { input = new { contestId, participantName = "Võ Thị Lan", email = "lan@example.vn", provinceId } });
        var attemptId = started.Data.GetProperty("startContestAttempt").GetProperty("attempt").GetProperty("id").GetString();
        Assert.Null(PayloadError(await host.PostAsync(AnswerOne, new { input = new { attemptId, questionId = questions[0].Id, option = Letters[questions[0].Correct] } }), "answerContestQuestion"));

        host.Clock.Advance(TimeSpan.FromMinutes(21));
        try
        {
            Assert.Equal("CONTEST_ATTEMPT_EXPIRED", PayloadError(await host.PostAsync(AnswerOne,
                new { input = new { attemptId, questionId = questions[1].Id, option = Letters[questions[1].Correct] } }), "answerContestQuestion"));
            var late = questions.Skip(1).Select(q => new { questionId = q.Id, option = Letters[q.Correct] }).ToArray();
            Assert.Equal("CONTEST_ATTEMPT_EXPIRED", PayloadError(await host.PostAsync(Submit, new { input = new { attemptId, answers = late } }), "submitContestAttempt"));

            var handedIn = await host.PostAsync(Submit, new { input = new { attemptId } });
            Assert.Null(PayloadError(handedIn, "submitContestAttempt"));
            var result = handedIn.Data.GetProperty("submitContestAttempt").GetProperty("attempt");
            Assert.Equal(1, result.GetProperty("score").GetInt32());
            Assert.Equal(1, result.GetProperty("answeredCount").GetInt32());
        }
        finally
        {
            host.Clock.Advance(TimeSpan.FromMinutes(-21));
        }
    }

    [Fact]
    public async Task A_closed_contest_takes_no_attempt_and_ranks_its_participants()
    {
        var closed = await host.WithDbAsync(db => db.Set<OnlineContest>().AsNoTracking().Where(c => c.ClosesAt < DateTime.UtcNow).Select(c => c.Id).FirstAsync());
        var (_, provinceId, _) = await OpenContestAsync();
        var refused = await host.PostAsync(Start, new { input = new { contestId = Id("OnlineContest", closed), participantName = "Lý Văn Hòa", email = "hoa@example.vn", provinceId } });
        Assert.Equal("CONTEST_NOT_OPEN", PayloadError(refused, "startContestAttempt"));

        var board = await host.PostAsync("query($id: ID!) { contestLeaderboard(contestId: $id, first: 5) { rank participantName score durationSeconds province { name } } }",
            new { id = Id("OnlineContest", closed) });
        board.AssertNoErrors();
        var rows = board.Data.GetProperty("contestLeaderboard").EnumerateArray().ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal([1, 2, 3, 4, 5], rows.Select(r => r.GetProperty("rank").GetInt32()));
        var ranking = rows.Select(r => (Score: r.GetProperty("score").GetInt32(), Duration: r.GetProperty("durationSeconds").GetInt32())).ToList();
        Assert.Equal(ranking.OrderByDescending(r => r.Score).ThenBy(r => r.Duration), ranking);
    }
}
