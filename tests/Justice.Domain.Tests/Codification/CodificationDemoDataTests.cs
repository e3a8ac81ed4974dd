using System.Diagnostics;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Codification;
using Justice.Domain.DemoData;
using Justice.Domain.LegalDocuments;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Justice.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Justice.Domain.Tests.Codification;

public sealed class CodificationDemoDataTests(ITestOutputHelper output)
{
    [Fact]
    public void Embedded_structure_is_the_real_one()
    {
        var topics = CodificationDemoData.ReadTopics();
        Assert.Equal(45, CodificationDemoData.ReadSubjects().Count);
        Assert.Equal(293, topics.Count);
        Assert.Equal(11, topics.Count(t => t.IsRemoved));
        Assert.Equal(1_883, CodificationDemoData.ReadChapters().Count);
    }

    [Fact]
    public void Chapter_names_split_into_number_and_title()
    {
        var (number, title, code) = CodificationDemoData.SplitChapter(new("01001000000000001000", 1, "Chương I NHỮNG QUY ĐỊNH CHUNG", "x"));
        Assert.Equal(("I", "NHỮNG QUY ĐỊNH CHUNG", "01001000000000001000"), (number, title, code));
        Assert.Equal("3", CodificationDemoData.SplitChapter(new("c", 3, "Phụ lục", "x")).Number);
    }

    [Theory, BothProviders]
    public async Task Demo_data_loads_the_statutes_and_the_code(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        IDemoDataContributor[] reference = [new AdministrativeUnitsReferenceData(), new OrganisationsReferenceData()];
        await using (var db = database.NewContext())
            await new DemoDataGenerator(reference).GenerateAsync(db, DemoScale.Demo, new DateOnly(2025, 9, 1));

        var watch = Stopwatch.StartNew();
        await using (var db = database.NewContext())
            await new DemoDataGenerator([new LegalDocumentsDemoData(), new CodificationDemoData()]).GenerateAsync(db, DemoScale.Demo, new DateOnly(2025, 9, 1));
        output.WriteLine($"{provider}: legal documents and codification loaded in {watch.ElapsedMilliseconds} ms");

        await using var read = database.NewContext();
        var documents = read.Set<LegalDocument>();
        Assert.InRange(await documents.CountAsync(), 255, 270);
        var civil = await documents.Include(d => d.Provisions).SingleAsync(d => d.Number == DocumentNumber.Parse("91/2015/QH13") && d.ProvinceId == null);
        Assert.Equal(689, civil.Articles.Count());
        Assert.Equal("Bộ luật Dân sự", civil.Title);
        Assert.Equal(ValidityStatus.InForce, civil.Status);
        var shippedArticles = 0;
        foreach (var text in LegalDocumentsDemoData.ShippedStatutes.Keys)
        {
            var number = DocumentNumber.Parse(text);
            shippedArticles += await read.Set<LegalProvision>().CountAsync(p => p.Kind == ProvisionKind.Article
                && documents.Any(d => d.Id == p.LegalDocumentId && d.Number == number && d.ProvinceId == null));
        }
        Assert.Equal(1_377, shippedArticles);
        var documentStatuses = await documents.Select(d => d.Status).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<ValidityStatus>().Order(), documentStatuses.Order());
        Assert.True(await documents.CountAsync(d => d.ProvinceId != null) > 50);
        Assert.True(await read.Set<LegalDocumentRelation>().CountAsync(r => r.Type == LegalDocumentRelationType.Replaces) >= 5);
        Assert.True(await read.Set<LegalDocumentRelation>().CountAsync(r => r.Type == LegalDocumentRelationType.Guides) >= 10);
        Assert.True(await read.Set<LegalDocumentRelation>().CountAsync(r => r.Type == LegalDocumentRelationType.Amends) >= 3);

        Assert.Equal(45, await read.Set<CodificationSubject>().CountAsync());
        Assert.Equal(282, await read.Set<CodificationTopic>().CountAsync());
        Assert.Equal(1_883, await read.Set<CodificationChapter>().CountAsync());
        var statuses = await read.Set<CodificationTopic>().GroupBy(t => t.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Assert.True(statuses.Single(s => s.Key == CodificationTopicStatus.Published).Count > 100);
        Assert.Contains(statuses, s => s.Key == CodificationTopicStatus.InProgress);
        var ministries = await read.Set<Organisation>().Where(o => o.Kind == OrganisationKind.Ministry).Select(o => o.Id).ToListAsync();
        Assert.True(await read.Set<CodificationTopic>().AllAsync(t => ministries.Contains(t.AssignedMinistryId)));

        var civilTopic = await read.Set<CodificationTopic>().Include(t => t.Articles).SingleAsync(t => t.SubjectNumber == 9 && t.Number == 1);
        Assert.Equal(CodificationTopicStatus.Published, civilTopic.Status);
        Assert.Equal(157, civilTopic.Articles.Count);
        var first = civilTopic.Articles.OrderBy(a => a.Position).First();
        Assert.Equal("Điều 9.1.BL.1", first.Symbol);
        Assert.Equal("(Điều 1 Bộ luật số 91/2015/QH13 Dân sự ngày 24/11/2015 của Quốc hội, có hiệu lực từ 01/01/2017)", first.SourceNote);
        Assert.Equal(civil.FindArticle("1")!.Id, first.SourceProvisionId);
        var justice = await read.Set<Organisation>().SingleAsync(o => o.Code == "BTP" && o.Kind == OrganisationKind.Ministry);
        Assert.Equal(justice.Id, civilTopic.AssignedMinistryId);

        var cyber = await read.Set<CodificationTopic>().Include(t => t.Articles).SingleAsync(t => t.SubjectNumber == 1 && t.Number == 11);
        Assert.Equal(43, cyber.Articles.Count);
        Assert.Equal(CodificationTopicStatus.Appraisal, cyber.Status);
        var labour = await read.Set<CodificationTopic>().Include(t => t.Articles).SingleAsync(t => t.SubjectNumber == 20 && t.Number == 2);
        Assert.Equal(12, labour.Articles.Count);
        Assert.Equal(CodificationTopicStatus.InProgress, labour.Status);
    }
}
