using Justice.Domain.Persistence;
using Justice.Search.Indexing;
using Lucene.Net.Store;

namespace Justice.Portal.Operator;

/// <summary>The search verbs: <c>reindex</c> rebuilds the indexes from the database, <c>import-statutes</c> loads a statute corpus.</summary>
internal static class SearchVerbs
{
    public const string InUseMessage =
        "The search index is in use by a running host; stop it to rebuild here, or let it pick the changes up from the outbox.";

    private const string ImportFileKey = "--Search:ImportFile=";

    /// <summary>
    /// The file of <c>import-statutes &lt;file&gt;</c> as a named option: left positional, an absolute path
    /// (<c>/data/laws.json</c>) would be read by the configuration as a key taking the next argument for its value.
    /// </summary>
    public static string[] NameImportFile(string verb, string[] args)
    {
        if (!verb.Equals("import-statutes", StringComparison.OrdinalIgnoreCase)) return args;
        var index = Array.FindIndex(args, a => !a.StartsWith("--", StringComparison.Ordinal));
        return index < 0 ? args : [.. args[..index], ImportFileKey + args[index], .. args[(index + 1)..]];
    }

    public static async Task<int> ReindexAsync(WebApplication app, ILogger logger)
    {
        await MigrateAsync(app, logger);
        if (Sync(app) is not { } sync) return 1;
        var started = TimeProvider.System.GetTimestamp();
        var bar = new ProgressBar("Indexing");
        var (documents, articles) = await sync.RebuildAsync(new SynchronousProgress(bar.Show));
        bar.Finish();
        // The rebuild counts the outbox's messages as applied (their changes were read); draining applies any that committed meanwhile.
        await sync.DrainAsync();
        Console.WriteLine($"Indexed {documents:N0} documents and {articles:N0} articles in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:F1} s.");
        return 0;
    }

    public static async Task<int> ImportStatutesAsync(WebApplication app, ILogger logger, string[] args)
    {
        var path = args.FirstOrDefault(a => a.StartsWith(ImportFileKey, StringComparison.Ordinal))?[ImportFileKey.Length..]
            ?? throw new ArgumentException("import-statutes needs the path of a corpus file (.json).");
        if (!File.Exists(path)) throw new ArgumentException($"File not found: {path}");
        await MigrateAsync(app, logger);

        StatuteImportResult result;
        await using (var scope = app.Services.CreateAsyncScope())
        await using (var file = File.OpenRead(path))
        {
            var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
            var bar = new ProgressBar("Importing");
            result = await app.Services.GetRequiredService<StatuteImport>().ImportAsync(db, file, new SynchronousProgress(bar.Show));
            bar.Finish();
        }
        Console.WriteLine($"Imported {result.Imported:N0} laws ({result.Articles:N0} articles); {result.AlreadyPresent:N0} already present.");

        if (Sync(app) is not { } sync) return 0;
        var index = app.Services.GetRequiredService<SearchIndexHost>();
        if (index.NeedsRebuild) await sync.RebuildAsync();
        await sync.DrainAsync();
        var (documents, articles) = index.Count();
        Console.WriteLine($"Search index: {documents:N0} documents, {articles:N0} articles.");
        return 0;
    }

    private static SearchIndexSync? Sync(WebApplication app)
    {
        try
        {
            return app.Services.GetRequiredService<SearchIndexSync>();
        }
        catch (LockObtainFailedException)
        {
            Console.Error.WriteLine(InUseMessage);
            return null;
        }
    }

    private static async Task MigrateAsync(WebApplication app, ILogger logger)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<JusticeDbContext>(), logger);
    }

    /// <summary>Reports on the caller's thread: <see cref="Progress{T}"/> would post to the thread pool and print out of order.</summary>
    private sealed class SynchronousProgress(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }

    /// <summary>A one-line bar redrawn in place on a terminal, a line per tenth when the output is redirected.</summary>
    private sealed class ProgressBar(string label)
    {
        private const int Width = 30;
        private int _lastTenth = -1;
        private int _lastDrawn = -1;

        public void Show((int Done, int Total) progress)
        {
            var (done, total) = progress;
            var share = total == 0 ? 1.0 : (double)done / total;
            if (Console.IsOutputRedirected)
            {
                var tenth = (int)(share * 10);
                if (tenth == _lastTenth) return;
                _lastTenth = tenth;
                Console.WriteLine($"{label}: {done:N0}/{total:N0} ({share:P0})");
                return;
            }
            var filled = (int)(share * Width);
            var percent = (int)(share * 100);
            if (percent == _lastDrawn && done != total) return;
            _lastDrawn = percent;
            Console.Write($"\r{label} [{new string('#', filled)}{new string('-', Width - filled)}] {percent,3}% {done:N0}/{total:N0}");
        }

        public void Finish()
        {
            if (!Console.IsOutputRedirected) Console.WriteLine();
        }
    }
}
