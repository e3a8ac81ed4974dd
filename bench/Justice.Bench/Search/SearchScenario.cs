using System.Diagnostics;
using System.Text;
using Justice.Domain.Common;
using Justice.Domain.LegalDocuments;
using Justice.Search;
using Justice.Search.Documents;
using Lucene.Net.Store;
using Npgsql;
using NpgsqlTypes;

namespace Justice.Bench.Search;

/// <summary>
/// Legal search over a national-size corpus (110,000 documents by default: the real statutes and generated ones).
/// Builds the document and article indexes (time, size), then runs one mix of 1,000 queries through the search
/// services and the same queries through PostgreSQL full-text search on the same corpus (<c>unaccent</c>, GIN,
/// the <c>simple</c> configuration) as the baseline: latency percentiles of both, and hit@10 of both on the judged
/// questions over laws-28. The services answer more than the baseline is asked (total count and six facet
/// dimensions for every document query); the baseline only fetches its ten best rows. PostgreSQL answers a question
/// (any of its words, ranked by cover density) in seconds over the whole corpus's articles, too slow for this run:
/// its article table holds the statutes' articles only, a far smaller task than the services' article index.
/// </summary>
internal sealed class SearchScenario(BenchSettings settings)
{
    private const string Scenario = "search";
    private const string Database = "bench_search";
    private const int Queries = 1000;

