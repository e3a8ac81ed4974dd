using Justice.Domain.Codification;
using Justice.Domain.LegalDocuments;
using Justice.Domain.Organisations;
using Justice.Domain.Outbox;
using Justice.Domain.Persistence;
using Justice.Search.Documents;
using Justice.Search.Indexing;
using Microsoft.EntityFrameworkCore;

namespace Justice.Search.Tests.Indexing;

/// <summary>Changes reach both indexes through the outbox, with no restart; other consumers' messages are left alone.</summary>
public sealed class SearchIndexSyncTests
{
    private static LegalDocument Decree(string number, string title, string text)
    {
        var document = new LegalDocument(DocumentNumber.Parse(number), LegalDocumentType.Decree, title, "Chính phủ",
            issueDate: new(2020, 1, 10), effectiveDate: new(2020, 3, 1));
        document.SetFields(["Hộ tịch"]);
        document.AddProvision(ProvisionKind.Article, "1", "Phạm vi điều chỉnh", text);
        document.RefreshStatus(new DateOnly(2025, 1, 1));
        return document;
    }

    [Theory, BothProviders]
    public async Task A_changed_document_is_found_by_its_new_words_after_the_outbox_is_drained(DatabaseProvider provider)
    {
        await using var h = await SearchHarness.CreateAsync(provider);
        await h.Sync.RebuildAsync();
        var decree = Decree("10/2020/NĐ-CP", "Nghị định về đăng ký hộ tịch", "Nghị định này quy định về đăng ký khai sinh.");
        OutboxMessage foreign;
        await using (var db = h.Database.NewContext())
        {
            db.Add(decree);
            SearchOutbox.DocumentChanged(db, decree.Id);
            foreign = new OutboxMessage("population.birth-registered", "{}", DateTime.UtcNow);
            db.Add(foreign);
            await db.SaveChangesAsync();
        }

        Assert.Equal(0, h.Index.Documents.Search(new LegalDocumentQuery("khai sinh")).Total);
        Assert.Equal(1, await h.Sync.DrainAsync());
        Assert.Equal(decree.Id, h.Index.Documents.Search(new LegalDocumentQuery("khai sinh")).Hits.Single().Id);
        Assert.Equal(decree.Id, h.Index.Articles.Search("khai sinh").Single().DocumentId);

        await using (var db = h.Database.NewContext())
        {
            var stored = await db.Set<LegalDocument>().Include(d => d.Provisions).SingleAsync(d => d.Id == decree.Id);
            stored.AddProvision(ProvisionKind.Article, "2", "Cấp bản sao trích lục", "Việc cấp bản sao trích lục hộ tịch điện tử.");
            SearchOutbox.DocumentChanged(db, decree.Id);
            await db.SaveChangesAsync();
        }
        Assert.Empty(h.Index.Articles.Search("trích lục điện tử"));
        await h.Sync.DrainAsync();
        Assert.Equal(decree.Id, h.Index.Documents.Search(new LegalDocumentQuery("trích lục điện tử")).Hits.Single().Id);
        Assert.Equal("2", h.Index.Articles.Search("trích lục điện tử")[0].ArticleNumber);
        Assert.Equal(1, h.Index.Documents.Search(new LegalDocumentQuery("hộ tịch")).Total);

        await using (var db = h.Database.NewContext())
        {
            Assert.Equal(OutboxStatus.Pending, (await db.Set<OutboxMessage>().SingleAsync(m => m.Id == foreign.Id)).Status);
            Assert.All(await db.Set<OutboxMessage>().Where(m => m.Topic == SearchOutbox.DocumentChangedTopic).ToListAsync(),
                m => Assert.Equal(OutboxStatus.Done, m.Status));

            db.Remove(await db.Set<LegalDocument>().SingleAsync(d => d.Id == decree.Id));
            SearchOutbox.DocumentChanged(db, decree.Id);
            await db.SaveChangesAsync();
        }
        await h.Sync.DrainAsync();
        Assert.Equal(0, h.Index.Documents.Search(new LegalDocumentQuery("hộ tịch")).Total);
        Assert.Empty(h.Index.Articles.Search("khai sinh"));
    }

