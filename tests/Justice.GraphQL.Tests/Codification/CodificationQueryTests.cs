using System.Text.Json;
using static Justice.GraphQL.Tests.Codification.CodificationDemo;

namespace Justice.GraphQL.Tests.Codification;

public class CodificationQueryTests(CodificationQueryTests.Host host, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<CodificationQueryTests.Host>
{
    public sealed class Host : GraphQLHost
    {
        private CodificationDemo? _demo;
        public async Task<CodificationDemo> DemoAsync() => _demo ??= await LoadAsync(this);
    }

    public static TheoryData<string> AllCallers =>
        ["anonymous", "citizen", "commune-officer", "client-with-scope", "client-without-scope", "editor-assigned", "editor-other", "appraiser", "admin"];

    private static readonly HashSet<string> ReadersOfDrafts = ["client-with-scope", "editor-assigned", "editor-other", "appraiser", "admin"];

    [Theory, MemberData(nameof(AllCallers))]
    public async Task Everyone_reads_the_45_subjects_but_only_readers_of_drafts_see_topics_in_progress(string caller)
    {
        var demo = await host.DemoAsync();
        var response = await host.PostAsync("{ codificationSubjects { number name topics { id code status } } }", null, demo.Caller(caller));

        response.AssertNoErrors();
        var subjects = response.Data.GetProperty("codificationSubjects").EnumerateArray().ToList();
        Assert.Equal(45, subjects.Count);
        Assert.Equal(Enumerable.Range(1, 45), subjects.Select(s => s.GetProperty("number").GetInt32()));
        var topics = subjects.SelectMany(s => s.GetProperty("topics").EnumerateArray()).ToList();
        Assert.Contains(topics, t => t.GetProperty("code").GetString() == "9.1");
        Assert.Equal(ReadersOfDrafts.Contains(caller), topics.Any(t => t.GetProperty("code").GetString() == "20.2"));
        if (!ReadersOfDrafts.Contains(caller))
            Assert.All(topics, t => Assert.Contains(t.GetProperty("status").GetString(), new[] { "APPROVED", "PUBLISHED" }));
    }

    [Theory, MemberData(nameof(AllCallers))]
    public async Task A_published_topic_is_public_and_a_topic_in_progress_needs_codification_read(string caller)
    {
        var demo = await host.DemoAsync();
        const string query = "query($id: ID!) { codificationTopic(id: $id) { code name status assignedMinistry { code } appraisalRemarks } }";

        var published = await host.PostAsync(query, new { id = Id("CodificationTopic", demo.CivilTopicId) }, demo.Caller(caller));
        var inProgress = await host.PostAsync(query, new { id = Id("CodificationTopic", demo.LabourTopicId) }, demo.Caller(caller));
        var appraisal = await host.PostAsync(query, new { id = Id("CodificationTopic", demo.CybersecurityTopicId) }, demo.Caller(caller));

        published.AssertNoErrors();
        inProgress.AssertNoErrors();
        appraisal.AssertNoErrors();
        Assert.Equal("9.1", published.Data.GetProperty("codificationTopic").GetProperty("code").GetString());
        Assert.Equal(ReadersOfDrafts.Contains(caller), inProgress.Data.GetProperty("codificationTopic").ValueKind == JsonValueKind.Object);
        Assert.Equal(ReadersOfDrafts.Contains(caller), appraisal.Data.GetProperty("codificationTopic").ValueKind == JsonValueKind.Object);
    }

    [Theory, MemberData(nameof(AllCallers))]
    public async Task Topic_lists_and_article_lists_hide_drafts_from_the_public(string caller)
    {
        var demo = await host.DemoAsync();
        var response = await host.PostAsync("""
            query($topic: ID!) {
              codificationTopics(filter: { statuses: [IN_PROGRESS, APPRAISAL] }) { totalCount }
              codificationArticles(topicId: $topic) { totalCount }
            }
            """, new { topic = Id("CodificationTopic", demo.LabourTopicId) }, demo.Caller(caller));

        response.AssertNoErrors();
        var drafts = response.Data.GetProperty("codificationTopics").GetProperty("totalCount").GetInt32();
        var articles = response.Data.GetProperty("codificationArticles").GetProperty("totalCount").GetInt32();
        if (ReadersOfDrafts.Contains(caller)) { Assert.True(drafts > 0); Assert.True(articles > 0); }
        else { Assert.Equal(0, drafts); Assert.Equal(0, articles); }
    }

    [Fact]
    public async Task The_Code_is_browsed_from_subject_to_the_source_document_of_an_article()
    {
        var subjects = await host.PostAsync("{ codificationSubjects { number name topics { id code name status } } }");
        var civil = subjects.AssertNoErrors().Data.GetProperty("codificationSubjects").EnumerateArray().Single(s => s.GetProperty("number").GetInt32() == 9)
            .GetProperty("topics").EnumerateArray().Single(t => t.GetProperty("code").GetString() == "9.1");
        Assert.Equal("PUBLISHED", civil.GetProperty("status").GetString());

        var response = await host.PostAsync("""
            query($id: ID!) {
              codificationTopic(id: $id) {
                code subject { number name } assignedMinistry { code }
                chapters {
                  number title heading
                  articles { symbol heading sourceNote
                    source { label number document { number } }
                    sourceDocument { number title issuingBodyName } }
                }
              }
            }
            """, new { id = civil.GetProperty("id").GetString() });

        var topic = response.AssertNoErrors().Data.GetProperty("codificationTopic");
        Assert.Equal(9, topic.GetProperty("subject").GetProperty("number").GetInt32());
        var chapter = topic.GetProperty("chapters")[0];
        Assert.Equal("I", chapter.GetProperty("number").GetString());
        var article = chapter.GetProperty("articles")[0];
        Assert.Equal("Điều 9.1.BL.1", article.GetProperty("symbol").GetString());
        Assert.Equal("1", article.GetProperty("source").GetProperty("number").GetString());
        Assert.Equal("Điều 1", article.GetProperty("source").GetProperty("label").GetString());
        Assert.Equal("91/2015/QH13", article.GetProperty("source").GetProperty("document").GetProperty("number").GetString());
        Assert.Equal("91/2015/QH13", article.GetProperty("sourceDocument").GetProperty("number").GetString());
        Assert.StartsWith("(Điều 1 Bộ luật số 91/2015/QH13", article.GetProperty("sourceNote").GetString());
    }

    [Fact]
    public async Task Topics_filter_by_subject_and_ministry_order_and_page_with_after()
    {
        var demo = await host.DemoAsync();
        var subject9 = await host.PostAsync("{ codificationSubjects { id number } }");
        var subjectId = subject9.Data.GetProperty("codificationSubjects").EnumerateArray().Single(s => s.GetProperty("number").GetInt32() == 9).GetProperty("id").GetString();
        const string query = """
            query($filter: CodificationTopicFilter, $order: CodificationTopicOrder, $after: String) {
              codificationTopics(filter: $filter, order: $order, first: 3, after: $after) {
                totalCount pageInfo { hasNextPage endCursor }
                edges { node { id code number name subject { number } assignedMinistry { id } } }
              }
            }
            """;
        var admin = demo.Caller("admin");

        var first = await host.PostAsync(query, new { order = new { field = "CODE" } }, admin);
        first.AssertNoErrors();
        var page1 = first.Data.GetProperty("codificationTopics");
        Assert.True(page1.GetProperty("totalCount").GetInt32() > 200);
        Assert.True(page1.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var second = await host.PostAsync(query,
            new { order = new { field = "CODE" }, after = page1.GetProperty("pageInfo").GetProperty("endCursor").GetString() }, admin);
        second.AssertNoErrors();
        var nodes = page1.GetProperty("edges").EnumerateArray().Concat(second.Data.GetProperty("codificationTopics").GetProperty("edges").EnumerateArray())
            .Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(6, nodes.Select(n => n.GetProperty("id").GetString()).Distinct().Count());
        var keys = nodes.Select(n => n.GetProperty("subject").GetProperty("number").GetInt32() * 1000 + n.GetProperty("number").GetInt32()).ToList();
        Assert.Equal(keys.Order(), keys);

        var bySubject = await host.PostAsync(query, new { filter = new { subjectId } }, admin);
        var subjectNodes = bySubject.AssertNoErrors().Data.GetProperty("codificationTopics").GetProperty("edges").EnumerateArray().ToList();
        Assert.NotEmpty(subjectNodes);
        Assert.All(subjectNodes, e => Assert.Equal(9, e.GetProperty("node").GetProperty("subject").GetProperty("number").GetInt32()));

        var ministryId = Id("Organisation", demo.LabourMinistryId);
        var byMinistry = await host.PostAsync(query, new { filter = new { assignedMinistryId = ministryId }, order = new { field = "NAME", direction = "DESC" } }, admin);
        byMinistry.AssertNoErrors();
        var names = byMinistry.Data.GetProperty("codificationTopics").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Equal(ministryId, n.GetProperty("assignedMinistry").GetProperty("id").GetString()));
        var titles = names.Select(n => n.GetProperty("name").GetString()!).ToList();
        Assert.Equal(titles.OrderDescending(StringComparer.Ordinal), titles);
    }

    [Fact]
    public async Task Nodes_round_trip_with_the_same_access_rules()
    {
        var demo = await host.DemoAsync();
        var articles = await host.PostAsync("""
            query($civil: ID!, $labour: ID!) {
              civil: codificationArticles(topicId: $civil, first: 1) { edges { node { id symbol chapter { id } } } }
              labour: codificationArticles(topicId: $labour, first: 1) { edges { node { id symbol } } }
            }
            """, new { civil = Id("CodificationTopic", demo.CivilTopicId), labour = Id("CodificationTopic", demo.LabourTopicId) }, demo.Caller("admin"));
        articles.AssertNoErrors();
        var civilArticle = articles.Data.GetProperty("civil").GetProperty("edges")[0].GetProperty("node");
        var labourArticle = articles.Data.GetProperty("labour").GetProperty("edges")[0].GetProperty("node");
        const string node = "query($id: ID!) { node(id: $id) { id ... on CodificationArticle { symbol } ... on CodificationChapter { title } ... on CodificationTopic { code } } }";

        var publicArticle = await host.PostAsync(node, new { id = civilArticle.GetProperty("id").GetString() });
        var publicChapter = await host.PostAsync(node, new { id = civilArticle.GetProperty("chapter").GetProperty("id").GetString() });
        var draftAnonymous = await host.PostAsync(node, new { id = labourArticle.GetProperty("id").GetString() });
        var draftReader = await host.PostAsync(node, new { id = labourArticle.GetProperty("id").GetString() }, demo.Caller("client-with-scope"));
        var draftTopic = await host.PostAsync(node, new { id = Id("CodificationTopic", demo.LabourTopicId) });

        Assert.Equal(civilArticle.GetProperty("symbol").GetString(), publicArticle.AssertNoErrors().Data.GetProperty("node").GetProperty("symbol").GetString());
        Assert.Equal(JsonValueKind.Object, publicChapter.AssertNoErrors().Data.GetProperty("node").ValueKind);
        Assert.Equal(JsonValueKind.Null, draftAnonymous.AssertNoErrors().Data.GetProperty("node").ValueKind);
        Assert.Equal(labourArticle.GetProperty("symbol").GetString(), draftReader.AssertNoErrors().Data.GetProperty("node").GetProperty("symbol").GetString());
        Assert.Equal(JsonValueKind.Null, draftTopic.AssertNoErrors().Data.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task A_bad_topic_id_is_refused_with_INVALID_ID()
    {
        var response = await host.PostAsync("{ codificationTopic(id: \"abc\") { code } }");
        Assert.Contains("INVALID_ID", response.ErrorCodes);
    }

    [Fact]
    public async Task A_page_of_Code_articles_with_nested_topic_chapter_and_source_runs_a_constant_number_of_queries()
    {
        var demo = await host.DemoAsync();
        const string query = """
            query($topic: ID!, $first: Int!) {
              codificationArticles(topicId: $topic, first: $first) {
                edges { node {
                  symbol
                  topic { code subject { name } assignedMinistry { name } }
                  chapter { heading topic { code } }
                  source { label document { number } }
                  sourceDocument { title issuingBody { name } }
                } }
              }
            }
            """;
        async Task<int> CountAsync(int first)
        {
            using var counter = new SqlCommandCounter(host);
            var response = await host.PostAsync(query, new { topic = Id("CodificationTopic", demo.CivilTopicId), first });
            response.AssertNoErrors();
            Assert.Equal(first, response.Data.GetProperty("codificationArticles").GetProperty("edges").GetArrayLength());
            return counter.Count;
        }

        await CountAsync(10); // warms the caches of the process (jurisdictions, compiled queries)
        var ten = await CountAsync(10);
        var fifty = await CountAsync(50);
        output.WriteLine($"SQL commands: {ten} for 10 articles, {fifty} for 50");

        Assert.True(ten > 0);
        Assert.Equal(ten, fifty);
        Assert.True(fifty <= 12, $"{fifty} SQL commands for one page");
    }
}
