using System.Text.Json;

namespace Justice.GraphQL.Tests.Search;

/// <summary>The search fields over the index the host builds from the demo data at start.</summary>
public class LegalSearchTests(LegalSearchTests.Host host) : IClassFixture<LegalSearchTests.Host>
{
    public sealed class Host : GraphQLHost;

    /// <summary>The index is derived data built in the background at first start; wait until it is ready.</summary>
    private async Task<GraphQLResponse> SearchAsync(string query, object? variables = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = (await host.PostAsync(query, variables)).AssertNoErrors();
            var root = response.Data.EnumerateObject().First().Value;
            if (!root.GetProperty("indexRebuilding").GetBoolean()) return response;
            Assert.True(attempt < 240, "The search index was still rebuilding after two minutes.");
            await Task.Delay(500);
        }
    }

    [Fact]
    public async Task A_search_without_diacritics_finds_documents_with_highlights_and_facet_counts()
    {
        var response = await SearchAsync("""
            { searchLegalDocuments(query: "hon nhan gia dinh", first: 5) { indexRebuilding totalCount
                pageInfo { hasNextPage } nodes { title snippetHtml document { id number } }
                facets { dimension values { value count } } } }
            """);

        var result = response.Data.GetProperty("searchLegalDocuments");
        Assert.True(result.GetProperty("totalCount").GetInt32() > 0);
        var nodes = result.GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        Assert.Contains(nodes, n => n.GetProperty("snippetHtml").GetString()!.Contains("<mark>"));
        var facets = result.GetProperty("facets").EnumerateArray().ToDictionary(f => f.GetProperty("dimension").GetString()!);
        Assert.Contains("type", facets.Keys);
        var typeCounts = facets["type"].GetProperty("values").EnumerateArray().Sum(v => v.GetProperty("count").GetInt32());
        Assert.Equal(result.GetProperty("totalCount").GetInt32(), typeCounts);
    }

    [Fact]
    public async Task A_hit_names_its_document_and_its_kind_as_the_document_does_and_facets_come_only_when_asked()
    {
        var response = await SearchAsync("""
            { searchLegalDocuments(query: "hôn nhân gia đình", first: 3) { indexRebuilding
                nodes { documentId typeName statusName effectiveDate document { id typeName statusName effectiveDate } } } }
            """);

        var nodes = response.Data.GetProperty("searchLegalDocuments").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        foreach (var node in nodes)
        {
            var document = node.GetProperty("document");
            Assert.Equal(document.GetProperty("id").GetString(), node.GetProperty("documentId").GetString());
            Assert.Equal(document.GetProperty("typeName").GetString(), node.GetProperty("typeName").GetString());
            Assert.Equal(document.GetProperty("statusName").GetString(), node.GetProperty("statusName").GetString());
            Assert.Equal(document.GetProperty("effectiveDate").ToString(), node.GetProperty("effectiveDate").ToString());
        }
        // Facets asked for through a fragment are still counted.
        var withFacets = await SearchAsync("""
            { searchLegalDocuments(query: "hôn nhân gia đình", first: 1) { indexRebuilding ...Counts } }
            fragment Counts on LegalDocumentSearchResult { facets { dimension values { count } } }
            """);
        Assert.NotEmpty(withFacets.Data.GetProperty("searchLegalDocuments").GetProperty("facets").EnumerateArray()
            .SelectMany(f => f.GetProperty("values").EnumerateArray()));
    }

    [Fact]
    public async Task A_legal_question_is_answered_by_ranked_articles_with_their_document()
    {
        var response = await SearchAsync("""
            { searchLegalArticles(query: "Tuổi nghỉ hưu của người lao động là bao nhiêu?", first: 5) { indexRebuilding
                nodes { number title kind snippetHtml document { title number } } } }
            """);

        var nodes = response.Data.GetProperty("searchLegalArticles").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(5, nodes.Count);
        Assert.All(nodes, n => Assert.False(string.IsNullOrEmpty(n.GetProperty("number").GetString())));
        Assert.Contains(nodes, n => n.GetProperty("document").ValueKind == JsonValueKind.Object
            && n.GetProperty("document").GetProperty("title").GetString() == "Bộ luật Lao động"
            && n.GetProperty("number").GetString() == "169");
    }

    [Fact]
    public async Task A_query_that_finds_nothing_gets_a_suggestion_that_does_find_something()
    {
        const string search = "query($q: String) { searchLegalDocuments(query: $q) { indexRebuilding totalCount suggestion } }";
        var response = await SearchAsync(search, new { q = "nguoi lao dongg" });

        var result = response.Data.GetProperty("searchLegalDocuments");
        Assert.Equal(0, result.GetProperty("totalCount").GetInt32());
        var suggestion = result.GetProperty("suggestion").GetString();
        Assert.False(string.IsNullOrEmpty(suggestion));
        var followed = (await SearchAsync(search, new { q = suggestion })).Data.GetProperty("searchLegalDocuments");
        Assert.True(followed.GetProperty("totalCount").GetInt32() > 0, suggestion);
    }

    [Fact]
    public async Task Empty_questions_and_oversized_pages_are_refused_with_codes()
    {
        var empty = await host.PostAsync("""{ searchLegalArticles(query: "   ") { totalCount } }""");
        var large = await host.PostAsync("""{ searchLegalArticles(query: "thừa kế", first: 500) { totalCount } }""");

        Assert.Equal(["INVALID_ARGUMENT"], empty.ErrorCodes);
        Assert.Equal(["PAGE_TOO_LARGE"], large.ErrorCodes);
    }
}
