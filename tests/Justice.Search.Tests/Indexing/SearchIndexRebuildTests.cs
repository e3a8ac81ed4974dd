using System.Text;
using Justice.Domain.LegalDocuments;
using Justice.Domain.Persistence;
using Justice.Search.Documents;
using Justice.Search.Indexing;

namespace Justice.Search.Tests.Indexing;

/// <summary>The index is derived data: deleted or damaged, it is rebuilt from the database, and searches meanwhile answer "rebuilding".</summary>
public sealed class SearchIndexRebuildTests
{
    private static async Task<LegalDocument> StoreLawAsync(SearchHarness h)
    {
        var law = new LegalDocument(DocumentNumber.Parse("58/2014/QH13"), LegalDocumentType.Law, "Luật Bảo hiểm xã hội", "Quốc hội",
            issueDate: new(2014, 11, 20), effectiveDate: new(2016, 1, 1));
        law.AddProvision(ProvisionKind.Article, "1", "Phạm vi điều chỉnh", "Luật này quy định chế độ bảo hiểm xã hội bắt buộc.");
        law.RefreshStatus(new DateOnly(2025, 1, 1));
        await using var db = h.Database.NewContext();
        db.Add(law);
        await db.SaveChangesAsync();
        return law;
    }

    [Fact]
    public async Task A_deleted_index_answers_rebuilding_until_it_is_rebuilt_from_the_database()
    {
        await using var h = await SearchHarness.CreateAsync(DatabaseProvider.Sqlite);
        Assert.True(h.Index.NeedsRebuild);
        var law = await StoreLawAsync(h);
        await h.Sync.RebuildAsync();
        Assert.Equal(law.Id, h.Index.Documents.Search(new LegalDocumentQuery("bảo hiểm xã hội")).Hits.Single().Id);

        h.Restart(folder => Directory.Delete(folder, recursive: true));
        Assert.True(h.Index.NeedsRebuild);
        var during = h.Index.Documents.Search(new LegalDocumentQuery("bảo hiểm xã hội"));
        Assert.True(during.IndexRebuilding);
        Assert.Empty(during.Hits);
        Assert.True(h.Index.Articles.Find("bảo hiểm").IndexRebuilding);

        var progress = new List<(int Done, int Total)>();
        var (documents, articles) = await h.Sync.RebuildAsync(new SynchronousProgress(progress.Add));
        Assert.Equal((1, 1), (documents, articles));
        Assert.Equal((1, 1), progress[^1]);
        var after = h.Index.Documents.Search(new LegalDocumentQuery("bảo hiểm xã hội"));
        Assert.False(after.IndexRebuilding);
        Assert.Equal(law.Id, after.Hits.Single().Id);
        Assert.False(h.Index.NeedsRebuild);
    }

    [Fact]
    public async Task The_background_sync_rebuilds_a_missing_index_at_start()
    {
        await using var h = await SearchHarness.CreateAsync(DatabaseProvider.Sqlite);
        var law = await StoreLawAsync(h);
        await h.Sync.StartAsync(CancellationToken.None);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(20);
            LegalDocumentSearchResult result;
            // Asked over and over while the rebuild runs: never an exception, only "rebuilding" or the answer.
            while ((result = h.Index.Documents.Search(new LegalDocumentQuery("bảo hiểm"))).Total == 0 && DateTime.UtcNow < deadline)
            {
                Assert.True(result.IndexRebuilding || !h.Index.NeedsRebuild);
                await Task.Delay(20);
            }
            Assert.Equal(law.Id, result.Hits.Single().Id);
        }
        finally
        {
            await h.Sync.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_damaged_index_is_replaced_and_rebuilt()
    {
        await using var h = await SearchHarness.CreateAsync(DatabaseProvider.Sqlite);
        var law = await StoreLawAsync(h);
        await h.Sync.RebuildAsync();
        Assert.False(h.Index.NeedsRebuild);

        h.Restart(folder =>
        {
            foreach (var file in Directory.GetFiles(Path.Combine(folder, "documents")).Where(f => !f.EndsWith("write.lock")))
                File.WriteAllBytes(file, Encoding.ASCII.GetBytes("not an index"));
        });
        Assert.True(h.Index.NeedsRebuild);
        Assert.True(h.Index.Documents.Search(new LegalDocumentQuery("bảo hiểm")).IndexRebuilding);
        await h.Sync.RebuildAsync();
        Assert.Equal(law.Id, h.Index.Documents.Search(new LegalDocumentQuery("bảo hiểm")).Hits.Single().Id);
    }

    [Fact]
    public async Task A_rebuild_of_a_sound_index_keeps_serving_the_old_content_meanwhile()
    {
        await using var h = await SearchHarness.CreateAsync(DatabaseProvider.Sqlite);
        var law = await StoreLawAsync(h);
        await h.Sync.RebuildAsync();
        var seen = new List<int>();
        await h.Sync.RebuildAsync(new SynchronousProgress(_ => seen.Add(h.Index.Documents.Search(new LegalDocumentQuery("bảo hiểm")).Total)));
        Assert.All(seen, total => Assert.Equal(1, total));
        Assert.Equal(law.Id, h.Index.Documents.Search(new LegalDocumentQuery("bảo hiểm")).Hits.Single().Id);
    }

    private sealed class SynchronousProgress(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }
}
