using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Common;
using Justice.Domain.PortalContent;
using Xunit;

namespace Justice.Domain.Tests.PortalContent;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Hôn nhân và gia đình", "hon-nhan-va-gia-dinh")]
    [InlineData("Đăng ký khai sinh – đúng hạn!", "dang-ky-khai-sinh-dung-han")]
    [InlineData("  Luật Đất đai 2024: những điểm mới  ", "luat-dat-dai-2024-nhung-diem-moi")]
    [InlineData("Người được trợ giúp pháp lý", "nguoi-duoc-tro-giup-phap-ly")]
    public void Folds_vietnamese_to_ascii(string title, string slug) => Assert.Equal(slug, Slug.From(title));

    [Fact]
    public void Decomposed_input_gives_the_same_slug() =>
        Assert.Equal(Slug.From("Hôn nhân"), Slug.From("Hôn nhân".Normalize(System.Text.NormalizationForm.FormD)));

    [Fact]
    public void Long_titles_are_cut_at_a_word()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("pháp luật", 40)));
        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.EndsWith("luat", slug);
        Assert.True(Slug.IsValid(Slug.WithSuffix(slug, 12)));
    }

    [Fact]
    public void Refuses_text_without_letters()
    {
        var ex = Assert.Throws<DomainException>(() => Slug.From("– … –"));
        Assert.Equal("SLUG_EMPTY", ex.Code);
    }
}

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("nguyenvana@gmail.com", "nguyenvana@gmail.com")]
    [InlineData(" Ha.NT@MOJ.gov.VN ", "Ha.NT@moj.gov.vn")]
    [InlineData("a+b@stp.hanoi.gov.vn", "a+b@stp.hanoi.gov.vn")]
    public void Accepts_and_normalises(string input, string expected) => Assert.Equal(expected, EmailAddress.Required(input));

    [Theory]
    [InlineData("nguyenvana")]
    [InlineData("nguyenvana@gmail")]
    [InlineData("nguyễn@gmail.com")]
    [InlineData("a..b@gmail.com")]
    [InlineData("An <an@gmail.com>")]
    [InlineData("an@-gmail.com")]
    public void Refuses_malformed_addresses(string input) =>
        Assert.Equal("EMAIL_INVALID", Assert.Throws<DomainException>(() => EmailAddress.Required(input)).Code);
}

public sealed class NewsArticleTests
{
    private static readonly DateTime Now = new(2026, 7, 10, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Slug_comes_from_the_title_and_body_keeps_paragraphs()
    {
        var article = new NewsArticle("Hôn nhân và gia đình", "Tóm tắt", "Đoạn một.\n\nĐoạn hai.", NewsCategory.ProfessionalGuidance, "Thu Hà", Now);
        Assert.Equal("hon-nhan-va-gia-dinh", article.Slug);
        Assert.Contains("\n\n", article.Body);
    }

    [Theory]
    [InlineData("Hon-Nhan")]
    [InlineData("hôn-nhân")]
    [InlineData("-hon")]
    [InlineData("hon--nhan")]
    public void Refuses_invalid_slugs(string slug)
    {
        var ex = Assert.Throws<DomainException>(() => new NewsArticle("Tiêu đề", "Tóm tắt", "Nội dung", NewsCategory.News, "Thu Hà", Now, slug));
        Assert.Equal("SLUG_INVALID", ex.Code);
    }

    [Fact]
    public void Refuses_empty_body_and_local_time()
    {
        Assert.Equal("TEXT_REQUIRED", Assert.Throws<DomainException>(() =>
            new NewsArticle("Tiêu đề", "Tóm tắt", " \n ", NewsCategory.News, "Thu Hà", Now)).Code);
        Assert.Equal("TIME_NOT_UTC", Assert.Throws<DomainException>(() =>
            new NewsArticle("Tiêu đề", "Tóm tắt", "Nội dung", NewsCategory.News, "Thu Hà", DateTime.SpecifyKind(Now, DateTimeKind.Unspecified))).Code);
    }
}

public sealed class LegalQuestionTests
{
    private static readonly DateTime Now = new(2026, 7, 10, 2, 0, 0, DateTimeKind.Utc);

    private static readonly Random Random = new(5);

