using Justice.Portal.Portal;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Justice.Browser.Tests;

/// <summary>The main journeys through the public portal in Debian's Chromium, with an axe-core scan of every page seen.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PortalJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task From_the_home_page_to_a_document_in_the_list_and_on_to_one_of_its_articles()
    {
        var page = await fixture.NewPageAsync();
        var home = await page.GotoAsync("/");
        Assert.Equal(200, home!.Status);
        Assert.Equal("vi", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Content-Security-Policy", home.Headers.Keys, StringComparer.OrdinalIgnoreCase);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Văn bản mới ban hành" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Văn bản" }).ClickAsync();
        await page.WaitForURLAsync("**/van-ban");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Văn bản quy phạm pháp luật", Level = 1 })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        // Filter to laws, then open the first with a table of contents.
        await page.GetByLabel("Loại văn bản").SelectOptionAsync("LAW");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("loai=LAW"));
        var first = page.Locator("#results a").First;
        var title = await first.InnerTextAsync();
        await first.ClickAsync();
        await page.WaitForURLAsync(new Regex("/van-ban/[A-Za-z0-9_-]+$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(title.Split(" – ").Last());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thuộc tính văn bản" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        var tocLink = page.Locator("nav.toc a[href^='#dieu-']").Nth(1);
        var anchor = await tocLink.GetAttributeAsync("href");
        await tocLink.ClickAsync();
        Assert.EndsWith(anchor!, page.Url);
        await Assertions.Expect(page.Locator(anchor!)).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator(anchor! + " h3")).ToContainTextAsync("Điều");
    }

    [Theory]
    [InlineData("bộ luật lao động")]
    [InlineData("bo luat lao dong")]
    public async Task Search_a_law_with_or_without_diacritics_and_open_it(string words)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/van-ban");
        await page.Locator("#q").FillAsync(words);
        await page.Locator("#q").PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("q="));

        // The index is built in the background at first start: wait until results appear.
        for (var attempt = 0; attempt < 60 && await page.Locator("#results li").CountAsync() == 0; attempt++)
        {
            await Task.Delay(1000);
            await page.ReloadAsync();
        }
        var hit = page.Locator("#results li").Filter(new() { HasText = "Bộ luật Lao động" }).First;
        await Assertions.Expect(hit).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#results mark").First).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        await hit.Locator("a").ClickAsync();
        await page.WaitForURLAsync(new Regex("/van-ban/[A-Za-z0-9_-]+$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Bộ luật Lao động");
    }

    [Fact]
    public async Task Browse_the_Code_to_an_article_and_on_to_its_source_article()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/phap-dien");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bộ pháp điển", Level = 1 })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        // Topic 9.1 (civil law) is the one the demo data enters article by article.
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^Đề mục 9\.1\. ") }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/phap-dien/[A-Za-z0-9_-]+$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Đề mục");
        await BrowserFixture.AssertAccessibleAsync(page);

        var article = page.Locator(".provision-article").First;
        await Assertions.Expect(article.Locator("h3")).ToContainTextAsync("Điều");
        var source = article.Locator("a.source-link");
        var href = await source.GetAttributeAsync("href");
        Assert.Matches("^/van-ban/[A-Za-z0-9_-]+#dieu-", href);
        await source.ClickAsync();
        await page.WaitForURLAsync(new Regex("/van-ban/[A-Za-z0-9_-]+#dieu-"));
        var anchor = "#" + href!.Split('#')[1];
        await Assertions.Expect(page.Locator(anchor)).ToBeInViewportAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Apply_for_a_judicial_record_certificate_and_look_up_its_status()
    {
        var page = await fixture.NewPageAsync();
        var form = await page.GotoAsync("/ly-lich-tu-phap");
        Assert.Contains("no-store", form!.Headers["cache-control"]);
        await BrowserFixture.AssertAccessibleAsync(page);

        // Sent empty: Vietnamese messages in a summary that links to the fields.
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi yêu cầu" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nhập họ và tên");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByLabel("Họ và tên").FillAsync("Nguyễn Văn Bình");
        await page.GetByLabel("Nam", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Ngày sinh").FillAsync("1990-05-12");
        await page.GetByLabel("Số định danh cá nhân").FillAsync("001090123456");
        await page.GetByLabel("Phiếu số 1").CheckAsync();
        await page.GetByLabel("Mục đích sử dụng phiếu").FillAsync("Bổ sung hồ sơ xin việc");
        // The anti-automation check refuses a form sent back within seconds of being served, as a person would not.
        await Task.Delay(TimeSpan.FromSeconds(FormGuard.MinimumSeconds + 0.5));
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi yêu cầu" }).ClickAsync();
        var code = await page.Locator("#ma-ho-so").InnerTextAsync();
        Assert.Matches("^LLTP-[0-9]{6}-[0-9]{6}$", code);
        Assert.DoesNotContain("001090123456", page.Url);
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Tra cứu tình trạng hồ sơ" }).ClickAsync();
        await page.GetByLabel("Mã hồ sơ").FillAsync(code.ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await Assertions.Expect(page.Locator("#tinh-trang")).ToContainTextAsync(code);
        await Assertions.Expect(page.Locator("#trang-thai")).Not.ToBeEmptyAsync();
        Assert.DoesNotContain(code, page.Url, StringComparison.OrdinalIgnoreCase);
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Theory]
    [InlineData("/thong-ke")]
    [InlineData("/hoi-dap")]
    [InlineData("/dau-gia")]
    [InlineData("/tin-tuc")]
    [InlineData("/thi-truc-tuyen")]
    [InlineData("/?lang=en")]
    public async Task Every_other_public_page_passes_the_accessibility_scan(string path)
    {
        var page = await fixture.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        Assert.Equal(path.Contains("lang=en") ? "en" : "vi", await page.GetAttributeAsync("html", "lang"));
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Statistics_are_drawn_as_svg_charts_each_with_its_data_table()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/thong-ke");
        var charts = page.Locator("svg.chart[role=img]");
        Assert.True(await charts.CountAsync() >= 1);
        Assert.Equal(await charts.CountAsync(), await page.Locator("details table").CountAsync());
    }

    [Theory]
    [InlineData(375, "phone")]
    [InlineData(1280, "desktop")]
    public async Task Screenshots_of_the_main_pages_at_phone_and_desktop_widths(int width, string label)
    {
        var page = await fixture.NewPageAsync(width, width < 600 ? 800 : 900);
        await page.GotoAsync("/");
        await fixture.ScreenshotAsync(page, $"home-{label}");
        await page.GotoAsync("/van-ban");
        await fixture.ScreenshotAsync(page, $"documents-{label}");
        await page.Locator("#results a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/van-ban/[A-Za-z0-9_-]+$"));
        await fixture.ScreenshotAsync(page, $"document-{label}");
        await page.GotoAsync("/phap-dien");
        await fixture.ScreenshotAsync(page, $"code-{label}");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^Đề mục 9\.1\. ") }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/phap-dien/[A-Za-z0-9_-]+$"));
        await fixture.ScreenshotAsync(page, $"code-topic-{label}");
        // Nothing wider than the screen on a phone.
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, $"horizontal scroll at {width}px");
        foreach (var name in new[] { "home", "documents", "document", "code" })
            Assert.True(new FileInfo(Path.Combine(fixture.ScreenshotFolder, $"{name}-{label}.png")).Length > 5_000);
    }
}
