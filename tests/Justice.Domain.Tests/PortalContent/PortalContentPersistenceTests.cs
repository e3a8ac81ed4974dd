using Justice.Domain.AdministrativeUnits;
using Justice.Domain.DemoData;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Justice.Domain.PortalContent;
using Justice.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Justice.Domain.Tests.PortalContent;

public sealed class PortalContentPersistenceTests
{
    private static readonly DateTime Now = new(2026, 7, 10, 2, 0, 0, DateTimeKind.Utc);

    [Theory, BothProviders]
    public async Task Articles_round_trip_and_slugs_are_unique(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            db.Add(new NewsArticle("Hôn nhân và gia đình", "Tóm tắt", "Đoạn một.\n\nĐoạn hai.", NewsCategory.ProfessionalGuidance, "Thu Hà", Now));
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var article = await db.Set<NewsArticle>().SingleAsync(a => a.Slug == "hon-nhan-va-gia-dinh");
            Assert.Equal(("Hôn nhân và gia đình", NewsCategory.ProfessionalGuidance, Now, "Đoạn một.\n\nĐoạn hai."),
                (article.Title, article.Category, article.PublishedAt, article.Body));
            db.Add(new NewsArticle("Hôn nhân và gia đình", "Khác", "Khác", NewsCategory.News, "Thu Hà", Now));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }

    [Theory, BothProviders]
    public async Task Questions_round_trip_through_their_workflow(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var question = new LegalQuestion("Nguyễn Văn An", "An.Nguyen@Gmail.com", LegalField.MarriageAndFamily, "Điều kiện kết hôn", "Câu hỏi\ndòng hai", Now, "HDPL-2026-0000ABCD");
        await using (var db = database.NewContext())
        {
            db.Add(question);
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var loaded = await db.Set<LegalQuestion>().SingleAsync(q => q.TrackingCode == question.TrackingCode);
            Assert.Equal("An.Nguyen@gmail.com", loaded.AskerEmail);
            loaded.Answer("Theo Điều 8 Luật Hôn nhân và gia đình năm 2014…", "Vụ Pháp luật dân sự – kinh tế", Now.AddDays(1));
            loaded.Publish(Now.AddDays(2));
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var loaded = await db.Set<LegalQuestion>().SingleAsync();
            Assert.Equal((LegalQuestionStatus.Published, LegalField.MarriageAndFamily, Now.AddDays(2), 1),
                (loaded.Status, loaded.Field, loaded.PublishedAt!.Value, loaded.Version));
            Assert.StartsWith("Theo Điều 8", loaded.AnswerText);
        }
    }

    [Theory, BothProviders]
    public async Task Consultations_and_comments_round_trip(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var draft = new DraftConsultation("Dự thảo Luật Hộ tịch (sửa đổi)", "Bộ Tư pháp", "Tóm tắt", new DateOnly(2026, 7, 1), new DateOnly(2026, 8, 31));
        await using (var db = database.NewContext())
        {
            db.Add(draft);
            db.Add(draft.Comment("Trần Thị Bình", "binh@gmail.com", "Đề nghị bổ sung.", Now, "Điều 5, khoản 2"));
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var loaded = await db.Set<DraftConsultation>().SingleAsync();
            Assert.Equal((new DateOnly(2026, 7, 1), new DateOnly(2026, 8, 31)), (loaded.OpensOn, loaded.ClosesOn));
            var comment = await db.Set<ConsultationComment>().SingleAsync(c => c.ConsultationId == loaded.Id);
            Assert.Equal(("Điều 5, khoản 2", Now), (comment.Provision, comment.SubmittedAt));
        }
    }

