using System.IO.Compression;

namespace Justice.Domain.Tests.LegalDocuments;

/// <summary>Statute corpora kept in the repository, found from the test binaries up to <c>Justice.sln</c>.</summary>
internal static class CorpusFiles
{
    public static Stream NumberedStatutes() => OpenGzip("Justice.Domain", "LegalDocuments", "Data", "laws-2022-numbered.json.gz");

    public static Stream TwentyEightLaws() => OpenGzip("tests", "data", "legal-corpus", "laws-28.json.gz");

    private static Stream OpenGzip(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Justice.sln"))) continue;
            var path = Path.Combine([dir.FullName, .. parts]);
            return new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        }
        throw new DirectoryNotFoundException("Repository root (Justice.sln) not found above the test binaries.");
    }
}