    public async Task RunAsync()
    {
        var size = settings.Records == BenchSettings.DefaultRecords ? 110_000 : (int)settings.Records;
        var watch = Stopwatch.StartNew();
        var corpus = BenchCorpus.Create(size);
        Console.Error.WriteLine($"search: corpus of {corpus.Documents.Count:N0} documents generated in {watch.Elapsed.TotalSeconds:F1} s");

        var folder = System.IO.Directory.CreateTempSubdirectory("justice-bench-search-").FullName;
        try
        {
            var (buildSeconds, articles) = BuildIndexes(corpus, folder);
            var sizeMiB = System.IO.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1048576.0;
            var pgBuildSeconds = await LoadPostgresAsync(corpus);

            using var documentDirectory = new MMapDirectory(new DirectoryInfo(Path.Combine(folder, "documents")));
            using var articleDirectory = new MMapDirectory(new DirectoryInfo(Path.Combine(folder, "articles")));
            using var documentSearch = new LegalDocumentSearch(documentDirectory);
            using var articleSearch = new LegalArticleSearch(articleDirectory);
            await using var pg = new NpgsqlConnection(ConnectionTo(Database));
            await pg.OpenAsync();
            await using var host = await SearchGraphQLHost.StartAsync(settings.PostgresConnection, folder);

            var mix = QueryMix.Create(corpus, Queries);
            var service = new List<double>();
            var graphQL = new List<double>();
            var baseline = new List<double>();
            foreach (var query in mix.Take(100))
            {
                Run(query, documentSearch, articleSearch);
                await host.RunAsync(query);
                await RunPostgresAsync(query, pg);
            }
            var done = 0;
            // The three paths take turns, query by query, so a burst of load on the machine falls on all of them.
            foreach (var query in mix)
            {
                if (++done % 200 == 0) Console.Error.WriteLine($"search: {done} queries, service p50 {Percentile(service, 50):F1} ms, baseline p50 {Percentile(baseline, 50):F1} ms");
                var started = Stopwatch.GetTimestamp();
                Run(query, documentSearch, articleSearch);
                service.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                started = Stopwatch.GetTimestamp();
                await host.RunAsync(query);
                graphQL.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                started = Stopwatch.GetTimestamp();
                await RunPostgresAsync(query, pg);
                baseline.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            PrintShapes(mix, service, graphQL, baseline);

            var questions = BenchCorpus.Questions("questions-2023-train");
            var serviceRecall = Recall(corpus, questions, q => articleSearch.Search(q, 10).Select(h => (h.DocumentId, h.ArticleNumber)).ToList());
            var pgHits = new List<List<(Guid, string)>>();
            foreach (var question in questions) pgHits.Add(await PostgresArticlesAsync(pg, question.Text));
            var index = 0;
            var baselineRecall = Recall(corpus, questions, _ => pgHits[index++]);

            new BenchResult(Scenario, "documents", corpus.Documents.Count, "documents").Print();
            new BenchResult(Scenario, "articles", articles, "articles").Print();
            BenchResult.Compared(Scenario, "index_build", buildSeconds, "s", pgBuildSeconds).Print();
            new BenchResult(Scenario, "index_size", Math.Round(sizeMiB, 1), "MiB").Print();
            foreach (var p in new[] { 50, 95, 99 })
                ComparedMs($"latency_p{p}", Percentile(service, p), Percentile(baseline, p)).Print();
            foreach (var p in new[] { 50, 95, 99 })
                ComparedMs($"graphql_latency_p{p}", Percentile(graphQL, p), Percentile(baseline, p)).Print();
            ComparedMs("latency_mean", service.Average(), baseline.Average()).Print();
            new BenchResult(Scenario, "speedup_p95", Math.Round(Percentile(baseline, 95) / Percentile(service, 95), 1), "x").Print();
            new BenchResult(Scenario, "queries", mix.Count, "queries").Print();
            new BenchResult(Scenario, "hit_at_10", Math.Round(serviceRecall, 3), "share", Math.Round(baselineRecall, 3),
                Math.Round(serviceRecall / Math.Max(baselineRecall, 1e-9), 3)).Print();
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
            await DropAsync();
        }
    }

    private static BenchResult ComparedMs(string metric, double value, double baseline) =>
        new(Scenario, metric, Math.Round(value, 2), "ms", Math.Round(baseline, 2), Math.Round(value / baseline, 3));

    private static (double Seconds, int Articles) BuildIndexes(BenchCorpus corpus, string folder)
    {
        var started = Stopwatch.GetTimestamp();
        var articles = 0;
        double documentSeconds = 0, articleSeconds = 0;
        // The two indexes are independent: built side by side, as a rebuild does on a node with two cores.
        Parallel.Invoke(
            () =>
            {
                using var directory = FSDirectory.Open(Path.Combine(folder, "documents"));
                new DocumentIndexBuilder(directory).Build(corpus.Documents);
                documentSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            },
            () =>
            {
                using var directory = FSDirectory.Open(Path.Combine(folder, "articles"));
                articles = new ArticleIndexBuilder(directory).Build(corpus.Documents);
                articleSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            });
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.Error.WriteLine($"search: indexes built in {seconds:F1} s ({articles:N0} articles; document index {documentSeconds:F1} s, article index {articleSeconds:F1} s)");
        return (seconds, articles);
    }

    /// <summary>Latencies per kind of query, to see which kinds cost what (standard error: a profile, not a result).</summary>
    private static void PrintShapes(List<BenchQuery> mix, List<double> service, List<double> graphQL, List<double> baseline)
    {
        foreach (var shape in mix.Select(q => q.Shape).Distinct())
        {
            var at = mix.Select((q, i) => (q, i)).Where(x => x.q.Shape == shape).Select(x => x.i).ToList();
            List<double> Of(List<double> all) => at.Select(i => all[i]).ToList();
            Console.Error.WriteLine($"search: {shape,-22} {at.Count,4} queries: service p50 {Percentile(Of(service), 50),7:F2} p95 {Percentile(Of(service), 95),7:F2} ms, " +
                $"graphql p50 {Percentile(Of(graphQL), 50),7:F2} p95 {Percentile(Of(graphQL), 95),7:F2} ms, PostgreSQL p50 {Percentile(Of(baseline), 50),8:F2} p95 {Percentile(Of(baseline), 95),8:F2} ms");
        }
    }

    private static void Run(BenchQuery query, LegalDocumentSearch documents, LegalArticleSearch articles)
    {
        if (query.Question) articles.Find(query.Text!, 10);
        else documents.Search(query.Document);
    }

    private static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static double Recall(BenchCorpus corpus, IReadOnlyList<JudgedQuestion> questions, Func<string, List<(Guid DocumentId, string Article)>> search)
    {
        var keyOf = corpus.TwentyEightLaws.ToDictionary(d => d.Id, d => VietnameseText.Normalize(d.Title));
        var found = 0;
        foreach (var question in questions)
        {
            var relevant = question.RelevantArticles.Select(r => (VietnameseText.Normalize(r.LawId), VietnameseText.Normalize(r.ArticleId))).ToHashSet();
            if (search(question.Text).Any(h => keyOf.TryGetValue(h.DocumentId, out var law) && relevant.Contains((law, h.Article)))) found++;
        }
        return (double)found / questions.Count;
    }

    // ---- PostgreSQL full-text search, the baseline ----

    private async Task<double> LoadPostgresAsync(BenchCorpus corpus)
    {
        await DropAsync();
        await using (var admin = new NpgsqlConnection(settings.PostgresConnection))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        await using var pg = new NpgsqlConnection(ConnectionTo(Database));
        await pg.OpenAsync();
        var started = Stopwatch.GetTimestamp();
        await ExecuteAsync(pg, """
            CREATE EXTENSION IF NOT EXISTS unaccent;
            CREATE FUNCTION f_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
              AS $$ SELECT public.unaccent('public.unaccent', $1) $$;
            CREATE TABLE documents (id uuid PRIMARY KEY, type text, issuer text, status text, fields text[], issue_date date,
              province uuid, body text, tsv tsvector);
            CREATE TABLE articles (document_id uuid, article text, body text, tsv tsvector);
            """);
        await using (var copy = await pg.BeginBinaryImportAsync("COPY documents (id, type, issuer, status, fields, issue_date, province, body) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var d in corpus.Documents)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(d.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(d.Type.ToString(), NpgsqlDbType.Text);
                await copy.WriteAsync(d.IssuingBodyName, NpgsqlDbType.Text);
                await copy.WriteAsync(d.Status.ToString(), NpgsqlDbType.Text);
                await copy.WriteAsync(d.Fields.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                if (d.IssueDate is { } issued) await copy.WriteAsync(issued, NpgsqlDbType.Date); else await copy.WriteNullAsync();
                if (d.ProvinceId is { } province) await copy.WriteAsync(province, NpgsqlDbType.Uuid); else await copy.WriteNullAsync();
                var text = string.Join('\n', ArticleTexts.Of(d).Select(a => a.Article.Title + "\n" + a.Text));
                await copy.WriteAsync($"{d.Number?.Value}\n{d.Title}\n{d.IssuingBodyName}\n{text}", NpgsqlDbType.Text);
            }
            await copy.CompleteAsync();
        }
        await using (var copy = await pg.BeginBinaryImportAsync("COPY articles (document_id, article, body) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var d in corpus.Statutes)
                foreach (var (a, text) in ArticleTexts.Of(d))
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(d.Id, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(a.Number, NpgsqlDbType.Text);
                    await copy.WriteAsync($"{d.Number?.Value}\n{d.Title}\n{a.Title}\n{text}", NpgsqlDbType.Text);
                }
            await copy.CompleteAsync();
        }
        await ExecuteAsync(pg, """
            UPDATE documents SET tsv = to_tsvector('simple', f_unaccent(body));
            UPDATE articles SET tsv = to_tsvector('simple', f_unaccent(body));
            CREATE INDEX ON documents USING gin (tsv);
            CREATE INDEX ON articles USING gin (tsv);
            CREATE INDEX ON documents (issue_date);
            """);
        await ExecuteAsync(pg, "VACUUM ANALYZE documents");
        await ExecuteAsync(pg, "VACUUM ANALYZE articles");
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.Error.WriteLine($"search: PostgreSQL full-text tables loaded and indexed in {seconds:F1} s");
        return seconds;
    }

    private static async Task RunPostgresAsync(BenchQuery query, NpgsqlConnection pg)
    {
        if (query.Question)
        {
            await PostgresArticlesAsync(pg, query.Text!);
            return;
        }
        var q = query.Document;
        var where = new List<string>();
        await using var command = new NpgsqlCommand { Connection = pg };
        var hasText = !string.IsNullOrWhiteSpace(q.Text);
        if (hasText)
        {
            where.Add("tsv @@ plainto_tsquery('simple', f_unaccent(@text))");
            command.Parameters.AddWithValue("text", q.Text!);
        }
        if (q.Types is { Count: > 0 }) { where.Add("type = ANY(@types)"); command.Parameters.AddWithValue("types", q.Types.Select(t => t.ToString()).ToArray()); }
        if (q.Fields is { Count: > 0 }) { where.Add("fields && @fields"); command.Parameters.AddWithValue("fields", q.Fields.ToArray()); }
        if (q.InForceOnly) where.Add("status IN ('InForce', 'PartlyExpired')");
        if (q.FromYear is { } from) { where.Add("issue_date >= @from"); command.Parameters.AddWithValue("from", new DateOnly(from, 1, 1)); }
        if (q.ToYear is { } to) { where.Add("issue_date <= @to"); command.Parameters.AddWithValue("to", new DateOnly(to, 12, 31)); }
        if (q.ProvinceIds is { Count: > 0 }) { where.Add("province = ANY(@provinces)"); command.Parameters.AddWithValue("provinces", q.ProvinceIds.ToArray()); }
        var order = hasText && q.Sort == DocumentSort.Relevance
            ? "ts_rank(tsv, plainto_tsquery('simple', f_unaccent(@text))) DESC"
            : "issue_date DESC NULLS LAST";
        command.CommandText = $"SELECT id FROM documents {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")} ORDER BY {order} LIMIT 10";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) { }
    }

    /// <summary>A question is not a conjunction: any of its words may match, ranked by cover density.</summary>
    private static async Task<List<(Guid, string)>> PostgresArticlesAsync(NpgsqlConnection pg, string question)
    {
        var words = VietnameseText.Fold(question).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0).Distinct().ToList();
        var hits = new List<(Guid, string)>();
        if (words.Count == 0) return hits;
        await using var command = new NpgsqlCommand("""
            SELECT document_id, article FROM articles, to_tsquery('simple', @query) q
            WHERE tsv @@ q ORDER BY ts_rank_cd(tsv, q) DESC LIMIT 10
            """, pg);
        command.Parameters.AddWithValue("query", string.Join(" | ", words));
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) hits.Add((reader.GetGuid(0), reader.GetString(1)));
        return hits;
    }

    private static async Task ExecuteAsync(NpgsqlConnection pg, string sql)
    {
        await using var command = new NpgsqlCommand(sql, pg) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(settings.PostgresConnection);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private string ConnectionTo(string database) =>
        new NpgsqlConnectionStringBuilder(settings.PostgresConnection) { Database = database }.ConnectionString;
}
