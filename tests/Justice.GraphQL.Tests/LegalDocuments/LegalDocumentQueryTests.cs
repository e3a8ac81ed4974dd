using System.Text;
using Justice.Domain.LegalDocuments;
using Justice.GraphQL.Common;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Tests.LegalDocuments;

/// <summary>The national legal database through the API: public reads, filters, order, paging, structure, relations.</summary>
public class LegalDocumentQueryTests(LegalDocumentQueryTests.Host host) : IClassFixture<LegalDocumentQueryTests.Host>
{
    public sealed class Host : GraphQLHost;

    [Fact]
    public async Task Anyone_can_find_a_law_by_number_even_typed_without_diacritics_or_in_NFD()
    {
        var law = await host.WithDbAsync(db => db.Set<LegalDocument>().AsNoTracking()
            .Where(d => d.Type == LegalDocumentType.Decree && d.ProvinceId == null).OrderBy(d => d.Title).FirstAsync());
        var typed = law.Number!.Value.Replace("NĐ", "ND");
        var nfd = law.Number.Value.Normalize(NormalizationForm.FormD);

        foreach (var number in new[] { law.Number.Value, typed, nfd })
        {
            var response = await host.PostAsync("query($n: String) { legalDocument(number: $n) { id title number typeName } }", new { n = number });
            var found = response.AssertNoErrors().Data.GetProperty("legalDocument");
            Assert.Equal(law.Title, found.GetProperty("title").GetString());
            Assert.Equal(law.Number.Value, found.GetProperty("number").GetString());
            Assert.Equal("Nghị định", found.GetProperty("typeName").GetString());
        }
    }

    [Fact]
    public async Task A_badly_formed_number_is_an_argument_error()
    {
        var response = await host.PostAsync("""{ legalDocument(number: "abc") { title } }""");
        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }

    [Fact]
    public async Task Filtered_and_ordered_pages_follow_each_other_without_gaps_or_repeats()
    {
        const string query = """
            query($after: String) {
              legalDocuments(first: 7, after: $after, filter: { types: [LAW, DECREE], central: true }, order: { field: ISSUE_DATE, direction: DESC }) {
                totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
                edges { node { id type issueDate } }
              }
            }
            """;
        var first = (await host.PostAsync(query)).AssertNoErrors().Data.GetProperty("legalDocuments");
        var after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = (await host.PostAsync(query, new { after })).AssertNoErrors().Data.GetProperty("legalDocuments");

        var expectedTotal = await host.WithDbAsync(db => db.Set<LegalDocument>()
            .CountAsync(d => (d.Type == LegalDocumentType.Law || d.Type == LegalDocumentType.Decree) && d.ProvinceId == null));
        Assert.Equal(expectedTotal, first.GetProperty("totalCount").GetInt32());
        Assert.True(expectedTotal > 14);
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        var nodes = first.GetProperty("edges").EnumerateArray().Concat(second.GetProperty("edges").EnumerateArray())
            .Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(14, nodes.Select(n => n.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(nodes, n => Assert.Contains(n.GetProperty("type").GetString(), new[] { "LAW", "DECREE" }));
        var dates = nodes.Select(n => n.GetProperty("issueDate").GetString() ?? "").ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task A_document_reads_with_its_structure_articles_and_relations_and_comes_back_through_node()
    {
        var law = await host.WithDbAsync(db => db.Set<LegalDocument>().AsNoTracking()
            .Where(d => d.Provisions.Any(p => p.Kind == ProvisionKind.Article) && d.Relations.Any())
            .OrderBy(d => d.Title).FirstAsync());
        var id = GlobalId.Encode("LegalDocument", law.Id);

        var response = await host.PostAsync("""
            query($id: ID!) {
              node(id: $id) { id ... on LegalDocument { title
                structure { label children { label } }
                articles { number label document { id } }
                article(number: "1") { label text }
                relations { type target { title } } } }
            }
            """, new { id });

        var node = response.AssertNoErrors().Data.GetProperty("node");
        Assert.Equal(id, node.GetProperty("id").GetString());
        Assert.Equal(law.Title, node.GetProperty("title").GetString());
        Assert.NotEmpty(node.GetProperty("structure").EnumerateArray());
        var articles = node.GetProperty("articles").EnumerateArray().ToList();
        Assert.NotEmpty(articles);
        Assert.All(articles, a => Assert.Equal(id, a.GetProperty("document").GetProperty("id").GetString()));
        Assert.Equal("Điều 1", node.GetProperty("article").GetProperty("label").GetString());
        Assert.NotEmpty(node.GetProperty("relations").EnumerateArray());
    }

    [Fact]
    public async Task A_page_of_50_documents_with_nested_fields_costs_the_same_number_of_queries_as_a_page_of_10()
    {
        const string query = """
            query($n: Int) { legalDocuments(first: $n) { totalCount edges { node { title issuingBody { name parent { name } }
              province { name } articles { number } relations { type target { title issuingBody { name } } } } } } }
            """;
        // Warm up with the same shape: model building, the first connection and the administrative units (read once
        // per process) are not the point.
        await host.PostAsync(query, new { n = 50 });

        int Count(Func<Task> run)
        {
            using var counter = new SqlCommandCounter(host);
            run().GetAwaiter().GetResult();
            return counter.Count;
        }
        // Background workers (the search index rebuilding from the database at start) can only add commands while
        // one is counted: the fewest of three runs is the request's own.
        int Fewest(int n) => Enumerable.Range(0, 3).Min(_ => Count(async () => (await host.PostAsync(query, new { n })).AssertNoErrors()));
        var ten = Fewest(10);
        var fifty = Fewest(50);

        Assert.Equal(ten, fifty);
        Assert.InRange(fifty, 3, 12);
    }
}
