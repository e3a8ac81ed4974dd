using Justice.Domain.Codification;
using Justice.Domain.LegalDocuments;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Justice.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Domain.Tests.Codification;

public sealed class CodificationPersistenceTests
{
    [Theory, BothProviders]
    public async Task Topic_with_chapters_sections_and_articles_round_trips(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var justice = new Organisation("Bộ Tư pháp", OrganisationKind.Ministry, code: "BTP");
        var subject = new CodificationSubject(9, "Dân sự");
        var code = CodificationTopicTests.CivilCode();
        var topic = new CodificationTopic(subject, 1, "Dân sự", justice.Id);
        topic.StartEntering(justice.Id);
        var chapter = topic.AddChapter(justice.Id, "I", "NHỮNG QUY ĐỊNH CHUNG", "0900100000000000100000010000000000000000");
        var section = topic.AddSection(justice.Id, chapter, "1", "QUY ĐỊNH CHUNG");
        var guided = topic.AddArticle(justice.Id, chapter, section, code, code.FindArticle("1")!, CodeSymbolFormat.Default);
        topic.AddArticle(justice.Id, chapter, section, code, code.FindArticle("2")!, CodeSymbolFormat.Default);
        topic.SubmitForAppraisal(justice.Id);
        topic.ReturnFromAppraisal(justice, "Rà soát ghi chú.");

        await using (var write = database.NewContext())
        {
            write.AddRange(justice, subject, code, topic);
            await write.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var loaded = await read.Set<CodificationTopic>()
            .Include(t => t.Chapters).Include(t => t.Sections).Include(t => t.Articles)
            .SingleAsync(t => t.SubjectId == subject.Id && t.Number == 1);
        Assert.Equal(CodificationTopicStatus.InProgress, loaded.Status);
        Assert.Equal("Rà soát ghi chú.", loaded.AppraisalRemarks);
        Assert.Equal(9, loaded.SubjectNumber);
        Assert.Equal(justice.Id, loaded.AssignedMinistryId);
        Assert.Equal("0900100000000000100000010000000000000000", Assert.Single(loaded.Chapters).SourceCode);
        Assert.Equal(section.Id, Assert.Single(loaded.Sections).Id);
        Assert.Equal(["Điều 9.1.BL.1", "Điều 9.1.BL.2"], loaded.Articles.OrderBy(a => a.Position).Select(a => a.Symbol));
        var first = loaded.Articles.Single(a => a.Id == guided.Id);
        Assert.Equal(guided.Text, first.Text);
        Assert.Equal(guided.SourceNote, first.SourceNote);
        Assert.Equal(code.FindArticle("1")!.Id, first.SourceProvisionId);

        // Editing continues on the loaded aggregate, and the version moves on.
        loaded.Rename(justice.Id, "Dân sự (đang rà soát)");
        await read.SaveChangesAsync();
        Assert.Equal(1, loaded.Version);

        // Where is an article of the Civil Code codified?
        var provisionId = code.FindArticle("2")!.Id;
        var symbols = await read.Set<CodificationArticle>().Where(a => a.SourceProvisionId == provisionId).Select(a => a.Symbol).ToListAsync();
        Assert.Equal(["Điều 9.1.BL.2"], symbols);
    }

    [Theory, BothProviders]
    public async Task Imported_topic_round_trips(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var justice = new Organisation("Bộ Tư pháp", OrganisationKind.Ministry, code: "BTP");
        var subject = new CodificationSubject(30, "Thi hành án");
        var topic = CodificationTopic.Import(subject, 1, "Thi hành án dân sự", justice.Id, CodificationTopicStatus.Published,
            [("I", "NHỮNG QUY ĐỊNH CHUNG", "30001000000000001000"), ("II", "HỆ THỐNG TỔ CHỨC THI HÀNH ÁN DÂN SỰ", "30001000000000002000")],
            new(2018, 4, 2), "Phiên họp Chính phủ thường kỳ tháng 3 năm 2018", new(2018, 4, 20));
        await using (var write = database.NewContext())
        {
            write.AddRange(justice, subject, topic);
            await write.SaveChangesAsync();
        }
        await using var read = database.NewContext();
        var loaded = await read.Set<CodificationTopic>().Include(t => t.Chapters).SingleAsync();
        Assert.Equal(CodificationTopicStatus.Published, loaded.Status);
        Assert.Equal(new DateOnly(2018, 4, 20), loaded.PublishedOn);
        Assert.Equal("Phiên họp Chính phủ thường kỳ tháng 3 năm 2018", loaded.ApprovalDecision);
        Assert.Equal(["I", "II"], loaded.Chapters.OrderBy(c => c.Position).Select(c => c.Number));
    }
}