    private static LegalQuestion Question() => new("Nguyễn Văn An", "an.nguyen@gmail.com", LegalField.CivilStatus,
        "Thời hạn đăng ký khai sinh", "Xin hỏi thời hạn đăng ký khai sinh?", Now, LegalQuestion.NewTrackingCode(Now, Random));

    [Fact]
    public void Gets_a_tracking_code_and_goes_received_answered_published()
    {
        var question = Question();
        Assert.Matches(@"^HDPL-2026-[0-9A-F]{8}$", question.TrackingCode);
        Assert.Equal(LegalQuestionStatus.Received, question.Status);
        question.Answer("Trong thời hạn 60 ngày.", "Cục Hộ tịch, quốc tịch, chứng thực", Now.AddDays(2));
        question.Publish(Now.AddDays(3));
        Assert.Equal((LegalQuestionStatus.Published, Now.AddDays(2), Now.AddDays(3)), (question.Status, question.AnsweredAt!.Value, question.PublishedAt!.Value));
    }

    [Fact]
    public void New_tracking_codes_differ()
    {
        var random = new Random(9);
        var codes = Enumerable.Range(0, 200).Select(_ => LegalQuestion.NewTrackingCode(Now, random)).ToHashSet();
        Assert.Equal(200, codes.Count);
    }

    [Fact]
    public void Refuses_a_bad_email() =>
        Assert.Equal("EMAIL_INVALID", Assert.Throws<DomainException>(() =>
            new LegalQuestion("An", "an@", LegalField.Land, "Tiêu đề", "Câu hỏi", Now, "HDPL-2026-00000001")).Code);

    [Fact]
    public void Cannot_publish_unanswered_or_answer_twice()
    {
        var question = Question();
        Assert.Equal("QUESTION_TRANSITION_REFUSED", Assert.Throws<DomainException>(() => question.Publish(Now)).Code);
        question.Answer("Trả lời", "Cục Hộ tịch, quốc tịch, chứng thực", Now);
        Assert.Equal("QUESTION_TRANSITION_REFUSED", Assert.Throws<DomainException>(() => question.Answer("Lần hai", "Vụ", Now)).Code);
    }

    [Fact]
    public void Rejected_question_is_final()
    {
        var question = Question();
        question.Reject("Không thuộc phạm vi trả lời.", Now);
        Assert.Equal(LegalQuestionStatus.Rejected, question.Status);
        Assert.Equal("QUESTION_TRANSITION_REFUSED", Assert.Throws<DomainException>(() => question.Answer("Trả lời", "Vụ", Now)).Code);
    }

    [Fact]
    public void Answered_question_may_stay_unpublished_by_rejecting_it()
    {
        var question = Question();
        question.Answer("Trả lời riêng", "Vụ Pháp luật dân sự – kinh tế", Now);
        question.Reject("Nội dung chỉ liên quan đến cá nhân người hỏi.", Now);
        Assert.Equal(LegalQuestionStatus.Rejected, question.Status);
        Assert.Equal("QUESTION_TRANSITION_REFUSED", Assert.Throws<DomainException>(() => question.Publish(Now)).Code);
    }

    [Fact]
    public void Cannot_answer_before_receiving()
    {
        var ex = Assert.Throws<DomainException>(() => Question().Answer("Trả lời", "Vụ", Now.AddMinutes(-1)));
        Assert.Equal("QUESTION_ANSWER_BEFORE_RECEIVED", ex.Code);
    }
}

public sealed class DraftConsultationTests
{
    private static DraftConsultation Draft() => new("Dự thảo Luật Hộ tịch (sửa đổi)", "Bộ Tư pháp", "Tóm tắt",
        new DateOnly(2026, 7, 1), new DateOnly(2026, 8, 31), "https://moj.gov.vn/du-thao/1");

