using System.Security.Claims;
using System.Text.Json;
using Justice.Domain.Codification;
using Justice.Domain.Identity;
using Justice.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using static Justice.GraphQL.Tests.Codification.CodificationDemo;

namespace Justice.GraphQL.Tests.Codification;

public class CodificationWorkflowTests(CodificationWorkflowTests.Host host) : IClassFixture<CodificationWorkflowTests.Host>
{
    public sealed class Host : GraphQLHost
    {
        private CodificationDemo? _demo;
        private (Guid Ministry, Guid NotStarted, Guid InProgress)? _matrix;

        public async Task<CodificationDemo> DemoAsync() => _demo ??= await LoadAsync(this);

        /// <summary>A ministry with a topic not started and one in progress, apart from the topics the workflow test moves.</summary>
        public async Task<(Guid Ministry, Guid NotStarted, Guid InProgress)> MatrixAsync() => _matrix ??= await WithDbAsync(async db =>
        {
            var topics = await db.Set<CodificationTopic>().AsNoTracking()
                .Where(t => t.Status == CodificationTopicStatus.NotStarted || t.Status == CodificationTopicStatus.InProgress)
                .Where(t => !(t.SubjectNumber == 20 && t.Number == 2)).ToListAsync();
            var group = topics.GroupBy(t => t.AssignedMinistryId).OrderBy(g => g.Key)
                .First(g => g.Any(t => t.Status == CodificationTopicStatus.NotStarted) && g.Any(t => t.Status == CodificationTopicStatus.InProgress));
            return (group.Key, group.First(t => t.Status == CodificationTopicStatus.NotStarted).Id, group.First(t => t.Status == CodificationTopicStatus.InProgress).Id);
        });
    }

    private const string Ok = "ok";

