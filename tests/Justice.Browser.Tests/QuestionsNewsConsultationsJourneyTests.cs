using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Justice.Portal.Identity;
using Justice.Portal.Portal;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;

namespace Justice.Browser.Tests;

/// <summary>
/// Legal Q&amp;A, news and draft consultations in Debian's Chromium: a citizen asks a question and follows it by its
/// tracking code while a portal editor answers and publishes it through the GraphQL API over HTTP; axe-core scans
/// every page seen; screenshots at phone and desktop widths.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class QuestionsNewsConsultationsJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_citizen_asks_a_question_staff_answer_it_through_the_API_and_the_answer_is_published()
    {
        var title = $"Quyền nuôi con sau ly hôn khi con dưới 36 tháng tuổi ({Guid.NewGuid().ToString("N")[..6]})";
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/hoi-dap");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hỏi đáp pháp luật", Level = 1 })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Đặt câu hỏi" }).First.ClickAsync();
        await page.WaitForURLAsync("**/hoi-dap/dat-cau-hoi");
        await BrowserFixture.AssertAccessibleAsync(page);

        // Sent empty: Vietnamese messages in a summary that links to the fields.
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi câu hỏi" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nhập họ và tên");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByLabel("Họ và tên").FillAsync("Trịnh Thu Trang");
        await page.GetByLabel("Thư điện tử").FillAsync("trang.trinh@example.vn");
        await page.GetByLabel("Lĩnh vực").SelectOptionAsync("MARRIAGE_AND_FAMILY");
        await page.GetByLabel("Tiêu đề").FillAsync(title);
        await page.GetByLabel("Nội dung câu hỏi").FillAsync("Tôi và chồng đang làm thủ tục ly hôn, con tôi được 20 tháng tuổi. Tôi có được quyền nuôi con không?");
        // The anti-automation check refuses a form sent back within seconds of being served, as a person would not.
        await Task.Delay(TimeSpan.FromSeconds(FormGuard.MinimumSeconds + 0.5));
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi câu hỏi" }).ClickAsync();
        var code = await page.Locator("#ma-tra-cuu").InnerTextAsync();
        Assert.Matches("^HDPL-[0-9]{4}-[0-9A-F]{8}$", code);
        Assert.DoesNotContain("trang.trinh", page.Url);
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Tra cứu câu hỏi đã gửi" }).ClickAsync();
        await page.GetByLabel("Mã tra cứu").FillAsync(code.ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await Assertions.Expect(page.Locator("#trang-thai")).ToHaveTextAsync("Đã tiếp nhận, đang chờ trả lời");
        Assert.DoesNotContain(code, page.Url, StringComparison.OrdinalIgnoreCase);

        // The field's list, seen (and cached) before the answer is published, does not show the question yet.
        await page.GotoAsync("/hoi-dap?linh-vuc=hon-nhan-gia-dinh");
        await Assertions.Expect(page.Locator("#questions")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("#questions a").Filter(new() { HasText = title }).CountAsync());

        // A portal editor signs in (authorization code + PKCE) and answers, then publishes, through /graphql.
        using var staff = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        { BaseAddress = new Uri(fixture.BaseAddress + "/") };
        var token = await SignInAsync(staff, DemoIdentities.PortalEditorEmail, "openid portal.write");
        var queue = await GraphQLAsync(staff, token, """
            query { legalQuestions(answeredOnly: false, status: RECEIVED, first: 100) { items { id title } } }
            """);
        var id = queue.GetProperty("legalQuestions").GetProperty("items").EnumerateArray()
            .Single(q => q.GetProperty("title").GetString() == title).GetProperty("id").GetString();
        const string answer = "Theo khoản 3 Điều 81 Luật Hôn nhân và gia đình, con dưới 36 tháng tuổi được giao cho mẹ trực tiếp nuôi.";
        var answered = await GraphQLAsync(staff, token, """
            mutation($id: ID!, $text: String!) { answerLegalQuestion(input: { id: $id, answerText: $text }) { question { status } errors { code } } }
            """, new { id, text = answer });
        Assert.Equal("ANSWERED", answered.GetProperty("answerLegalQuestion").GetProperty("question").GetProperty("status").GetString());
        var published = await GraphQLAsync(staff, token, """
            mutation($id: ID!) { publishLegalQuestion(input: { id: $id }) { question { status } errors { code } } }
            """, new { id });
        Assert.Equal("PUBLISHED", published.GetProperty("publishLegalQuestion").GetProperty("question").GetProperty("status").GetString());

        // The citizen looks again: the answer is there, and the public list shows the question (publishing evicted the cached page).
        await page.GotoAsync("/hoi-dap/tra-cuu");
        await page.GetByLabel("Mã tra cứu").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await Assertions.Expect(page.Locator("#trang-thai")).ToHaveTextAsync("Đã trả lời và công khai");
        await Assertions.Expect(page.Locator("#cau-tra-loi")).ToContainTextAsync("con dưới 36 tháng tuổi được giao cho mẹ");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GotoAsync("/hoi-dap?linh-vuc=hon-nhan-gia-dinh");
        var listed = page.Locator("#questions a").Filter(new() { HasText = title });
        await Assertions.Expect(listed).ToBeVisibleAsync();
        await listed.ClickAsync();
        await page.WaitForURLAsync(new Regex("/hoi-dap/cau-hoi/[A-Za-z0-9_-]+$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator(".answer")).ToContainTextAsync("khoản 3 Điều 81");
        await BrowserFixture.AssertAccessibleAsync(page);

        // Found by words typed without diacritics.
        await page.GotoAsync("/hoi-dap");
        await page.GetByLabel("Từ khóa").FillAsync("quyen nuoi con sau ly hon");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm kiếm" }).ClickAsync();
        await Assertions.Expect(page.Locator("#questions a").Filter(new() { HasText = title })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task News_articles_and_draft_consultations_pass_the_accessibility_scan()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/tin-tuc?chuyen-muc=chi-dao-dieu-hanh");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Chỉ đạo, điều hành", Level = 1 })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.Locator("#articles a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/tin-tuc/[a-z0-9-]+$"));
        await Assertions.Expect(page.Locator("article.news-article p.text").First).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GotoAsync("/du-thao");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đang lấy ý kiến" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.Locator("#open-drafts a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/du-thao/[A-Za-z0-9_-]+$"));
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Gửi ý kiến góp ý" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/gop-y$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi góp ý" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nhập nội dung góp ý");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GotoAsync("/du-thao");
        await page.Locator("#closed-drafts a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/du-thao/[A-Za-z0-9_-]+$"));
        await Assertions.Expect(page.GetByText("Không nhận góp ý")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Theory]
    [InlineData(375, "phone")]
    [InlineData(1280, "desktop")]
    public async Task Screenshots_of_questions_and_a_news_article_at_phone_and_desktop_widths(int width, string label)
    {
        var page = await fixture.NewPageAsync(width, width < 600 ? 800 : 900);
        await page.GotoAsync("/hoi-dap");
        await fixture.ScreenshotAsync(page, $"questions-{label}");
        await page.GotoAsync("/tin-tuc");
        await page.Locator("#articles a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/tin-tuc/[a-z0-9-]+$"));
        await fixture.ScreenshotAsync(page, $"news-article-{label}");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, $"horizontal scroll at {width}px");
        foreach (var name in new[] { "questions", "news-article" })
            Assert.True(new FileInfo(Path.Combine(fixture.ScreenshotFolder, $"{name}-{label}.png")).Length > 5_000);
    }

    private static async Task<JsonElement> GraphQLAsync(HttpClient client, string token, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }

    /// <summary>A staff member's access token by the authorization code flow with PKCE, as the staff app gets one.</summary>
    private static async Task<string> SignInAsync(HttpClient client, string email, string scope)
    {
        var verifier = Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlTextEncoder.Encode(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));
        var authorize = QueryHelpers.AddQueryString("connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = DemoIdentities.StaffAppClientId, ["response_type"] = "code", ["redirect_uri"] = DemoIdentities.StaffAppRedirectUri,
            ["scope"] = scope, ["state"] = "hoi-dap", ["code_challenge"] = challenge, ["code_challenge_method"] = "S256",
        });
        using var toSignIn = await client.GetAsync(authorize);
        var signInPage = toSignIn.Headers.Location!;
        var returnUrl = QueryHelpers.ParseQuery(signInPage.Query)["ReturnUrl"].ToString();
        var html = await client.GetStringAsync(signInPage);
        using var signedIn = await client.PostAsync("dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = DemoIdentities.Password, ["ReturnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = Antiforgery().Match(html).Groups[1].Value,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var toCallback = await client.GetAsync(returnUrl.TrimStart('/'));
        var code = QueryHelpers.ParseQuery(toCallback.Headers.Location!.Query)["code"].ToString();
        using var tokens = await client.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["client_id"] = DemoIdentities.StaffAppClientId,
            ["redirect_uri"] = DemoIdentities.StaffAppRedirectUri, ["code_verifier"] = verifier,
        }));
        var body = JsonDocument.Parse(await tokens.Content.ReadAsStringAsync()).RootElement;
        Assert.True(tokens.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("access_token").GetString()!;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