    [Fact]
    public void Takes_comments_while_open_in_local_days()
    {
        var draft = Draft();
        // 31/08 23:30 in Hà Nội is still 31/08 16:30 UTC; 01/07 00:30 local is 30/06 17:30 UTC.
        var last = draft.Comment("Trần Thị Bình", "binh@gmail.com", "Góp ý Điều 5", new DateTime(2026, 8, 31, 16, 30, 0, DateTimeKind.Utc), "Điều 5");
        var first = draft.Comment("Trần Thị Bình", "binh@gmail.com", "Góp ý", new DateTime(2026, 6, 30, 17, 30, 0, DateTimeKind.Utc));
        Assert.Equal(draft.Id, last.ConsultationId);
        Assert.Equal("Điều 5", last.Provision);
        Assert.Null(first.Provision);
    }

    [Theory]
    [InlineData(2026, 6, 30, 16, 59)] // 23:59 on 30/06 local: not yet open
    [InlineData(2026, 8, 31, 17, 0)] // 00:00 on 01/09 local: closed
    public void Refuses_comments_outside_the_window(int y, int m, int d, int h, int min)
    {
        var ex = Assert.Throws<DomainException>(() =>
            Draft().Comment("Trần Thị Bình", "binh@gmail.com", "Góp ý", new DateTime(y, m, d, h, min, 0, DateTimeKind.Utc)));
        Assert.Equal("CONSULTATION_CLOSED", ex.Code);
    }

    [Fact]
    public void Validates_commenter_email_and_window_and_link()
    {
        var at = new DateTime(2026, 7, 10, 2, 0, 0, DateTimeKind.Utc);
        Assert.Equal("EMAIL_INVALID", Assert.Throws<DomainException>(() => Draft().Comment("Bình", "binh", "Góp ý", at)).Code);
        Assert.Equal("CONSULTATION_DATES_INVALID", Assert.Throws<DomainException>(() =>
            new DraftConsultation("Dự thảo", "Bộ Tư pháp", "Tóm tắt", new DateOnly(2026, 8, 1), new DateOnly(2026, 7, 1))).Code);
        Assert.Equal("URL_INVALID", Assert.Throws<DomainException>(() =>
            new DraftConsultation("Dự thảo", "Bộ Tư pháp", "Tóm tắt", new DateOnly(2026, 7, 1), new DateOnly(2026, 8, 1), "ftp://x")).Code);
    }
}

public sealed class OnlineContestTests
{
    internal static readonly DateTime Opens = new(2026, 7, 1, 1, 0, 0, DateTimeKind.Utc);
    internal static readonly AdministrativeUnit Province = new("04", "Cao Bằng", AdministrativeLevel.Province, null, AdministrativeUnit.Reform2025);

    internal static OnlineContest Contest(int questions = 3)
    {
        var contest = new OnlineContest("Tìm hiểu Luật Hộ tịch", "Thể lệ", Opens, Opens.AddDays(30), 20);
        for (var i = 0; i < questions; i++)
            contest.AddQuestion($"Câu hỏi {i + 1}", ["A", "B", "C", "D"], i % 4, Opens.AddDays(-1));
        return contest;
    }

    [Fact]
    public void Validates_dates_time_limit_and_questions()
    {
        Assert.Equal("CONTEST_DATES_INVALID", Assert.Throws<DomainException>(() => new OnlineContest("T", "T", Opens, Opens, 20)).Code);
        Assert.Equal("CONTEST_TIME_LIMIT_INVALID", Assert.Throws<DomainException>(() => new OnlineContest("T", "T", Opens, Opens.AddDays(1), 0)).Code);
        var contest = Contest(0);
        Assert.Equal("CONTEST_QUESTION_OPTIONS_INVALID", Assert.Throws<DomainException>(() => contest.AddQuestion("Q", ["A", "B", "C"], 0, Opens.AddDays(-1))).Code);
        Assert.Equal("CONTEST_QUESTION_OPTIONS_INVALID", Assert.Throws<DomainException>(() => contest.AddQuestion("Q", ["A", "B", "C", "a"], 0, Opens.AddDays(-1))).Code);
        Assert.Equal("CONTEST_CORRECT_OPTION_INVALID", Assert.Throws<DomainException>(() => contest.AddQuestion("Q", ["A", "B", "C", "D"], 4, Opens.AddDays(-1))).Code);
        Assert.Equal("CONTEST_ALREADY_OPENED", Assert.Throws<DomainException>(() => contest.AddQuestion("Q", ["A", "B", "C", "D"], 0, Opens)).Code);
    }

