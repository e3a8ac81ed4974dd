using Justice.Domain.AdministrativeUnits;
using Justice.Domain.LegalDocuments;
using Justice.Domain.Persistence;
using Justice.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Domain.Tests.LegalDocuments;

public sealed class LegalDocumentPersistenceTests
{
    [Theory, BothProviders]
    public async Task Document_with_text_relations_and_attachments_round_trips(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var law = new LegalDocument(DocumentNumber.Parse("60/2014/QH13"), LegalDocumentType.Law, "Luật Hộ tịch", "Quốc hội",
            issueDate: new(2014, 11, 20), effectiveDate: new(2016, 1, 1));
        var decree = LegalDocumentTests.Decree();
        decree.SetSigner("Nguyễn Tấn Dũng", "TM. Chính phủ – Thủ tướng");
        decree.SetDates(new(2015, 11, 15), new(2016, 1, 1), null, new(2015, 11, 30));
        decree.SetFields(["Hộ tịch", "Tư pháp"]);
        decree.RefreshStatus(new DateOnly(2024, 1, 1));
        var chapter = decree.AddProvision(ProvisionKind.Chapter, "I", "NHỮNG QUY ĐỊNH CHUNG", null);
        var article = decree.AddProvision(ProvisionKind.Article, "1", "Phạm vi điều chỉnh", "Nghị định này quy định:", chapter);
        var clause = decree.AddProvision(ProvisionKind.Clause, "1", null, "Đăng ký khai sinh;\n\nĐăng ký kết hôn.", article);
        decree.AddProvision(ProvisionKind.Point, "a", null, "Khai sinh đúng hạn.", clause);
        decree.AddAttachment("Phụ lục: Biểu mẫu", "https://vanban.demo.invalid/2015/phu-luc-01.pdf");
        decree.AddRelation(LegalDocumentRelationType.Guides, law.Id);
        decree.AddRelation(LegalDocumentRelationType.LegalBasis, law.Id, "Điều 77");

        await using (var write = database.NewContext())
        {
            write.AddRange(law, decree);
            await write.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var loaded = await read.Set<LegalDocument>()
            .Include(d => d.Provisions).Include(d => d.Relations).Include(d => d.Attachments)
            .SingleAsync(d => d.Number == DocumentNumber.Parse("123/2015/ND-CP"));
        Assert.Equal("123/2015/NĐ-CP", loaded.Number!.Value);
        Assert.Equal("CP", loaded.Number.IssuerCode);
        Assert.Equal(LegalDocumentType.Decree, loaded.Type);
        Assert.Equal("Nguyễn Tấn Dũng", loaded.SignerName);
        Assert.Equal(new DateOnly(2015, 11, 30), loaded.GazetteDate);
        Assert.Equal(ValidityStatus.InForce, loaded.Status);
        Assert.Equal(["Hộ tịch", "Tư pháp"], loaded.Fields);
        Assert.Equal(4, loaded.Provisions.Count);
        var loadedArticle = loaded.FindArticle("1")!;
        Assert.Equal(decree.FullTextOf(article), loaded.FullTextOf(loadedArticle));
        Assert.Equal(chapter.Id, loadedArticle.ParentId);
        Assert.Equal(2, loaded.Relations.Count);
        Assert.Contains(loaded.Relations, r => r.Type == LegalDocumentRelationType.LegalBasis && r.Note == "Điều 77" && r.TargetDocumentId == law.Id);
        Assert.Equal("https://vanban.demo.invalid/2015/phu-luc-01.pdf", Assert.Single(loaded.Attachments).Link);

        // Reverse direction: which documents guide the law.
        var guiding = await read.Set<LegalDocument>()
            .Where(d => d.Relations.Any(r => r.TargetDocumentId == law.Id && r.Type == LegalDocumentRelationType.Guides))
            .Select(d => d.Id).ToListAsync();
        Assert.Equal([decree.Id], guiding);
    }

    [Theory, BothProviders]
    public async Task Central_numbers_are_unique_local_ones_unique_per_province(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var hanoi = new AdministrativeUnit("01", "Thành phố Hà Nội", AdministrativeLevel.Province, null, AdministrativeUnit.Reform2025);
        var hue = new AdministrativeUnit("46", "Thành phố Huế", AdministrativeLevel.Province, null, AdministrativeUnit.Reform2025);
        LegalDocument Local(Guid province)
        {
            var document = new LegalDocument(DocumentNumber.Parse("15/2023/QĐ-UBND"), LegalDocumentType.Decision, "Quyết định ban hành Quy định", "Ủy ban nhân dân");
            document.SetScope(province);
            return document;
        }

        await using (var db = database.NewContext())
        {
            db.AddRange(hanoi, hue, Local(hanoi.Id), Local(hue.Id), LegalDocumentTests.Decree());
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            db.Add(LegalDocumentTests.Decree());
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
        await using (var db = database.NewContext())
        {
            db.Add(Local(hanoi.Id));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }

    [Theory, BothProviders]
    public async Task Stale_write_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var decree = LegalDocumentTests.Decree();
        await using (var db = database.NewContext())
        {
            db.Add(decree);
            await db.SaveChangesAsync();
        }
        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var a = await first.Set<LegalDocument>().SingleAsync();
        var b = await second.Set<LegalDocument>().SingleAsync();
        a.SetSigner("Người ký A", null);
        await first.SaveChangesAsync();
        b.SetSigner("Người ký B", null);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
