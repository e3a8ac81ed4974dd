namespace Justice.Domain.Tests.LegalDocuments;

/// <summary>The public data beside the repository (<c>../shared/data</c>), found from the test binaries upward.</summary>
internal static class SharedData
{
    public static string PathOf(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Justice.sln"))) continue;
            var path = Path.Combine([dir.FullName, "..", "shared", "data", .. parts]);
            return File.Exists(path) ? Path.GetFullPath(path)
                : throw new FileNotFoundException($"Shared data file not found beside the repository: {path}");
        }
        throw new DirectoryNotFoundException("Repository root (Justice.sln) not found above the test binaries.");
    }
}
