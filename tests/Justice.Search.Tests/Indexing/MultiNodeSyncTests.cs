using Justice.Domain.LegalDocuments;
using Justice.Domain.Outbox;
using Justice.Domain.Persistence;
using Justice.Search.Documents;
using Justice.Search.Indexing;
using Microsoft.EntityFrameworkCore;

namespace Justice.Search.Tests.Indexing;

/// <summary>
/// Several nodes share one database, each with its own index: every node applies every change once, from its own
/// checkpoint, whether it was running, restarted, or the change committed late.
/// </summary>
public sealed class MultiNodeSyncTests
{
    private static LegalDocument Decree(string number, string text)
    {
        var document = new LegalDocument(DocumentNumber.Parse(number), LegalDocumentType.Decree, "Nghị định về hộ tịch", "Chính phủ",
            issueDate: new(2020, 1, 10), effectiveDate: new(2020, 3, 1));
        document.AddProvision(ProvisionKind.Article, "1", "Phạm vi điều chỉnh", text);
        document.RefreshStatus(new DateOnly(2025, 1, 1));
        return document;
    }

    private static async Task StoreAsync(SearchHarness h, LegalDocument document)
    {
        await using var db = h.Database.NewContext();
        db.Add(document);
        SearchOutbox.DocumentChanged(db, document.Id);
        await db.SaveChangesAsync();
    }

    private static Guid? Found(SearchIndexHost index, string words) =>
        index.Documents.Search(new LegalDocumentQuery(words)).Hits.SingleOrDefault()?.Id;

    [Fact]
    public async Task Two_nodes_on_one_PostgreSQL_database_each_apply_every_change_once()
    {
        await using var h = await SearchHarness.CreateAsync(DatabaseProvider.PostgreSql);
        var a = new Node(h.Folder, h.Index, h.Sync);
        var b = h.AddNode();
        await a.Sync.RebuildAsync();
        await b.Sync.RebuildAsync();

        var decree = Decree("11/2020/NĐ-CP", "Nghị định này quy định về đăng ký khai sinh.");
        await StoreAsync(h, decree);
        Assert.Equal(1, await a.Sync.DrainAsync());
        Assert.Equal(1, await b.Sync.DrainAsync());
        Assert.Equal(decree.Id, Found(a.Index, "khai sinh"));
        Assert.Equal(decree.Id, Found(b.Index, "khai sinh"));
        Assert.Equal(0, await a.Sync.DrainAsync());
        Assert.Equal(0, await b.Sync.DrainAsync());

        await using (var db = h.Database.NewContext())
        {
            var stored = await db.Set<LegalDocument>().Include(d => d.Provisions).SingleAsync(d => d.Id == decree.Id);
            stored.AddProvision(ProvisionKind.Article, "2", "Trích lục", "Cấp bản sao trích lục hộ tịch điện tử.");
            SearchOutbox.DocumentChanged(db, decree.Id);
            await db.SaveChangesAsync();
        }
        // Draining side by side: neither takes the message from the other.
        var applied = await Task.WhenAll(a.Sync.DrainAsync(), b.Sync.DrainAsync());
        Assert.Equal([1, 1], applied);
        Assert.Equal(decree.Id, Found(a.Index, "trích lục điện tử"));
        Assert.Equal(decree.Id, Found(b.Index, "trích lục điện tử"));

        await using (var db = h.Database.NewContext())
            Assert.All(await db.Set<OutboxMessage>().ToListAsync(), m => Assert.Equal(OutboxStatus.Done, m.Status));
    }

    [Fact]
    public async Task A_restarted_node_resumes_from_its_own_checkpoint()
    {
        await using var h = await SearchHarness.CreateAsync(DatabaseProvider.PostgreSql);
        var b = h.AddNode();
        await h.Sync.RebuildAsync();
        await b.Sync.RebuildAsync();
        var first = Decree("12/2020/NĐ-CP", "Quy định về chứng thực bản sao.");
        await StoreAsync(h, first);
        Assert.Equal(1, await b.Sync.DrainAsync());

        // Node A applies the next change while node B is down: B still applies it once it is back.
        var second = Decree("13/2020/NĐ-CP", "Quy định về nuôi con nuôi.");
        b = await h.RestartAsync(b, async () =>
        {
            await StoreAsync(h, second);
            Assert.Equal(2, await h.Sync.DrainAsync());
        });
        Assert.False(b.Index.NeedsRebuild);
        Assert.Equal(1, await b.Sync.DrainAsync());
        Assert.Equal(0, await b.Sync.DrainAsync());
        Assert.Equal(first.Id, Found(b.Index, "chứng thực bản sao"));
        Assert.Equal(second.Id, Found(b.Index, "nuôi con nuôi"));
    }

    [Theory, BothProviders]
    public async Task A_change_that_commits_after_a_newer_one_is_still_applied(DatabaseProvider provider)
    {
        await using var h = await SearchHarness.CreateAsync(provider);
        await h.Sync.RebuildAsync();

        // The slow transaction writes its outbox row first and commits last.
        await using var slow = h.Database.NewContext();
        var late = Decree("14/2020/NĐ-CP", "Quy định về quốc tịch Việt Nam.");
        slow.Add(late);
        SearchOutbox.DocumentChanged(slow, late.Id);
        await Task.Delay(5);
        var early = Decree("15/2020/NĐ-CP", "Quy định về lý lịch tư pháp.");
        await StoreAsync(h, early);
        Assert.Equal(1, await h.Sync.DrainAsync());

        await slow.SaveChangesAsync();
        Assert.Equal(1, await h.Sync.DrainAsync());
        Assert.Equal(late.Id, Found(h.Index, "quốc tịch"));
        Assert.Equal(early.Id, Found(h.Index, "lý lịch tư pháp"));
        Assert.Equal(0, await h.Sync.DrainAsync());
    }
}
