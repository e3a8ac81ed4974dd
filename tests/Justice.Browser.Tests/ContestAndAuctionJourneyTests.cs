using System.Text.RegularExpressions;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Auctions;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Justice.Portal.Portal;
using Microsoft.Playwright;

namespace Justice.Browser.Tests;

/// <summary>
/// Journeys through the contest, auction and enforcement pages in Debian's Chromium: take a contest end to end (the
/// server keeps time across a reload), find an auction notice by province and open it, use the directories and the
/// debtor list; an axe-core scan of every page, screenshots of the contest page and the quiz at 375 and 1280 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ContestAndAuctionJourneyTests(BrowserFixture fixture)
{
    /// <summary>Opens a list page, reloading while a fresh host on a loaded machine still answers "try again later".</summary>
    private static async Task OpenReadyAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        for (var attempt = 0; attempt < 8 && await page.GetByText("Vui lòng thử lại sau").CountAsync() > 0; attempt++)
        {
            await Task.Delay(2000);
            await page.ReloadAsync();
        }
    }

    private async Task ShootAtBothWidthsAsync(IPage page, string name)
    {
        await page.SetViewportSizeAsync(375, 800);
        await fixture.ScreenshotAsync(page, $"{name}-phone");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, $"{name}: horizontal scroll at 375px");
        await page.SetViewportSizeAsync(1280, 900);
        await fixture.ScreenshotAsync(page, $"{name}-desktop");
        foreach (var label in new[] { "phone", "desktop" })
            Assert.True(new FileInfo(Path.Combine(fixture.ScreenshotFolder, $"{name}-{label}.png")).Length > 5_000);
    }

    [Fact]
    public async Task Take_a_contest_register_answer_reload_and_hand_in_then_see_the_score_and_rank()
    {
        var page = await fixture.NewPageAsync();
        await OpenReadyAsync(page, "/thi-truc-tuyen");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thi tìm hiểu pháp luật trực tuyến", Level = 1 })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.Locator("section[aria-labelledby=dang-dien-ra] a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/thi-truc-tuyen/[A-Za-z0-9_-]+$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thể lệ" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#bang-xep-hang")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await ShootAtBothWidthsAsync(page, "contest");

        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng ký dự thi" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/dang-ky$"));
        await BrowserFixture.AssertAccessibleAsync(page);

        // Sent empty: Vietnamese messages in a summary linking to the fields.
        await page.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu làm bài" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nhập họ và tên");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByLabel("Họ và tên").FillAsync("Phan Thị Ngọc Ánh");
        await page.GetByLabel("Thư điện tử").FillAsync("ngoc.anh@example.vn");
        await page.GetByLabel("Tỉnh, thành phố nơi sinh sống").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Tôi đã đọc thể lệ cuộc thi").CheckAsync();
        // The anti-automation check refuses a form sent back within seconds of being served, as a person would not.
        await Task.Delay(TimeSpan.FromSeconds(FormGuard.MinimumSeconds + 0.5));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu làm bài" }).ClickAsync();
        await page.WaitForURLAsync("**/thi-truc-tuyen/lam-bai");
        Assert.DoesNotContain("example.vn", page.Url);
        Assert.DoesNotContain("Ngoc", page.Url, StringComparison.OrdinalIgnoreCase);

        var deadline = await page.Locator("#het-gio").InnerTextAsync();
        var remaining = int.Parse((await page.Locator("#thoi-gian").GetAttributeAsync("data-remaining"))!);
        // The countdown script runs under the strict CSP (it marks the clock as a timer).
        await Assertions.Expect(page.Locator("#con-lai")).ToHaveAttributeAsync("role", "timer");
        await BrowserFixture.AssertAccessibleAsync(page);

        var questions = page.Locator("fieldset.quiz-question");
        var count = await questions.CountAsync();
        Assert.True(count >= 5);
        for (var i = 0; i < 3; i++) await questions.Nth(i).Locator("input[type=radio]").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu câu trả lời" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Đã lưu câu trả lời của bạn.")).ToBeVisibleAsync();

        // A reload keeps the deadline and the saved answers; the time left only goes down.
        await Task.Delay(1500);
        await page.ReloadAsync();
        Assert.Equal(deadline, await page.Locator("#het-gio").InnerTextAsync());
        Assert.True(int.Parse((await page.Locator("#thoi-gian").GetAttributeAsync("data-remaining"))!) < remaining);
        for (var i = 0; i < 3; i++) await Assertions.Expect(questions.Nth(i).Locator("input[type=radio]").First).ToBeCheckedAsync();
        await ShootAtBothWidthsAsync(page, "quiz");

        for (var i = 3; i < count; i++) await questions.Nth(i).Locator("input[type=radio]").Nth(1).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Nộp bài" }).ClickAsync();
        await page.WaitForURLAsync("**/thi-truc-tuyen/ket-qua");
        await Assertions.Expect(page.Locator("#diem")).ToHaveTextAsync(new Regex($"^[0-9]+/{count}$"));
        await Assertions.Expect(page.Locator("#xep-hang")).ToHaveTextAsync(new Regex("^[1-9][0-9]*$"));
        await Assertions.Expect(page.Locator("#bang-xep-hang")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await fixture.ScreenshotAsync(page, "contest-result-desktop");
    }

    [Fact]
    public async Task Find_an_auction_notice_by_province_and_open_it()
    {
        var province = await ProvinceWithMostNoticesAsync();
        var page = await fixture.NewPageAsync();
        await OpenReadyAsync(page, "/dau-gia");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thông báo đấu giá tài sản", Level = 1 })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByLabel("Tỉnh, thành phố").SelectOptionAsync(new SelectOptionValue { Label = province });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("tinh="));
        var lines = page.Locator("#results li");
        Assert.True(await lines.CountAsync() > 0);
        foreach (var meta in await page.Locator("#results li .meta:first-of-type").AllInnerTextsAsync())
            Assert.Contains(province, meta);
        await BrowserFixture.AssertAccessibleAsync(page);

        var first = lines.First.Locator("a");
        var asset = await first.InnerTextAsync();
        await first.ClickAsync();
        await page.WaitForURLAsync(new Regex("/dau-gia/thong-bao/[A-Za-z0-9_-]+$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(asset);
        await Assertions.Expect(page.Locator("#gia-khoi-diem")).ToHaveTextAsync(new Regex(@"^\d{1,3}(\.\d{3})* ₫$"));
        await Assertions.Expect(page.Locator("#tien-dat-truoc")).ToHaveTextAsync(new Regex(@"^\d{1,3}(\.\d{3})* ₫$"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(province);
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task The_directories_and_the_debtor_list_are_searchable_and_accessible()
    {
        var page = await fixture.NewPageAsync();
        await OpenReadyAsync(page, "/dau-gia/to-chuc");
        await Assertions.Expect(page.Locator("#results tbody tr").First).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        var name = await page.Locator("#results tbody tr td").First.InnerTextAsync();
        await page.GetByLabel("Tên tổ chức").FillAsync(name);
        await page.Locator("form.filters").GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("ten="));
        await Assertions.Expect(page.Locator("#results tbody tr td").First).ToHaveTextAsync(name);

        await page.GotoAsync("/dau-gia/dau-gia-vien");
        await Assertions.Expect(page.Locator("#results tbody tr").First).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GotoAsync("/thi-hanh-an");
        await BrowserFixture.AssertAccessibleAsync(page);
        var debtor = await page.Locator("#results tbody td strong").First.InnerTextAsync();
        var unaccented = Justice.Domain.Common.VietnameseText.Fold(debtor);
        await page.GetByLabel("Tên người phải thi hành án").FillAsync(unaccented);
        await page.Locator("form.filters").GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("ten="));
        await Assertions.Expect(page.Locator("#results tbody td strong").Filter(new() { HasText = debtor }).First).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    private async Task<string> ProvinceWithMostNoticesAsync()
    {
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
        var top = await db.Set<PublicAuctionNotice>().AsNoTracking().Where(n => n.Status != PublicAuctionNoticeStatus.Draft)
            .GroupBy(n => n.ProvinceId).Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ThenBy(g => g.Key).FirstAsync();
        return await db.Set<AdministrativeUnit>().Where(u => u.Id == top.Key).Select(u => u.Name).FirstAsync();
    }
}
