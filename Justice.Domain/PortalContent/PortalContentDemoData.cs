using Justice.Domain.Common;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.DemoData;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using static Justice.Domain.PortalContent.PortalContentSamples;

namespace Justice.Domain.PortalContent;

/// <summary>
/// The portal as it looks on the reference date: ~60 articles of the last three months, ~80 answered legal
/// questions and a queue of new ones, three draft consultations (one open) and two law contests (one open).
/// </summary>
public sealed class PortalContentDemoData : IDemoDataContributor
{
    public int Order => 500;
    public string Area => "PortalContent";

    private const int AnsweredQuestions = 80;

    public async Task SeedAsync(JusticeDbContext db, DemoDataContext context, CancellationToken cancellationToken)
    {
        var provinces = await db.Set<AdministrativeUnit>().AsNoTracking()
            .Where(u => u.Level == AdministrativeLevel.Province && u.ValidTo == null)
            .OrderBy(u => u.Code).ToListAsync(cancellationToken);

        db.AddRange(Articles(context));
        db.AddRange(LegalQuestions(context, provinces));
        var (consultations, comments) = Consultations(context);
        db.AddRange(consultations);
        db.AddRange(comments);
        if (provinces.Count > 0)
        {
            var (contests, attempts) = Contests(context, provinces);
            db.AddRange(contests);
            db.AddRange(attempts);
        }
    }

