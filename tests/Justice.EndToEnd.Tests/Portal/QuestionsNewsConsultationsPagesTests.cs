using System.Net;
using System.Text.RegularExpressions;
using Justice.Domain.Common;
using Justice.Domain.PortalContent;
using Justice.Domain.Persistence;
using Justice.GraphQL.Common;
using Justice.Portal.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.EndToEnd.Tests.Portal;

/// <summary>/hoi-dap, /tin-tuc and /du-thao over HTTP: rendering, validation, antiforgery, anti-automation, caching headers.</summary>
public sealed partial class QuestionsNewsConsultationsPagesTests(PortalHostFixture fixture) : IClassFixture<PortalHostFixture>
{
    private async Task<T> InDbAsync<T>(Func<JusticeDbContext, Task<T>> work)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<JusticeDbContext>());
    }

    /// <summary>A form stamp as if the page had been opened a minute ago (a person takes their time).</summary>
    private string Stamp() => FormGuard.Stamp(fixture.Host.Services, DateTimeOffset.UtcNow.AddMinutes(-1));

    private static async Task<string> TokenAsync(HttpClient client, string path) =>
        Antiforgery().Match(await client.GetStringAsync(path)).Groups[1].Value;

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    [Fact]
    public async Task The_question_list_filters_by_field_searches_without_diacritics_and_pages()
    {
        using var client = fixture.Host.CreateClient();
        var sample = await InDbAsync(db => db.Set<LegalQuestion>().AsNoTracking().Where(q => q.Status == LegalQuestionStatus.Published && q.Field == LegalField.Land)
            .OrderByDescending(q => q.PublishedAt).FirstAsync());

        var all = await client.GetStringAsync("/hoi-dap");
        Assert.Contains("Hỏi đáp pháp luật", all);
        Assert.Contains("rel=\"next\"", all);
        Assert.Contains("href=\"/hoi-dap/dat-cau-hoi\"", all);

        var land = await client.GetStringAsync("/hoi-dap?linh-vuc=dat-dai");
        Assert.Contains(sample.Title, WebUtility.HtmlDecode(land));
        Assert.Contains("aria-current=\"page\">Đất đai", WebUtility.HtmlDecode(land));

        var words = VietnameseText.Fold(sample.Title);
        var found = WebUtility.HtmlDecode(await client.GetStringAsync("/hoi-dap?q=" + Uri.EscapeDataString(words)));
        Assert.Contains(sample.Title, found);
        Assert.Contains($"/hoi-dap/cau-hoi/{GlobalId.Encode("LegalQuestion", sample.Id)}", found);

        var next = NextPage().Match(all).Groups[1].Value;
        var second = await client.GetStringAsync(WebUtility.HtmlDecode(next));
        Assert.Contains("rel=\"prev\"", second);
    }

    [Fact]
    public async Task A_published_question_has_its_page_and_an_unpublished_one_does_not()
    {
        using var client = fixture.Host.CreateClient();
        var (published, waiting) = await InDbAsync(async db => (
            await db.Set<LegalQuestion>().AsNoTracking().FirstAsync(q => q.Status == LegalQuestionStatus.Published),
            await db.Set<LegalQuestion>().AsNoTracking().FirstAsync(q => q.Status == LegalQuestionStatus.Received)));

        using var page = await client.GetAsync($"/hoi-dap/cau-hoi/{GlobalId.Encode("LegalQuestion", published.Id)}");
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(published.Title, html);
        Assert.Contains(published.AnswerText!.Split('\n')[0].Trim(), html);
        Assert.DoesNotContain(published.AskerName, html);
        Assert.DoesNotContain(published.AskerEmail, html);

        using var hidden = await client.GetAsync($"/hoi-dap/cau-hoi/{GlobalId.Encode("LegalQuestion", waiting.Id)}");
        using var garbage = await client.GetAsync("/hoi-dap/cau-hoi/khong-phai-ma");
        using var otherType = await client.GetAsync($"/hoi-dap/cau-hoi/{GlobalId.Encode("NewsArticle", Guid.NewGuid())}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherType.StatusCode);
    }

    [Fact]
    public async Task The_ask_form_is_not_stored_needs_its_antiforgery_token_and_explains_each_mistake_keeping_the_input()
    {
        using var client = fixture.Host.CreateClient();
        using var get = await client.GetAsync("/hoi-dap/dat-cau-hoi");
        Assert.Contains("no-store", get.Headers.CacheControl!.ToString());
        var token = Antiforgery().Match(await get.Content.ReadAsStringAsync()).Groups[1].Value;

        using var forged = await client.PostAsync("/hoi-dap/dat-cau-hoi", Form(("Form.Name", "Nguyễn Văn A")));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        using var invalid = await client.PostAsync("/hoi-dap/dat-cau-hoi", Form(("__RequestVerificationToken", token),
            ("Form.Name", "Nguyễn Văn Ánh"), ("Form.Email", "khong-hop-le"), ("Form.Title", ""), ("Form.Text", "Ngắn quá"),
            (FormGuard.StartedField, Stamp())));
        var html = WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync());
        Assert.Contains("no-store", invalid.Headers.CacheControl!.ToString());
        Assert.Contains("Nhập địa chỉ thư điện tử đúng dạng", html);
        Assert.Contains("Chọn lĩnh vực của câu hỏi.", html);
        Assert.Contains("Nhập tiêu đề câu hỏi", html);
        Assert.Contains("Nhập nội dung câu hỏi (từ 20", html);
        Assert.Contains("value=\"Nguyễn Văn Ánh\"", html);
        Assert.Contains("class=\"error-summary\"", html);
    }

    [Fact]
    public async Task A_form_sent_too_fast_or_with_the_trap_filled_is_refused_and_nothing_is_saved()
    {
        using var client = fixture.Host.CreateClient();
        var before = await InDbAsync(db => db.Set<LegalQuestion>().CountAsync());
        (string, string)[] Valid(string token, string stamp, string trap = "") =>
        [
            ("__RequestVerificationToken", token), ("Form.Name", "Phạm Thị Bích"), ("Form.Email", "bich@example.vn"), ("Form.Field", "LABOUR"),
            ("Form.Title", "Nghỉ việc không báo trước"), ("Form.Text", "Tôi nghỉ việc không báo trước thì có được trả lương không?"),
            (FormGuard.StartedField, stamp), (FormGuard.TrapField, trap),
        ];
        var token = await TokenAsync(client, "/hoi-dap/dat-cau-hoi");

        using var tooFast = await client.PostAsync("/hoi-dap/dat-cau-hoi", Form(Valid(token, FormGuard.Stamp(fixture.Host.Services, DateTimeOffset.UtcNow))));
        using var trapped = await client.PostAsync("/hoi-dap/dat-cau-hoi", Form(Valid(token, Stamp(), "http://spam.example")));
        using var forgedStamp = await client.PostAsync("/hoi-dap/dat-cau-hoi", Form(Valid(token, "123")));

        Assert.Contains("Biểu mẫu được gửi quá nhanh", WebUtility.HtmlDecode(await tooFast.Content.ReadAsStringAsync()));
        Assert.Contains("Không gửi được biểu mẫu", WebUtility.HtmlDecode(await trapped.Content.ReadAsStringAsync()));
        Assert.Contains("Không gửi được biểu mẫu", WebUtility.HtmlDecode(await forgedStamp.Content.ReadAsStringAsync()));
        Assert.Contains("value=\"Nghỉ việc không báo trước\"", WebUtility.HtmlDecode(await tooFast.Content.ReadAsStringAsync()));
        Assert.Equal(before, await InDbAsync(db => db.Set<LegalQuestion>().CountAsync()));
    }

    [Fact]
    public async Task A_question_gets_a_tracking_code_its_answer_shows_at_the_lookup_once_published_and_the_cached_list_shows_it()
    {
        using var client = fixture.Host.CreateClient();
        var title = $"Chia di sản thừa kế khi không có di chúc {Guid.NewGuid():N}"[..60];
        using var cached = await client.GetAsync("/hoi-dap?linh-vuc=dan-su");
        using var cachedAgain = await client.GetAsync("/hoi-dap?linh-vuc=dan-su");
        Assert.NotNull(cachedAgain.Headers.Age);
        Assert.DoesNotContain(title, WebUtility.HtmlDecode(await cachedAgain.Content.ReadAsStringAsync()));

        using var sent = await client.PostAsync("/hoi-dap/dat-cau-hoi", Form(("__RequestVerificationToken", await TokenAsync(client, "/hoi-dap/dat-cau-hoi")),
            ("Form.Name", "Đỗ Minh Quân"), ("Form.Email", "quan@example.vn"), ("Form.Field", "CIVIL"), ("Form.Title", title),
            ("Form.Text", "Bố tôi mất không để lại di chúc, tài sản được chia thế nào?"), (FormGuard.StartedField, Stamp())));
        var sentHtml = await sent.Content.ReadAsStringAsync();
        var code = TrackingCode().Match(sentHtml).Groups[1].Value;
        Assert.Matches("^HDPL-\\d{4}-[0-9A-F]{8}$", code);
        Assert.Equal("/hoi-dap/dat-cau-hoi", sent.RequestMessage!.RequestUri!.AbsolutePath);

        using var lookupPage = await client.GetAsync("/hoi-dap/tra-cuu");
        Assert.Contains("no-store", lookupPage.Headers.CacheControl!.ToString());
        var lookupToken = Antiforgery().Match(await lookupPage.Content.ReadAsStringAsync()).Groups[1].Value;
        async Task<string> LookUpAsync(string value)
        {
            using var response = await client.PostAsync("/hoi-dap/tra-cuu", Form(("__RequestVerificationToken", lookupToken), ("TrackingCode", value)));
            Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }
        var waiting = await LookUpAsync(code.ToLowerInvariant());
        Assert.Contains("Đã tiếp nhận, đang chờ trả lời", waiting);
        Assert.Contains(title, waiting);
        Assert.Contains("Không tìm thấy câu hỏi có mã này", await LookUpAsync("HDPL-2026-00000000"));

        // Staff answer and publish (through the domain, as the API does); saving public content evicts the cached pages.
        await InDbAsync(async db =>
        {
            var question = await db.Set<LegalQuestion>().SingleAsync(q => q.TrackingCode == code);
            question.Answer("Theo Điều 651 Bộ luật Dân sự, di sản được chia theo pháp luật cho hàng thừa kế thứ nhất.", "Vụ Pháp luật dân sự – kinh tế", DateTime.UtcNow);
            question.Publish(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var answered = await LookUpAsync(code);
        Assert.Contains("Đã trả lời và công khai", answered);
        Assert.Contains("Theo Điều 651 Bộ luật Dân sự", answered);
        using var list = await client.GetAsync("/hoi-dap?linh-vuc=dan-su");
        Assert.Null(list.Headers.Age);
        Assert.Contains(title, WebUtility.HtmlDecode(await list.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task News_are_listed_by_category_and_an_article_body_is_shown_encoded()
    {
        using var client = fixture.Host.CreateClient();
        var slug = $"thong-bao-kiem-thu-{Guid.NewGuid():N}";
        await InDbAsync(db =>
        {
            db.Add(new NewsArticle("Thông báo về lịch tiếp công dân", "Lịch tiếp công dân tháng này.",
                "Đoạn thứ nhất <script>alert('x')</script>.\n\nĐoạn thứ hai <b>đậm</b>.", NewsCategory.Directive, "Văn phòng Bộ",
                DateTime.UtcNow.AddMinutes(-5), slug));
            return db.SaveChangesAsync();
        });

        var directives = WebUtility.HtmlDecode(await client.GetStringAsync("/tin-tuc?chuyen-muc=chi-dao-dieu-hanh"));
        Assert.Contains($"/tin-tuc/{slug}", directives);
        Assert.Contains("aria-current=\"page\">Chỉ đạo, điều hành", directives);
        Assert.DoesNotContain($"/tin-tuc/{slug}", WebUtility.HtmlDecode(await client.GetStringAsync("/tin-tuc?chuyen-muc=tin-tuc")));

        using var article = await client.GetAsync($"/tin-tuc/{slug}");
        var raw = await article.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.DoesNotContain("<script>alert", raw);
        Assert.Contains("&lt;script&gt;alert(", raw);
        Assert.Contains("&lt;b&gt;", raw);
        Assert.Equal(2, Regex.Count(raw, "<p class=\"text\">"));
        Assert.Contains("Thông báo về lịch tiếp công dân", WebUtility.HtmlDecode(raw));

        using var missing = await client.GetAsync("/tin-tuc/khong-co-bai-nay");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        var home = WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        Assert.Contains($"/tin-tuc/{slug}", home);
        Assert.Contains("id=\"latest-news\"", home);
    }

    [Fact]
    public async Task Drafts_open_and_closed_are_listed_and_a_comment_is_taken_only_while_open()
    {
        using var client = fixture.Host.CreateClient();
        var drafts = await InDbAsync(db => db.Set<DraftConsultation>().AsNoTracking().ToListAsync());
        var today = VietnamTime.LocalDate(DateTime.UtcNow);
        var open = drafts.First(d => d.IsOpenOn(today));
        var closed = drafts.First(d => d.ClosesOn < today);
        var openId = GlobalId.Encode("DraftConsultation", open.Id);
        var closedId = GlobalId.Encode("DraftConsultation", closed.Id);

        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/du-thao"));
        Assert.Matches(new Regex($"id=\"open-drafts\".*{openId}", RegexOptions.Singleline), list);
        Assert.Matches(new Regex($"id=\"closed-drafts\".*{closedId}", RegexOptions.Singleline), list);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/du-thao/{openId}"));
        Assert.Contains(open.Title, page);
        Assert.Contains($"/du-thao/{openId}/gop-y", page);
        Assert.DoesNotContain("/gop-y", WebUtility.HtmlDecode(await client.GetStringAsync($"/du-thao/{closedId}")));

        using var form = await client.GetAsync($"/du-thao/{openId}/gop-y");
        Assert.Contains("no-store", form.Headers.CacheControl!.ToString());
        var token = Antiforgery().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        var email = $"gop-y-{Guid.NewGuid():N}@example.vn";

        using var invalid = await client.PostAsync($"/du-thao/{openId}/gop-y", Form(("__RequestVerificationToken", token),
            ("Form.Name", ""), ("Form.Email", email), ("Form.Content", ""), (FormGuard.StartedField, Stamp())));
        var invalidHtml = WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync());
        Assert.Contains("Nhập họ và tên", invalidHtml);
        Assert.Contains("Nhập nội dung góp ý", invalidHtml);
        Assert.Contains($"value=\"{email}\"", invalidHtml);

        using var sent = await client.PostAsync($"/du-thao/{openId}/gop-y", Form(("__RequestVerificationToken", token),
            ("Form.Name", "Vũ Hoàng Nam"), ("Form.Email", email), ("Form.Organisation", "Hội Luật gia tỉnh"), ("Form.Provision", "Điều 12"),
            ("Form.Content", "Đề nghị bổ sung quy định về đăng ký trực tuyến."), (FormGuard.StartedField, Stamp())));
        Assert.Contains("Cảm ơn bạn đã góp ý", WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync()));
        var stored = await InDbAsync(db => db.Set<ConsultationComment>().AsNoTracking().SingleAsync(c => c.Email == email));
        Assert.Equal("Vũ Hoàng Nam (Hội Luật gia tỉnh)", stored.CommenterName);
        Assert.Equal("Điều 12", stored.Provision);

        var closedForm = WebUtility.HtmlDecode(await client.GetStringAsync($"/du-thao/{closedId}/gop-y"));
        Assert.Contains("Dự thảo này không nhận góp ý", closedForm);
        Assert.DoesNotContain("<textarea", closedForm);
        using var missing = await client.GetAsync($"/du-thao/{GlobalId.Encode("DraftConsultation", Guid.NewGuid())}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("id=\"ma-tra-cuu\">([^<]+)<")]
    private static partial Regex TrackingCode();

    [GeneratedRegex("rel=\"next\" href=\"([^\"]+)\"")]
    private static partial Regex NextPage();
}
