using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Justice.Domain.LegalDocuments;

namespace Justice.Search.Tests;

/// <summary>Corpora and judged questions kept in the repository, found from the test binaries up to <c>Justice.sln</c>.</summary>
internal static class TestData
{
    public static IReadOnlyList<LegalDocument> NumberedStatutes() => ReadCorpus("Justice.Domain", "LegalDocuments", "Data", "laws-2022-numbered.json.gz");

    public static IReadOnlyList<LegalDocument> TwentyEightLaws() => ReadCorpus("tests", "data", "legal-corpus", "laws-28.json.gz");

    public static IReadOnlyList<JudgedQuestion> Questions(string name)
    {
        using var stream = OpenGzip("tests", "data", "legal-retrieval-dev", name + ".json.gz");
        return JsonSerializer.Deserialize<List<JudgedQuestion>>(stream)
            ?? throw new InvalidDataException($"{name}: no questions.");
    }

    private static IReadOnlyList<LegalDocument> ReadCorpus(params string[] parts)
    {
        using var stream = OpenGzip(parts);
        return new StatuteCorpusReader(splitPoints: false).ReadDocuments(stream);
    }

    private static GZipStream OpenGzip(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Justice.sln"))) continue;
            return new GZipStream(File.OpenRead(Path.Combine([dir.FullName, .. parts])), CompressionMode.Decompress);
        }
        throw new DirectoryNotFoundException("Repository root (Justice.sln) not found above the test binaries.");
    }
}

public sealed record JudgedQuestion(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("relevant_articles")] IReadOnlyList<RelevantArticle> RelevantArticles);

public sealed record RelevantArticle(
    [property: JsonPropertyName("law_id")] string LawId,
    [property: JsonPropertyName("article_id")] string ArticleId);