    private static List<NewsArticle> Articles(DemoDataContext context)
    {
        var year = context.ReferenceDate.Year;
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var articles = new List<NewsArticle>();
        foreach (var (titles, category) in new[]
                 {
                     (NewsTitles, NewsCategory.News), (DirectiveTitles, NewsCategory.Directive), (GuidanceTitles, NewsCategory.ProfessionalGuidance),
                 })
        {
            foreach (var template in titles)
            {
                var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, year - 1, year);
                var slug = Slug.From(title);
                for (var n = 2; !slugs.Add(slug); n++) slug = Slug.WithSuffix(Slug.From(title), n);
                var published = VietnamTime.ToUtc(context.ReferenceDate.AddDays(-context.Random.Next(90)), new TimeOnly(7 + context.Random.Next(10), context.Random.Next(60)));
                if (published > context.ReferenceInstant) published = context.ReferenceInstant.AddHours(-1);
                var lead = category switch
                {
                    NewsCategory.Directive => $"Bộ Tư pháp ban hành văn bản: {title}. Văn bản gửi Sở Tư pháp các tỉnh, thành phố và các đơn vị thuộc Bộ để tổ chức thực hiện.",
                    NewsCategory.ProfessionalGuidance => $"{title}. Nội dung hướng dẫn áp dụng thống nhất cho các cơ quan, người làm công tác tư pháp trên toàn quốc.",
                    _ => $"(Cổng TTĐT Bộ Tư pháp) – {title}.",
                };
                var body = string.Join("\n\n", new[] { lead }.Concat(NewsParagraphs.OrderBy(_ => context.Random.Next()).Take(3)));
                var author = category == NewsCategory.News ? context.Pick(Reporters) : "Văn phòng Bộ";
                articles.Add(new NewsArticle(title, lead, body, category, author, published, slug));
            }
        }
        return articles;
    }

    private static List<LegalQuestion> LegalQuestions(DemoDataContext context, IReadOnlyList<AdministrativeUnit> provinces)
    {
        var questions = new List<LegalQuestion>();
        var total = AnsweredQuestions + 16;
        for (var i = 0; i < total; i++)
        {
            var sample = Questions[i % Questions.Length];
            var asker = DemoPeople.PersonName(context.Random);
            var email = $"{DemoPeople.MailboxName(asker, context.Random.Next(100))}@gmail.com";
            var place = provinces.Count > 0 ? $"Tôi hiện sống tại {DemoPeople.ProvinceDisplayName(context.Pick(provinces))}. " : "";
            var received = VietnamTime.ToUtc(context.ReferenceDate.AddDays(-context.Random.Next(1, 240)), new TimeOnly(6 + context.Random.Next(16), context.Random.Next(60)));
            var question = new LegalQuestion(asker, email, sample.Field, sample.Title, place + sample.Question, received,
                LegalQuestion.NewTrackingCode(received, context.Random));
            questions.Add(question);
            if (i >= AnsweredQuestions + 4) continue; // still waiting for an answer
            if (i >= AnsweredQuestions)
            {
                question.Reject("Câu hỏi không thuộc phạm vi trả lời của Bộ Tư pháp; đề nghị liên hệ cơ quan có thẩm quyền.", Earliest(received.AddDays(3), context.ReferenceInstant));
                continue;
            }
            var answered = Earliest(received.AddDays(2 + context.Random.Next(12)), context.ReferenceInstant);
            question.Answer(sample.Answer, sample.AnsweredBy, answered);
            if (context.Random.NextDouble() < 0.85) question.Publish(Earliest(answered.AddDays(1), context.ReferenceInstant));
        }
        return questions;
    }

    private static (List<DraftConsultation>, List<ConsultationComment>) Consultations(DemoDataContext context)
    {
        var today = context.ReferenceDate;
        var drafts = new[]
        {
            new DraftConsultation("Dự thảo Luật Hộ tịch (sửa đổi)", "Bộ Tư pháp",
                "Dự thảo Luật gồm 7 chương, 68 điều, sửa đổi toàn diện Luật Hộ tịch năm 2014 nhằm đẩy mạnh đăng ký hộ tịch điện tử, khai thác Cơ sở dữ liệu hộ tịch điện tử và phù hợp với mô hình chính quyền địa phương hai cấp.",
                today.AddDays(-20), today.AddDays(40), "https://moj.gov.vn/du-thao/luat-ho-tich-sua-doi"),
            new DraftConsultation("Dự thảo Thông tư quy định chế độ báo cáo thống kê ngành Tư pháp", "Vụ Kế hoạch – Tài chính, Bộ Tư pháp",
                "Dự thảo Thông tư thay thế Thông tư số 03/2019/TT-BTP, rút gọn hệ thống biểu mẫu và chuyển toàn bộ việc gửi báo cáo sang Hệ thống thông tin báo cáo.",
                today.AddDays(-120), today.AddDays(-60), "https://moj.gov.vn/du-thao/thong-tu-bao-cao-thong-ke"),
            new DraftConsultation("Dự thảo Nghị định quy định chi tiết một số điều của Luật Đấu giá tài sản", "Cục Bổ trợ tư pháp, Bộ Tư pháp",
                "Dự thảo Nghị định quy định chi tiết về đấu giá trực tuyến, Cổng Đấu giá tài sản quốc gia và tiêu chí lựa chọn tổ chức hành nghề đấu giá tài sản.",
                today.AddDays(-200), today.AddDays(-140), "https://moj.gov.vn/du-thao/nghi-dinh-dau-gia-tai-san"),
        };
        string[] remarks =
        [
            "Đề nghị quy định rõ thời hạn giải quyết đối với trường hợp hồ sơ nộp trực tuyến.",
            "Đề nghị bổ sung quy định về giá trị pháp lý của bản điện tử giấy tờ hộ tịch.",
            "Cần làm rõ trách nhiệm phối hợp giữa cơ quan tư pháp và cơ quan công an trong việc cập nhật dữ liệu.",
            "Đề nghị giữ nguyên quy định hiện hành vì đã ổn định trong thực tiễn.",
            "Đề nghị bổ sung cơ chế chuyển tiếp đối với các hồ sơ đang giải quyết.",
            "Đề nghị rà soát lại thuật ngữ để thống nhất với các luật có liên quan.",
        ];
        var comments = new List<ConsultationComment>();
        foreach (var draft in drafts)
        {
            var lastDay = draft.ClosesOn < today ? draft.ClosesOn : today;
            for (var i = 0; i < 4 + context.Random.Next(7); i++)
            {
                var name = DemoPeople.PersonName(context.Random);
                var day = context.DateBetween(draft.OpensOn, lastDay);
                var at = VietnamTime.ToUtc(day, new TimeOnly(8 + context.Random.Next(9), context.Random.Next(60)));
                if (at > context.ReferenceInstant) at = context.ReferenceInstant;
                comments.Add(draft.Comment(name, $"{DemoPeople.MailboxName(name, 0)}@gmail.com", context.Pick(remarks), at,
                    context.Random.Next(3) == 0 ? null : $"Điều {1 + context.Random.Next(60)}"));
            }
        }
        return ([.. drafts], comments);
    }

    private static (List<OnlineContest>, List<ContestAttempt>) Contests(DemoDataContext context, IReadOnlyList<AdministrativeUnit> provinces)
    {
        var today = context.ReferenceDate;
        var closed = new OnlineContest($"Cuộc thi trực tuyến tìm hiểu Hiến pháp và pháp luật năm {today.Year - 1}",
            "Cuộc thi dành cho mọi công dân Việt Nam. Mỗi lượt thi gồm 15 câu hỏi trắc nghiệm, làm trong 30 phút; giải thưởng xét theo số câu trả lời đúng, sau đó đến thời gian làm bài.",
            VietnamTime.ToUtc(today.AddDays(-120), new TimeOnly(8, 0)), VietnamTime.ToUtc(today.AddDays(-90), new TimeOnly(17, 0)), 30);
        var open = new OnlineContest($"Cuộc thi tìm hiểu pháp luật về hộ tịch năm {today.Year}",
            "Cuộc thi nhằm phổ biến Luật Hộ tịch và các văn bản hướng dẫn. Mỗi lượt thi gồm 15 câu hỏi, làm trong 20 phút.",
            VietnamTime.ToUtc(today.AddDays(-10), new TimeOnly(8, 0)), VietnamTime.ToUtc(today.AddDays(20), new TimeOnly(17, 0)), 20);
        foreach (var (contest, samples) in new[] { (closed, ConstitutionContest), (open, CivilStatusContest) })
            foreach (var sample in samples)
                contest.AddQuestion(sample.Text, sample.Options, sample.Correct, contest.OpensAt.AddDays(-1));

        var attempts = new List<ContestAttempt>();
        for (var i = 0; i < 40; i++)
        {
            var started = closed.OpensAt.AddMinutes(context.Random.Next((int)(closed.ClosesAt - closed.OpensAt).TotalMinutes - 60));
            attempts.Add(Sit(context, closed, provinces, started, submit: true));
        }
        var openFor = (int)(context.ReferenceInstant - open.OpensAt).TotalMinutes;
        for (var i = 0; i < 15; i++)
        {
            var inProgress = i >= 12;
            var started = inProgress
                ? context.ReferenceInstant.AddMinutes(-1 - context.Random.Next(open.TimeLimitMinutes - 2))
                : open.OpensAt.AddMinutes(context.Random.Next(Math.Max(1, openFor - 60)));
            attempts.Add(Sit(context, open, provinces, started, submit: !inProgress));
        }
        return ([closed, open], attempts);
    }

    /// <summary>A participant who knows most answers and finishes within the time limit.</summary>
    private static ContestAttempt Sit(DemoDataContext context, OnlineContest contest, IReadOnlyList<AdministrativeUnit> provinces, DateTime started, bool submit)
    {
        var name = DemoPeople.PersonName(context.Random);
        var attempt = contest.Start(name, $"{DemoPeople.MailboxName(name, context.Random.Next(1000))}@gmail.com", context.Pick(provinces), started);
        var skill = 0.55 + context.Random.NextDouble() * 0.45;
        var now = started;
        var answerable = submit ? contest.Questions.Count : context.Random.Next(contest.Questions.Count);
        foreach (var question in contest.Questions.Take(answerable))
        {
            now = now.AddSeconds(20 + context.Random.Next(70));
            if (attempt.IsExpiredAt(now) || (!submit && now >= context.ReferenceInstant)) break;
            var choice = context.Random.NextDouble() < skill ? question.CorrectOption : context.Random.Next(OnlineContest.OptionCount);
            attempt.Answer(contest, question.Id, choice, now);
        }
        if (submit) attempt.Submit(contest, Earliest(now.AddSeconds(30), context.ReferenceInstant));
        return attempt;
    }


    private static DateTime Earliest(DateTime a, DateTime b) => a < b ? a : b;
}