    [Theory, BothProviders]
    public async Task Code_articles_follow_their_topic_and_are_told_apart_from_document_articles(DatabaseProvider provider)
    {
        await using var h = await SearchHarness.CreateAsync(provider);
        await h.Sync.RebuildAsync();
        var source = Decree("20/2020/NĐ-CP", "Nghị định về lý lịch tư pháp", "Phiếu lý lịch tư pháp được cấp cho công dân.");
        var ministry = new Organisation("Bộ Tư pháp", OrganisationKind.Ministry, code: "BTP");
        var subject = new CodificationSubject(1, "Tư pháp");
        var topic = CodificationTopic.Import(subject, 3, "Lý lịch tư pháp", ministry.Id, CodificationTopicStatus.Updating, [],
            approvedOn: new(2021, 1, 1), publishedOn: new(2021, 2, 1));
        topic.AddArticle(ministry.Id, null, null, source, source.Articles.Single(), CodeSymbolFormat.Default);
        await using (var db = h.Database.NewContext())
        {
            db.AddRange(ministry, subject, source, topic);
            SearchOutbox.DocumentChanged(db, source.Id);
            SearchOutbox.CodeTopicChanged(db, topic.Id);
            await db.SaveChangesAsync();
        }
        await h.Sync.DrainAsync();

        var both = h.Index.Articles.Find("phiếu lý lịch tư pháp");
        Assert.Equal([ArticleKind.Document, ArticleKind.Code], both.Hits.Select(a => a.Kind).Order());
        var code = h.Index.Articles.Find("phiếu lý lịch tư pháp", kind: ArticleKind.Code).Hits.Single();
        Assert.Equal((topic.Id, source.Id), (code.TopicId, code.DocumentId));
        Assert.StartsWith("Điều 1.3.", code.ArticleNumber);
        Assert.Equal(ArticleKind.Document, h.Index.Articles.Find("phiếu lý lịch tư pháp", kind: ArticleKind.Document).Hits.Single().Kind);

        // Editing the source document leaves the Code's copy in place; the topic's own change replaces it.
        await using (var db = h.Database.NewContext())
        {
            SearchOutbox.DocumentChanged(db, source.Id);
            await db.SaveChangesAsync();
        }
        await h.Sync.DrainAsync();
        Assert.Single(h.Index.Articles.Find("phiếu lý lịch tư pháp", kind: ArticleKind.Code).Hits);
        await using (var db = h.Database.NewContext())
        {
            var stored = await db.Set<CodificationTopic>().Include(t => t.Articles).SingleAsync(t => t.Id == topic.Id);
            stored.RemoveArticle(ministry.Id, stored.Articles.Single());
            SearchOutbox.CodeTopicChanged(db, topic.Id);
            await db.SaveChangesAsync();
        }
        await h.Sync.DrainAsync();
        Assert.Empty(h.Index.Articles.Find("phiếu lý lịch tư pháp", kind: ArticleKind.Code).Hits);
        Assert.Single(h.Index.Articles.Find("phiếu lý lịch tư pháp").Hits);
    }

    [Fact]
    public async Task The_background_sync_applies_a_change_without_being_asked()
    {
        await using var h = await SearchHarness.CreateAsync(DatabaseProvider.Sqlite);
        using var stopping = new CancellationTokenSource();
        await h.Sync.StartAsync(stopping.Token);
        try
        {
            var decree = Decree("30/2020/NĐ-CP", "Nghị định về chứng thực", "Chứng thực chữ ký người dịch.");
            await using (var db = h.Database.NewContext())
            {
                db.Add(decree);
                SearchOutbox.DocumentChanged(db, decree.Id);
                await db.SaveChangesAsync();
            }
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (h.Index.Documents.Search(new LegalDocumentQuery("chứng thực chữ ký")).Total == 0 && DateTime.UtcNow < deadline)
                await Task.Delay(50);
            Assert.Equal(decree.Id, h.Index.Documents.Search(new LegalDocumentQuery("chứng thực chữ ký")).Hits.Single().Id);
        }
        finally
        {
            await h.Sync.StopAsync(CancellationToken.None);
        }
    }
}
