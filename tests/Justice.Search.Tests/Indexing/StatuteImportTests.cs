using System.Text;
using Justice.Domain.LegalDocuments;
using Justice.Domain.Outbox;
using Justice.Domain.Persistence;
using Justice.Search.Documents;
using Justice.Search.Indexing;
using Microsoft.EntityFrameworkCore;

namespace Justice.Search.Tests.Indexing;

public sealed class StatuteImportTests
{
    public const string Corpus = """
        [
          {"id": "Luật Trợ giúp pháp lý", "articles": [
            {"id": "1", "text": "Phạm vi điều chỉnh\nLuật này quy định về người được trợ giúp pháp lý."},
            {"id": "2", "text": "Người được trợ giúp pháp lý\n1. Người có công với cách mạng.\n2. Người thuộc hộ nghèo."}]},
          {"id": "82/2020/QH14", "articles": [
            {"id": "1", "text": "Phạm vi điều chỉnh\nLuật này quy định về công chứng viên và tổ chức hành nghề công chứng."}]}
        ]
        """;

    [Theory, BothProviders]
    public async Task Importing_twice_adds_the_laws_once_and_indexes_their_articles(DatabaseProvider provider)
    {
        await using var h = await SearchHarness.CreateAsync(provider);
        var import = new StatuteImport(TimeProvider.System);
        StatuteImportResult first, second;
        await using (var db = h.Database.NewContext())
            first = await import.ImportAsync(db, new MemoryStream(Encoding.UTF8.GetBytes(Corpus)));
        await using (var db = h.Database.NewContext())
            second = await import.ImportAsync(db, new MemoryStream(Encoding.UTF8.GetBytes(Corpus)));
        Assert.Equal(new StatuteImportResult(2, 0, 3), first);
        Assert.Equal(new StatuteImportResult(0, 2, 0), second);

        await using (var db = h.Database.NewContext())
        {
            var documents = await db.Set<LegalDocument>().Include(d => d.Provisions).ToListAsync();
            Assert.Equal(2, documents.Count);
            var aid = documents.Single(d => d.Number is null);
            Assert.Equal("Luật Trợ giúp pháp lý", aid.Title);
            Assert.Equal(ValidityStatus.InForce, aid.Status);
            Assert.Equal(["1", "2"], aid.Articles.Select(a => a.Number));
            Assert.Equal("82/2020/QH14", documents.Single(d => d.Number is not null).Number!.Value);
            Assert.Equal(2, await db.Set<OutboxMessage>().CountAsync(m => m.Topic == SearchOutbox.DocumentChangedTopic));
        }

        await h.Sync.RebuildAsync();
        await h.Sync.DrainAsync();
        Assert.Equal((2, 3), h.Index.Count());
        Assert.Equal("2", h.Index.Articles.Search("hộ nghèo")[0].ArticleNumber);
        Assert.Equal("82/2020/QH14", h.Index.Documents.Search(new LegalDocumentQuery("công chứng viên")).Hits.Single().Number);
    }
}
