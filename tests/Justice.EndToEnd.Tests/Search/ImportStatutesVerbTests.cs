using Justice.Search.Documents;
using Justice.Search.Indexing;

namespace Justice.EndToEnd.Tests.Search;

/// <summary>The <c>import-statutes</c> and <c>reindex</c> verbs, run as an operator would, on the embedded database.</summary>
public class ImportStatutesVerbTests
{
    private const string Corpus = """
        [
          {"id": "Luật Trợ giúp pháp lý", "articles": [
            {"id": "1", "text": "Phạm vi điều chỉnh\nLuật này quy định về người được trợ giúp pháp lý."},
            {"id": "2", "text": "Người được trợ giúp pháp lý\n1. Người có công với cách mạng.\n2. Người thuộc hộ nghèo."}]},
          {"id": "53/2014/QH13", "articles": [
            {"id": "1", "text": "Phạm vi điều chỉnh\nLuật này quy định về công chứng viên và tổ chức hành nghề công chứng."}]}
        ]
        """;

    [Fact]
    public async Task Import_statutes_loads_and_indexes_a_corpus_once_and_reindex_counts_it()
    {
        var dataPath = Directory.CreateTempSubdirectory("justice-import-").FullName;
        var corpus = Path.Combine(dataPath, "corpus.json");
        await File.WriteAllTextAsync(corpus, Corpus);
        string[] configuration = [$"--Justice:DataPath={dataPath}", "--Justice:SeedDemoDataWhenEmpty=false"];
        try
        {
            var first = await OperatorProcess.RunAsync(["import-statutes", corpus, .. configuration]);
            Assert.True(first.ExitCode == 0, first.Output);
            Assert.Contains("Imported 2 laws (3 articles); 0 already present.", first.Output);
            Assert.Contains("Search index: 2 documents, 3 articles.", first.Output);

            var second = await OperatorProcess.RunAsync(["import-statutes", corpus, .. configuration]);
            Assert.True(second.ExitCode == 0, second.Output);
            Assert.Contains("Imported 0 laws (0 articles); 2 already present.", second.Output);
            Assert.Contains("Search index: 2 documents, 3 articles.", second.Output);

            using (var index = new SearchIndexHost(Path.Combine(dataPath, "search")))
            {
                Assert.Equal("53/2014/QH13", index.Documents.Search(new LegalDocumentQuery("cong chung vien")).Hits.Single().Number);
                Assert.Equal("2", index.Articles.Search("hộ nghèo")[0].ArticleNumber);
            }

            Directory.Delete(Path.Combine(dataPath, "search"), recursive: true);
            var reindex = await OperatorProcess.RunAsync(["reindex", .. configuration]);
            Assert.True(reindex.ExitCode == 0, reindex.Output);
            Assert.Contains("Indexed 2 documents and 3 articles", reindex.Output);

            var missing = await OperatorProcess.RunAsync(["import-statutes", Path.Combine(dataPath, "none.json"), .. configuration]);
            Assert.Equal(2, missing.ExitCode);
            Assert.Contains("File not found", missing.Output);
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }
}