    [Theory, BothProviders]
    public async Task Contests_and_attempts_round_trip(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var province = new AdministrativeUnit("04", "Cao Bằng", AdministrativeLevel.Province, null, AdministrativeUnit.Reform2025);
        var contest = OnlineContestTests.Contest(4);
        var start = OnlineContestTests.Opens.AddHours(2);
        var attempt = contest.Start("Lê Thị Hoa", "hoa@gmail.com", province, start);
        await using (var db = database.NewContext())
        {
            db.AddRange(province, contest, attempt);
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var loadedContest = await db.Set<OnlineContest>().Include(c => c.Questions).SingleAsync();
            Assert.Equal([1, 2, 3, 4], loadedContest.Questions.OrderBy(q => q.Position).Select(q => q.Position));
            Assert.Equal(["A", "B", "C", "D"], loadedContest.Questions[0].Options);
            var loadedAttempt = await db.Set<ContestAttempt>().Include(a => a.Answers).SingleAsync();
            foreach (var question in loadedContest.Questions.OrderBy(q => q.Position).Take(3))
                loadedAttempt.Answer(loadedContest, question.Id, question.CorrectOption, start.AddMinutes(question.Position));
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var loadedContest = await db.Set<OnlineContest>().Include(c => c.Questions).SingleAsync();
            var loadedAttempt = await db.Set<ContestAttempt>().Include(a => a.Answers).SingleAsync();
            Assert.Equal(3, loadedAttempt.Answers.Count);
            Assert.Equal(3, loadedAttempt.Submit(loadedContest, start.AddMinutes(10)));
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var loaded = await db.Set<ContestAttempt>().SingleAsync();
            Assert.Equal((3, start.AddMinutes(10), province.Id), (loaded.Score!.Value, loaded.SubmittedAt!.Value, loaded.ProvinceId));
        }
    }

    [Theory, BothProviders]
    public async Task A_second_concurrent_submission_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var province = new AdministrativeUnit("04", "Cao Bằng", AdministrativeLevel.Province, null, AdministrativeUnit.Reform2025);
        var contest = OnlineContestTests.Contest();
        var attempt = contest.Start("Lê Thị Hoa", "hoa@gmail.com", province, OnlineContestTests.Opens);
        await using (var db = database.NewContext())
        {
            db.AddRange(province, contest, attempt);
            await db.SaveChangesAsync();
        }
        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var contestA = await first.Set<OnlineContest>().Include(c => c.Questions).SingleAsync();
        var contestB = await second.Set<OnlineContest>().Include(c => c.Questions).SingleAsync();
        var a = await first.Set<ContestAttempt>().Include(x => x.Answers).SingleAsync();
        var b = await second.Set<ContestAttempt>().Include(x => x.Answers).SingleAsync();
        a.Submit(contestA, OnlineContestTests.Opens.AddMinutes(3));
        await first.SaveChangesAsync();
        b.Submit(contestB, OnlineContestTests.Opens.AddMinutes(4));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task Demo_data_fills_the_portal()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var referenceDate = new DateOnly(2026, 7, 10);
        await using (var db = database.NewContext())
        {
            var generator = new DemoDataGenerator([new AdministrativeUnitsReferenceData(), new OrganisationsReferenceData(), new PortalContentDemoData()]);
            await generator.GenerateAsync(db, DemoScale.Demo, referenceDate);
        }
        await using (var db = database.NewContext())
        {
            Assert.InRange(await db.Set<NewsArticle>().CountAsync(), 55, 70);
            Assert.Equal(3, await db.Set<NewsArticle>().Select(a => a.Category).Distinct().CountAsync());
            var questions = await db.Set<LegalQuestion>().ToListAsync();
            Assert.Equal(80, questions.Count(q => q.Status is LegalQuestionStatus.Answered or LegalQuestionStatus.Published));
            Assert.True(questions.Select(q => q.Field).Distinct().Count() >= 8);
            var consultations = await db.Set<DraftConsultation>().ToListAsync();
            Assert.Equal(3, consultations.Count);
            Assert.Single(consultations, c => c.IsOpenOn(referenceDate));
            Assert.True(await db.Set<ConsultationComment>().CountAsync() >= 12);
            var now = referenceDate.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
            var contests = await db.Set<OnlineContest>().Include(c => c.Questions).ToListAsync();
            Assert.Single(contests, c => c.IsOpenAt(now));
            Assert.All(contests, c => Assert.Equal(15, c.Questions.Count));
            var attempts = await db.Set<ContestAttempt>().ToListAsync();
            Assert.True(attempts.Count >= 50);
            Assert.Contains(attempts, a => a.SubmittedAt is null);
            Assert.All(attempts.Where(a => a.Score is not null), a => Assert.InRange(a.Score!.Value, 0, 15));
        }
    }
}