    [Fact]
    public void Starts_only_while_open_with_questions_and_a_province()
    {
        Assert.Equal("CONTEST_NOT_OPEN", Assert.Throws<DomainException>(() => Contest().Start("An", "an@gmail.com", Province, Opens.AddMinutes(-1))).Code);
        Assert.Equal("CONTEST_NOT_OPEN", Assert.Throws<DomainException>(() => Contest().Start("An", "an@gmail.com", Province, Opens.AddDays(30))).Code);
        Assert.Equal("CONTEST_NO_QUESTIONS", Assert.Throws<DomainException>(() => Contest(0).Start("An", "an@gmail.com", Province, Opens)).Code);
        var commune = new AdministrativeUnit("01234", "Xã A", AdministrativeLevel.Commune, Province, AdministrativeUnit.Reform2025);
        Assert.Equal("CONTEST_PROVINCE_INVALID", Assert.Throws<DomainException>(() => Contest().Start("An", "an@gmail.com", commune, Opens)).Code);
        Assert.Equal("EMAIL_INVALID", Assert.Throws<DomainException>(() => Contest().Start("An", "an at gmail", Province, Opens)).Code);
    }

    [Fact]
    public void Scores_the_last_answer_given_before_expiry()
    {
        var contest = Contest();
        var started = Opens.AddHours(1);
        var attempt = contest.Start("Lê Thị Hoa", "hoa@gmail.com", Province, started);
        Assert.Equal(started.AddMinutes(20), attempt.ExpiresAt);
        var q = contest.Questions;
        attempt.Answer(contest, q[0].Id, 3, started.AddMinutes(1));
        attempt.Answer(contest, q[0].Id, q[0].CorrectOption, started.AddMinutes(2));
        attempt.Answer(contest, q[1].Id, q[1].CorrectOption, started.AddMinutes(19));
        Assert.Equal("CONTEST_ATTEMPT_EXPIRED", Assert.Throws<DomainException>(() =>
            attempt.Answer(contest, q[2].Id, q[2].CorrectOption, started.AddMinutes(20))).Code);
        Assert.Equal(2, attempt.Submit(contest, started.AddMinutes(25)));
        Assert.Equal(2, attempt.Score);
        Assert.Equal(TimeSpan.FromMinutes(20), attempt.Duration);
    }

    [Fact]
    public void Submits_once_and_takes_no_answer_after()
    {
        var contest = Contest();
        var attempt = contest.Start("Lê Thị Hoa", "hoa@gmail.com", Province, Opens);
        attempt.Submit(contest, Opens.AddMinutes(5));
        Assert.Equal("CONTEST_ATTEMPT_ALREADY_SUBMITTED", Assert.Throws<DomainException>(() => attempt.Submit(contest, Opens.AddMinutes(6))).Code);
        Assert.Equal("CONTEST_ATTEMPT_ALREADY_SUBMITTED", Assert.Throws<DomainException>(() =>
            attempt.Answer(contest, contest.Questions[0].Id, 0, Opens.AddMinutes(6))).Code);
        Assert.Equal(0, attempt.Score);
    }

    [Fact]
    public void Expiry_is_capped_by_the_contest_close()
    {
        var contest = Contest();
        var attempt = contest.Start("Lê Thị Hoa", "hoa@gmail.com", Province, contest.ClosesAt.AddMinutes(-5));
        Assert.Equal(contest.ClosesAt, attempt.ExpiresAt);
    }

    [Fact]
    public void Refuses_foreign_questions_bad_options_and_other_contests()
    {
        var contest = Contest();
        var other = Contest();
        var attempt = contest.Start("Lê Thị Hoa", "hoa@gmail.com", Province, Opens);
        Assert.Equal("CONTEST_QUESTION_UNKNOWN", Assert.Throws<DomainException>(() => attempt.Answer(contest, other.Questions[0].Id, 0, Opens)).Code);
        Assert.Equal("CONTEST_OPTION_INVALID", Assert.Throws<DomainException>(() => attempt.Answer(contest, contest.Questions[0].Id, 4, Opens)).Code);
        Assert.Equal("CONTEST_MISMATCH", Assert.Throws<DomainException>(() => attempt.Submit(other, Opens)).Code);
    }
}
