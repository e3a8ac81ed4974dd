using System.Net;
using System.Text.RegularExpressions;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Persistence;
using Justice.Domain.PortalContent;
using Justice.GraphQL.Common;
using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.EndToEnd.Tests.Portal;

/// <summary>
/// /thi-truc-tuyen over HTTP: the list, a contest page, registration (antiforgery, anti-automation, validation), the
/// server-timed quiz identified by a cookie, the result with score and rank, and the deadline enforced by the server.
/// </summary>
public sealed partial class ContestPagesTests(ReadyPortalHostFixture fixture) : IClassFixture<ReadyPortalHostFixture>
{
    private async Task<T> DbAsync<T>(Func<JusticeDbContext, Task<T>> read)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<JusticeDbContext>());
    }

    private Task<(OnlineContest Contest, string ProvinceId)> OpenContestAsync() => DbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var contest = await db.Set<OnlineContest>().AsNoTracking().Include(c => c.Questions).FirstAsync(c => c.OpensAt <= now && c.ClosesAt > now);
        var province = await db.Set<AdministrativeUnit>().AsNoTracking().Where(u => u.Level == AdministrativeLevel.Province && u.ValidTo == null)
            .OrderBy(u => u.Code).FirstAsync();
        return (contest, GlobalId.Encode("AdministrativeUnit", province.Id));
    });

    private HttpClient NewClient() => fixture.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static string Decode(string html) => WebUtility.HtmlDecode(html);

    /// <summary>The form's tokens, stamped as served a minute ago: a person takes longer than the guard's minimum.</summary>
    private async Task<Dictionary<string, string>> FormOf(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        Assert.Contains($"name=\"{FormGuard.StartedField}\"", html);
        return new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Antiforgery().Match(html).Groups[1].Value,
            [FormGuard.StartedField] = FormGuard.Stamp(fixture.Host.Services, DateTimeOffset.UtcNow.AddMinutes(-1)),
        };
    }

    private async Task<(HttpClient Client, string AttemptId, OnlineContest Contest)> RegisterAsync(string name)
    {
        var (contest, provinceId) = await OpenContestAsync();
        var client = NewClient();
        var path = $"/thi-truc-tuyen/{GlobalId.Encode("OnlineContest", contest.Id)}/dang-ky";
        var form = await FormOf(client, path);
        form["Form.ParticipantName"] = name;
        form["Form.Email"] = "thi-sinh@example.vn";
        form["Form.ProvinceId"] = provinceId;
        form["Form.Agree"] = "true";
        using var started = await client.PostAsync(path, new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal("/thi-truc-tuyen/lam-bai", started.Headers.Location!.OriginalString);
        var cookie = started.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Justice.ContestAttempt=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("example.vn", cookie);
        var attemptId = Uri.UnescapeDataString(cookie.Split(';')[0]["Justice.ContestAttempt=".Length..]);
        return (client, attemptId, contest);
    }

    [Fact]
    public async Task The_list_sorts_contests_and_a_contest_page_shows_its_rules_and_leaderboard()
    {
        var (contest, _) = await OpenContestAsync();
        using var client = NewClient();
        using var list = await client.GetAsync("/thi-truc-tuyen");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var html = Decode(await list.Content.ReadAsStringAsync());
        var open = html.IndexOf("Đang diễn ra", StringComparison.Ordinal);
        var closed = html.IndexOf("Đã kết thúc", StringComparison.Ordinal);
        Assert.InRange(html.IndexOf(contest.Title, StringComparison.Ordinal), open, closed);

        using var page = await client.GetAsync("/thi-truc-tuyen/" + GlobalId.Encode("OnlineContest", contest.Id));
        var pageHtml = Decode(await page.Content.ReadAsStringAsync());
        Assert.Contains("Thể lệ", pageHtml);
        Assert.Contains($"{contest.TimeLimitMinutes} phút", pageHtml);
        Assert.Contains("<table id=\"bang-xep-hang\">", pageHtml);
        Assert.Contains("/dang-ky\">Đăng ký dự thi</a>", pageHtml);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/thi-truc-tuyen/" + GlobalId.Encode("OnlineContest", Guid.NewGuid()))).StatusCode);
    }

    [Fact]
    public async Task Registration_is_not_stored_needs_its_token_and_refuses_automation_and_bad_input_in_vietnamese()
    {
        var (contest, provinceId) = await OpenContestAsync();
        using var client = NewClient();
        var path = $"/thi-truc-tuyen/{GlobalId.Encode("OnlineContest", contest.Id)}/dang-ky";
        using var get = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Contains("no-store", get.Headers.CacheControl?.ToString() ?? "");

        using var forged = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.ParticipantName"] = "Bot" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var form = await FormOf(client, path);
        var trapped = new Dictionary<string, string>(form) { [FormGuard.TrapField] = "http://spam.example", ["Form.ParticipantName"] = "Bot", ["Form.Email"] = "bot@example.vn",
            ["Form.ProvinceId"] = provinceId, ["Form.Agree"] = "true" };
        using var trappedResponse = await client.PostAsync(path, new FormUrlEncodedContent(trapped));
        Assert.Equal(HttpStatusCode.OK, trappedResponse.StatusCode);
        var trappedHtml = Decode(await trappedResponse.Content.ReadAsStringAsync());
        Assert.Contains("Không gửi được biểu mẫu", trappedHtml);

        var unstamped = new Dictionary<string, string>(trapped) { [FormGuard.TrapField] = "", [FormGuard.StartedField] = "forged" };
        using var unstampedResponse = await client.PostAsync(path, new FormUrlEncodedContent(unstamped));
        Assert.Equal(HttpStatusCode.OK, unstampedResponse.StatusCode);
        Assert.Contains("Không gửi được biểu mẫu", Decode(await unstampedResponse.Content.ReadAsStringAsync()));

        var invalid = new Dictionary<string, string>(form) { ["Form.ParticipantName"] = "Nguyễn Thị Thu", ["Form.Email"] = "khong-phai-thu", ["Form.ProvinceId"] = "" };
        using var refused = await client.PostAsync(path, new FormUrlEncodedContent(invalid));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = Decode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Nhập địa chỉ thư điện tử", html);
        Assert.Contains("Chọn tỉnh, thành phố nơi bạn sinh sống.", html);
        Assert.Contains("Xác nhận bạn đã đọc thể lệ cuộc thi.", html);
        Assert.Contains("value=\"Nguyễn Thị Thu\"", html);
        Assert.False(refused.Headers.Contains("Set-Cookie") && refused.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("Justice.ContestAttempt", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_quiz_keeps_its_server_deadline_across_reloads_and_the_result_shows_score_and_rank()
    {
        var (client, attemptId, contest) = await RegisterAsync("Lương Văn Khánh");
        using (client)
        {
            using var quiz = await client.GetAsync("/thi-truc-tuyen/lam-bai");
            Assert.Equal(HttpStatusCode.OK, quiz.StatusCode);
            Assert.Contains("no-store", quiz.Headers.CacheControl!.ToString());
            var html = Decode(await quiz.Content.ReadAsStringAsync());
            var deadline = Deadline().Match(html).Groups[1].Value;
            Assert.NotEmpty(deadline);
            Assert.Equal(contest.Questions.Count, Regex.Matches(html, "<fieldset class=\"quiz-question\"").Count);
            Assert.DoesNotContain(attemptId, html);

            // A reload later shows the same deadline and less time left: the server keeps time.
            await Task.Delay(1100);
            var again = Decode(await client.GetStringAsync("/thi-truc-tuyen/lam-bai"));
            Assert.Equal(deadline, Deadline().Match(again).Groups[1].Value);
            Assert.True(int.Parse(Remaining().Match(again).Groups[1].Value) < contest.TimeLimitMinutes * 60);

            // Save one answer, reload: it is still chosen.
            var questions = contest.Questions.OrderBy(q => q.Position).ToList();
            var token = Antiforgery().Match(again).Groups[1].Value;
            var first = GlobalId.Encode("ContestQuestion", questions[0].Id);
            using var saved = await client.PostAsync("/thi-truc-tuyen/lam-bai?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, [$"Chosen[{first}]"] = "ABCD"[questions[0].CorrectOption].ToString(),
            }));
            Assert.Contains("Đã lưu câu trả lời của bạn.", Decode(await saved.Content.ReadAsStringAsync()));
            var reloaded = await client.GetStringAsync("/thi-truc-tuyen/lam-bai");
            Assert.Matches($"id=\"q1-{"ABCD"[questions[0].CorrectOption]}\" name=\"Chosen\\[{Regex.Escape(first)}\\]\" value=\"{"ABCD"[questions[0].CorrectOption]}\" checked", reloaded);

            // Hand in with all answers right but the last.
            var answers = new Dictionary<string, string> { ["__RequestVerificationToken"] = token };
            foreach (var (question, i) in questions.Select((q, i) => (q, i)))
                answers[$"Chosen[{GlobalId.Encode("ContestQuestion", question.Id)}]"] = "ABCD"[i == questions.Count - 1 ? (question.CorrectOption + 1) % 4 : question.CorrectOption].ToString();
            using var submitted = await client.PostAsync("/thi-truc-tuyen/lam-bai?handler=Submit", new FormUrlEncodedContent(answers));
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
            Assert.Equal("/thi-truc-tuyen/ket-qua", submitted.Headers.Location!.OriginalString);

            using var result = await client.GetAsync("/thi-truc-tuyen/ket-qua");
            Assert.Contains("no-store", result.Headers.CacheControl!.ToString());
            var resultHtml = Decode(await result.Content.ReadAsStringAsync());
            Assert.Contains($"<span class=\"code\" id=\"diem\">{questions.Count - 1}/{questions.Count}</span>", resultHtml);
            Assert.Matches("<span class=\"code\" id=\"xep-hang\">[0-9]+</span>", resultHtml);
            Assert.Contains("<table id=\"bang-xep-hang\">", resultHtml);

            // The quiz of a handed-in attempt leads to the result.
            using var back = await client.GetAsync("/thi-truc-tuyen/lam-bai");
            Assert.Equal("/thi-truc-tuyen/ket-qua", back.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task After_the_deadline_late_answers_are_refused_and_the_attempt_is_scored_with_those_given_in_time()
    {
        var (client, attemptId, contest) = await RegisterAsync("Mạc Thị Duyên");
        using (client)
        {
            var questions = contest.Questions.OrderBy(q => q.Position).ToList();
            var html = await client.GetStringAsync("/thi-truc-tuyen/lam-bai");
            var token = Antiforgery().Match(html).Groups[1].Value;
            var first = GlobalId.Encode("ContestQuestion", questions[0].Id);
            await client.PostAsync("/thi-truc-tuyen/lam-bai?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, [$"Chosen[{first}]"] = "ABCD"[questions[0].CorrectOption].ToString(),
            }));

            // Time passes on the server: the attempt started 21 minutes ago and expired a minute ago.
            var id = GlobalId.Decode(attemptId, "ContestAttempt");
            await DbAsync(db => db.Set<ContestAttempt>().Where(a => a.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.StartedAt, DateTime.UtcNow.AddMinutes(-21)).SetProperty(a => a.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));

            var late = new Dictionary<string, string> { ["__RequestVerificationToken"] = token };
            foreach (var question in questions)
                late[$"Chosen[{GlobalId.Encode("ContestQuestion", question.Id)}]"] = "ABCD"[question.CorrectOption].ToString();
            using var submitted = await client.PostAsync("/thi-truc-tuyen/lam-bai?handler=Submit", new FormUrlEncodedContent(late));
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
            Assert.Equal("/thi-truc-tuyen/ket-qua?het-gio=1", submitted.Headers.Location!.OriginalString);

            var result = Decode(await client.GetStringAsync("/thi-truc-tuyen/ket-qua?het-gio=1"));
            Assert.Contains("Đã hết thời gian làm bài", result);
            Assert.Contains($"<span class=\"code\" id=\"diem\">1/{questions.Count}</span>", result);
        }
    }

    [Fact]
    public async Task Without_an_attempt_the_quiz_and_result_pages_say_so()
    {
        using var client = NewClient();
        Assert.Contains("Bạn chưa bắt đầu lượt thi nào", Decode(await client.GetStringAsync("/thi-truc-tuyen/lam-bai")));
        Assert.Contains("Không có bài thi đã nộp", Decode(await client.GetStringAsync("/thi-truc-tuyen/ket-qua")));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("<span id=\"het-gio\">([^<]+)</span>")]
    private static partial Regex Deadline();

    [GeneratedRegex("data-remaining=\"([0-9]+)\"")]
    private static partial Regex Remaining();
}