    private async Task<Claim[]> MatrixCallerAsync(string kind)
    {
        var demo = await host.DemoAsync();
        var matrix = await host.MatrixAsync();
        var other = await host.WithDbAsync(db => db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Ministry && o.Id != matrix.Ministry && o.Code != CodificationTopic.AppraisingMinistryCode)
            .OrderBy(o => o.Code).Select(o => o.Id).FirstAsync());
        return kind switch
        {
            "client-with-scope" => TestCallers.Client("ministry-system", matrix.Ministry, JusticeScopes.CodificationRead, JusticeScopes.CodificationWrite),
            "client-without-scope" => TestCallers.Client("ministry-system", matrix.Ministry, JusticeScopes.CodificationRead),
            "editor-assigned" => TestCallers.Staff("editor@assigned.gov.vn", [StaffRoles.CodificationEditor], matrix.Ministry, null),
            "editor-other" => TestCallers.Staff("editor@other.gov.vn", [StaffRoles.CodificationEditor], other, null),
            _ => demo.Caller(kind),
        };
    }

    public static TheoryData<string, string> AddChapterMatrix => new()
    {
        { "anonymous", "UNAUTHENTICATED" },
        { "citizen", "FORBIDDEN" },
        { "commune-officer", "FORBIDDEN" },
        { "client-with-scope", Ok },
        { "client-without-scope", "FORBIDDEN" },
        { "editor-assigned", Ok },
        { "editor-other", "TOPIC_NOT_ASSIGNED_TO_MINISTRY" },
        { "appraiser", "TOPIC_NOT_ASSIGNED_TO_MINISTRY" },
        { "admin", "TOPIC_NOT_ASSIGNED_TO_MINISTRY" },
    };

    [Theory, MemberData(nameof(AddChapterMatrix))]
    public async Task Only_the_assigned_ministry_edits_a_topic(string caller, string expected)
    {
        var matrix = await host.MatrixAsync();
        var response = await host.PostAsync("""
            mutation($input: AddCodificationChapterInput!) {
              addCodificationChapter(input: $input) { chapter { title topic { id } } errors { code } }
            }
            """, new { input = new { topicId = Id("CodificationTopic", matrix.InProgress), number = "IX", title = "QUY ĐỊNH THỬ NGHIỆM" } },
            await MatrixCallerAsync(caller));

        AssertOutcome(response, "addCodificationChapter", expected);
    }

    public static TheoryData<string, string, string> WorkflowStepMatrix
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            var expectations = new Dictionary<string, (string Submit, string Appraise)>
            {
                ["anonymous"] = ("UNAUTHENTICATED", "UNAUTHENTICATED"),
                ["citizen"] = ("FORBIDDEN", "FORBIDDEN"),
                ["commune-officer"] = ("FORBIDDEN", "FORBIDDEN"),
                ["client-with-scope"] = ("TOPIC_TRANSITION_NOT_ALLOWED", "FORBIDDEN"),
                ["client-without-scope"] = ("FORBIDDEN", "FORBIDDEN"),
                ["editor-assigned"] = ("TOPIC_TRANSITION_NOT_ALLOWED", "FORBIDDEN"),
                ["editor-other"] = ("TOPIC_NOT_ASSIGNED_TO_MINISTRY", "FORBIDDEN"),
                // Past the access checks the topic refuses: it has not been started, so it cannot move on.
                ["appraiser"] = ("TOPIC_NOT_ASSIGNED_TO_MINISTRY", "TOPIC_TRANSITION_NOT_ALLOWED"),
                ["admin"] = ("TOPIC_NOT_ASSIGNED_TO_MINISTRY", "TOPIC_TRANSITION_NOT_ALLOWED"),
            };
            foreach (var (caller, (submit, appraise)) in expectations)
            {
                data.Add("submitCodificationTopic", caller, submit);
                data.Add("appraiseCodificationTopic", caller, appraise);
                data.Add("approveCodificationTopic", caller, appraise);
                data.Add("publishCodificationTopic", caller, appraise);
            }
            return data;
        }
    }

    [Theory, MemberData(nameof(WorkflowStepMatrix))]
    public async Task Workflow_steps_check_scope_ministry_and_status(string mutation, string caller, string expected)
    {
        var matrix = await host.MatrixAsync();
        var (inputType, input) = mutation switch
        {
            "submitCodificationTopic" => ("CodificationTopicStepInput", (object)new { topicId = Id("CodificationTopic", matrix.NotStarted) }),
            "appraiseCodificationTopic" => ("AppraiseCodificationTopicInput", new { topicId = Id("CodificationTopic", matrix.NotStarted), passed = true }),
            "approveCodificationTopic" => ("ApproveCodificationTopicInput", new { topicId = Id("CodificationTopic", matrix.NotStarted) }),
            _ => ("PublishCodificationTopicInput", new { topicId = Id("CodificationTopic", matrix.NotStarted) }),
        };
        var response = await host.PostAsync($$"""
            mutation($input: {{inputType}}!) { {{mutation}}(input: $input) { topic { status } errors { code } } }
            """, new { input }, await MatrixCallerAsync(caller));

        AssertOutcome(response, mutation, expected);
    }

    [Fact]
    public async Task A_topic_is_entered_submitted_returned_appraised_approved_and_published()
    {
        var demo = await host.DemoAsync();
        var topicId = Id("CodificationTopic", demo.LabourTopicId);
        var assigned = demo.Caller("editor-assigned");
        var other = demo.Caller("editor-other");
        var appraiser = demo.Caller("appraiser");

        var source = await host.PostAsync("{ legalDocument(number: \"45/2019/QH14\") { article(number: \"13\") { id } } }");
        var provisionId = source.AssertNoErrors().Data.GetProperty("legalDocument").GetProperty("article").GetProperty("id").GetString();
        var topic = await host.PostAsync("query($id: ID!) { codificationTopic(id: $id) { version chapters { id number } } }", new { id = topicId }, assigned);
        var chapterId = topic.AssertNoErrors().Data.GetProperty("codificationTopic").GetProperty("chapters")[2].GetProperty("id").GetString();
        var version = topic.Data.GetProperty("codificationTopic").GetProperty("version").GetInt32();

        const string addArticle = """
            mutation($input: AddCodificationArticleInput!) {
              addCodificationArticle(input: $input) { article { id symbol sourceNote source { number } chapter { id } topic { version } } errors { code } }
            }
            """;
        var articleInput = new { topicId, chapterId, sourceProvisionId = provisionId, expectedVersion = version };

        var refused = await host.PostAsync(addArticle, new { input = articleInput }, other);
        Assert.Equal(["TOPIC_NOT_ASSIGNED_TO_MINISTRY"], PayloadCodes(refused, "addCodificationArticle"));

        var added = await host.PostAsync(addArticle, new { input = articleInput }, assigned);
        Assert.Empty(PayloadCodes(added, "addCodificationArticle"));
        var article = added.Data.GetProperty("addCodificationArticle").GetProperty("article");
        Assert.Equal("Điều 20.2.BL.13", article.GetProperty("symbol").GetString());
        Assert.Equal("13", article.GetProperty("source").GetProperty("number").GetString());
        Assert.Equal(chapterId, article.GetProperty("chapter").GetProperty("id").GetString());
        var newVersion = article.GetProperty("topic").GetProperty("version").GetInt32();
        Assert.Equal(version + 1, newVersion);

        var twice = await host.PostAsync(addArticle, new { input = articleInput with { expectedVersion = newVersion } }, assigned);
        Assert.Equal(["CODE_SOURCE_ALREADY_CODIFIED"], PayloadCodes(twice, "addCodificationArticle"));
        var stale = await host.PostAsync(addArticle, new { input = articleInput }, assigned);
        Assert.Equal(["CONCURRENT_CHANGE"], PayloadCodes(stale, "addCodificationArticle"));

        var chapter = await host.PostAsync("""
            mutation($input: AddCodificationChapterInput!) { addCodificationChapter(input: $input) { chapter { id number title } errors { code } } }
            """, new { input = new { topicId, number = "XVIII", title = "CHƯƠNG TẠM" } }, assigned);
        Assert.Empty(PayloadCodes(chapter, "addCodificationChapter"));
        var newChapterId = chapter.Data.GetProperty("addCodificationChapter").GetProperty("chapter").GetProperty("id").GetString();
        var renamed = await host.PostAsync("""
            mutation($input: UpdateCodificationChapterInput!) { updateCodificationChapter(input: $input) { chapter { heading } errors { code } } }
            """, new { input = new { chapterId = newChapterId, number = "XVIII", title = "ĐIỀU KHOẢN THI HÀNH" } }, assigned);
        Assert.Empty(PayloadCodes(renamed, "updateCodificationChapter"));
        Assert.Equal("Chương XVIII ĐIỀU KHOẢN THI HÀNH", renamed.Data.GetProperty("updateCodificationChapter").GetProperty("chapter").GetProperty("heading").GetString());
        var notEmpty = await host.PostAsync("""
            mutation($input: RemoveCodificationChapterInput!) { removeCodificationChapter(input: $input) { topic { code } errors { code } } }
            """, new { input = new { chapterId } }, assigned);
        Assert.Equal(["CODE_CHAPTER_NOT_EMPTY"], PayloadCodes(notEmpty, "removeCodificationChapter"));
        var removedChapter = await host.PostAsync("""
            mutation($input: RemoveCodificationChapterInput!) { removeCodificationChapter(input: $input) { topic { chapters { id } } errors { code } } }
            """, new { input = new { chapterId = newChapterId } }, assigned);
        Assert.Empty(PayloadCodes(removedChapter, "removeCodificationChapter"));
        Assert.DoesNotContain(removedChapter.Data.GetProperty("removeCodificationChapter").GetProperty("topic").GetProperty("chapters").EnumerateArray(),
            c => c.GetProperty("id").GetString() == newChapterId);

        var removedArticle = await host.PostAsync("""
            mutation($input: RemoveCodificationArticleInput!) { removeCodificationArticle(input: $input) { topic { articles { symbol } } errors { code } } }
            """, new { input = new { articleId = article.GetProperty("id").GetString() } }, assigned);
        Assert.Empty(PayloadCodes(removedArticle, "removeCodificationArticle"));
        Assert.DoesNotContain(removedArticle.Data.GetProperty("removeCodificationArticle").GetProperty("topic").GetProperty("articles").EnumerateArray(),
            a => a.GetProperty("symbol").GetString() == "Điều 20.2.BL.13");

        Assert.Equal("APPRAISAL", await StepAsync("submitCodificationTopic", "CodificationTopicStepInput", new { topicId }, assigned));
        var locked = await host.PostAsync(addArticle, new { input = new { topicId, chapterId, sourceProvisionId = provisionId } }, assigned);
        Assert.Equal(["TOPIC_NOT_EDITABLE"], PayloadCodes(locked, "addCodificationArticle"));

        var byOtherMinistry = await host.PostAsync("""
            mutation($input: AppraiseCodificationTopicInput!) { appraiseCodificationTopic(input: $input) { topic { status } errors { code } } }
            """, new { input = new { topicId, passed = true } },
            TestCallers.Staff("appraiser@other.gov.vn", [StaffRoles.CodificationAppraiser], demo.OtherMinistryId, null));
        Assert.Equal(["TOPIC_APPRAISAL_BY_MOJ_ONLY"], PayloadCodes(byOtherMinistry, "appraiseCodificationTopic"));

        Assert.Equal("IN_PROGRESS", await StepAsync("appraiseCodificationTopic", "AppraiseCodificationTopicInput",
            new { topicId, passed = false, remarks = "Đề nghị bổ sung ghi chú nguồn của Chương II." }, appraiser));
        var remarks = await host.PostAsync("query($id: ID!) { codificationTopic(id: $id) { appraisalRemarks } }", new { id = topicId }, assigned);
        Assert.Equal("Đề nghị bổ sung ghi chú nguồn của Chương II.", remarks.Data.GetProperty("codificationTopic").GetProperty("appraisalRemarks").GetString());

        Assert.Equal("APPRAISAL", await StepAsync("submitCodificationTopic", "CodificationTopicStepInput", new { topicId }, assigned));
        Assert.Equal("SUBMITTED_TO_GOVERNMENT", await StepAsync("appraiseCodificationTopic", "AppraiseCodificationTopicInput", new { topicId, passed = true }, appraiser));
        Assert.Equal("APPROVED", await StepAsync("approveCodificationTopic", "ApproveCodificationTopicInput",
            new { topicId, approvedOn = "2026-11-20", decision = "Phiên họp Chính phủ thường kỳ tháng 11 năm 2026" }, TestCallers.Administrator()));
        var again = await host.PostAsync("""
            mutation($input: ApproveCodificationTopicInput!) { approveCodificationTopic(input: $input) { topic { status } errors { code } } }
            """, new { input = new { topicId } }, appraiser);
        Assert.Equal(["TOPIC_TRANSITION_NOT_ALLOWED"], PayloadCodes(again, "approveCodificationTopic"));
        Assert.Equal("PUBLISHED", await StepAsync("publishCodificationTopic", "PublishCodificationTopicInput", new { topicId, publishedOn = "2026-11-25" }, appraiser));

        var publicView = await host.PostAsync("query($id: ID!) { codificationTopic(id: $id) { status approvedOn publishedOn } }", new { id = topicId });
        var view = publicView.AssertNoErrors().Data.GetProperty("codificationTopic");
        Assert.Equal("PUBLISHED", view.GetProperty("status").GetString());
        Assert.Equal("2026-11-20", view.GetProperty("approvedOn").GetString());
    }

    private async Task<string?> StepAsync(string mutation, string inputType, object input, Claim[] caller)
    {
        var response = await host.PostAsync($$"""
            mutation($input: {{inputType}}!) { {{mutation}}(input: $input) { topic { status } errors { code message } } }
            """, new { input }, caller);
        Assert.Empty(PayloadCodes(response, mutation));
        return response.Data.GetProperty(mutation).GetProperty("topic").GetProperty("status").GetString();
    }

    private static IReadOnlyList<string?> PayloadCodes(GraphQLResponse response, string mutation) =>
        response.AssertNoErrors().Data.GetProperty(mutation).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();

    /// <summary>ok: no errors at all; an access code: a request error and no data; a domain code: a payload error.</summary>
    internal static void AssertOutcome(GraphQLResponse response, string mutation, string expected)
    {
        if (expected is "UNAUTHENTICATED" or "FORBIDDEN" or "OUTSIDE_JURISDICTION")
        {
            Assert.Equal([expected], response.ErrorCodes);
            return;
        }
        var payload = response.AssertNoErrors().Data.GetProperty(mutation);
        var codes = payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
        if (expected == Ok) Assert.Empty(codes);
        else Assert.Equal([expected], codes);
        var result = payload.EnumerateObject().First(p => p.Name != "errors").Value;
        Assert.Equal(expected == Ok, result.ValueKind == JsonValueKind.Object);
    }
}
