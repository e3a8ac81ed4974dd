using System.Net;
using System.Text.RegularExpressions;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Auctions;
using Justice.Domain.Common;
using Justice.Domain.Persistence;
using Justice.GraphQL.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.EndToEnd.Tests.Portal;

/// <summary>/dau-gia (notices, a notice, both directories) and /thi-hanh-an over the demo data: server-side filters, formats, errors, caching.</summary>
/// <summary>
/// The portal host, ready: the first queries of a fresh host (demo data, compiled queries) can exceed the GraphQL
/// timeout on a loaded machine, so the fixture waits until a list page answers with data before the tests run.
/// </summary>
public sealed class ReadyPortalHostFixture : IAsyncLifetime
{
    public PortalHost Host { get; } = new();

    public async Task InitializeAsync()
    {
        using var client = Host.CreateClient();
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var html = await client.GetStringAsync($"/dau-gia?san-sang={attempt}");
            if (!html.Contains("Vui lòng thử lại sau", StringComparison.Ordinal) && !html.Contains("Vui l&#xF2;ng th&#x1EED; l&#x1EA1;i sau", StringComparison.Ordinal)) return;
        }
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

public sealed partial class AuctionAndEnforcementPagesTests(ReadyPortalHostFixture fixture) : IClassFixture<ReadyPortalHostFixture>
{
    private async Task<T> DbAsync<T>(Func<JusticeDbContext, Task<T>> read)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<JusticeDbContext>());
    }

    private static string Decode(string html) => WebUtility.HtmlDecode(html);

    [Fact]
    public async Task Notices_are_filtered_by_province_on_the_server_and_show_prices_the_vietnamese_way()
    {
        var (provinceId, provinceName, count) = await DbAsync(async db =>
        {
            var top = await db.Set<PublicAuctionNotice>().AsNoTracking().Where(n => n.Status != PublicAuctionNoticeStatus.Draft)
                .GroupBy(n => n.ProvinceId).Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ThenBy(g => g.Key).FirstAsync();
            var name = await db.Set<AdministrativeUnit>().Where(u => u.Id == top.Key).Select(u => u.Name).FirstAsync();
            return (GlobalId.Encode("AdministrativeUnit", top.Key), name, top.Count);
        });
        using var client = fixture.Host.CreateClient();

        using var all = await client.GetAsync("/dau-gia");
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        var allHtml = Decode(await all.Content.ReadAsStringAsync());
        Assert.Contains("Thông báo đấu giá tài sản", allHtml);
        Assert.True(Price().IsMatch(allHtml), Problem().Match(allHtml).Value);
        Assert.Contains("Quyền sử dụng đất (", allHtml);

        using var filtered = await client.GetAsync("/dau-gia?tinh=" + Uri.EscapeDataString(provinceId));
        var html = Decode(await filtered.Content.ReadAsStringAsync());
        Assert.Contains($"Tìm thấy {count} thông báo đấu giá.", html);
        var lines = Lines().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Contains(" · " + provinceName + " · ", line));
    }

    [Fact]
    public async Task The_list_operation_runs_with_a_count_per_asset_type_that_adds_up_to_the_total()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var operations = scope.ServiceProvider.GetRequiredService<Justice.Portal.Portal.PortalOperations>();
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext
        {
            RequestServices = scope.ServiceProvider, User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity()),
        };
        object Filter(string? type) => new { assetTypes = type is null ? null : new[] { type } };
        var result = await operations.QueryAsync<Justice.Portal.Pages.Auctions.IndexModel.Data>(http, "Auctions/Index", new
        {
            first = 5, filter = Filter(null), realEstate = Filter("REAL_ESTATE"), landUseRights = Filter("LAND_USE_RIGHTS"),
            vehicles = Filter("VEHICLES"), goods = Filter("GOODS"), confiscatedAssets = Filter("CONFISCATED_ASSETS"), other = Filter("OTHER"),
        });
        Assert.True(result.Succeeded, string.Join(",", result.Errors));
        var data = result.Data!;
        Assert.Equal(5, data.AuctionNotices.Items.Count);
        Assert.Equal(data.AuctionNotices.TotalCount, new[] { data.RealEstate, data.LandUseRights, data.Vehicles, data.Goods, data.ConfiscatedAssets, data.Other }
            .Sum(c => c.TotalCount));
        Assert.NotEmpty(data.Provinces);
    }

    [Fact]
    public async Task A_bad_price_or_date_range_is_explained_next_to_the_form_and_the_input_is_kept()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync("/dau-gia?gia-tu=abc&tu-ngay=2025-09-10&den-ngay=2025-09-01");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = Decode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Giá khởi điểm “từ” phải là số tiền", html);
        Assert.Contains("“Đến ngày” phải sau hoặc bằng “từ ngày”.", html);
        Assert.Contains("value=\"abc\"", html);
        Assert.Contains("href=\"#gia-tu\"", html);
    }

    [Fact]
    public async Task A_price_range_keeps_only_notices_starting_within_it()
    {
        var (min, max, inside) = await DbAsync(async db =>
        {
            var prices = await db.Set<PublicAuctionNotice>().AsNoTracking().Where(n => n.Status != PublicAuctionNoticeStatus.Draft)
                .Select(n => n.StartingPrice).OrderBy(p => p).ToListAsync();
            var low = prices[prices.Count / 4];
            var high = prices[prices.Count / 2];
            return (low, high, prices.Count(p => p >= low && p <= high));
        });
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync($"/dau-gia?gia-tu={Uri.EscapeDataString(Vnd.Format(min))}&gia-den={max}");
        var html = Decode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"Tìm thấy {inside} thông báo đấu giá.", html);
    }

    [Fact]
    public async Task A_notice_page_shows_money_dates_status_and_organisation_and_a_draft_is_not_found()
    {
        var (notice, draft, postponed) = await DbAsync(async db =>
        {
            var set = db.Set<PublicAuctionNotice>().AsNoTracking();
            return (await set.Where(n => n.Status == PublicAuctionNoticeStatus.Published).OrderBy(n => n.Id).FirstAsync(),
                await set.Where(n => n.Status == PublicAuctionNoticeStatus.Draft).Select(n => (Guid?)n.Id).FirstOrDefaultAsync(),
                await set.Where(n => n.Status == PublicAuctionNoticeStatus.Postponed || n.Status == PublicAuctionNoticeStatus.Cancelled).OrderBy(n => n.Id).FirstOrDefaultAsync());
        });
        using var client = fixture.Host.CreateClient();
        using var page = await client.GetAsync("/dau-gia/thong-bao/" + GlobalId.Encode("AuctionNotice", notice.Id));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = Decode(await page.Content.ReadAsStringAsync());
        Assert.Contains($"<strong id=\"gia-khoi-diem\">{Vnd.Format(notice.StartingPrice)}</strong>", html);
        Assert.Contains($"<dd id=\"tien-dat-truoc\">{Vnd.Format(notice.Deposit)}</dd>", html);
        Assert.Contains(VietnamTime.LocalDate(notice.AuctionAt).ToString("dd/MM/yyyy"), html);
        Assert.Contains("Đang thông báo", html);
        Assert.Contains("Tổ chức đấu giá", html);

        if (postponed is not null)
        {
            using var stopped = await client.GetAsync("/dau-gia/thong-bao/" + GlobalId.Encode("AuctionNotice", postponed.Id));
            var stoppedHtml = Decode(await stopped.Content.ReadAsStringAsync());
            Assert.Contains(postponed.Status == PublicAuctionNoticeStatus.Postponed ? "Cuộc đấu giá đã tạm dừng" : "Cuộc đấu giá đã bị hủy", stoppedHtml);
            Assert.Contains((postponed.PostponementReason ?? postponed.CancellationReason)!, stoppedHtml);
        }
        if (draft is { } draftId)
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dau-gia/thong-bao/" + GlobalId.Encode("AuctionNotice", draftId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dau-gia/thong-bao/not-an-id")).StatusCode);
    }

    [Fact]
    public async Task The_directories_find_organisations_and_auctioneers_by_name_and_province()
    {
        var (organisation, auctioneer, provinceId, inProvince) = await DbAsync(async db =>
        {
            var o = await db.Set<AuctionOrganisation>().AsNoTracking().OrderBy(x => x.Name).FirstAsync();
            var a = await db.Set<Auctioneer>().AsNoTracking().OrderBy(x => x.FullName).FirstAsync();
            var count = await db.Set<AuctionOrganisation>().CountAsync(x => x.ProvinceId == o.ProvinceId);
            return (o, a, GlobalId.Encode("AdministrativeUnit", o.ProvinceId), count);
        });
        using var client = fixture.Host.CreateClient();
        var word = organisation.Name.Split(' ')[^1];
        var organisations = Decode(await client.GetStringAsync("/dau-gia/to-chuc?ten=" + Uri.EscapeDataString(word)));
        Assert.Contains(organisation.Name, organisations);
        Assert.Contains("<caption>Tổ chức đấu giá tài sản</caption>", organisations);

        var byProvince = Decode(await client.GetStringAsync("/dau-gia/to-chuc?tinh=" + Uri.EscapeDataString(provinceId)));
        Assert.Contains($"Tìm thấy {inProvince} tổ chức đấu giá.", byProvince);

        var people = Decode(await client.GetStringAsync("/dau-gia/dau-gia-vien?ten=" + Uri.EscapeDataString(auctioneer.FullName)));
        Assert.Contains(auctioneer.PracticeCertificateNumber, people);
        Assert.Contains("Tìm thấy ", people);
    }

    [Fact]
    public async Task The_debtor_list_is_searched_by_name_without_diacritics()
    {
        using var client = fixture.Host.CreateClient();
        var first = Decode(await client.GetStringAsync("/thi-hanh-an"));
        Assert.Contains("<caption>Người phải thi hành án chưa có điều kiện thi hành</caption>", first);
        var name = Debtor().Match(first).Groups[1].Value;
        Assert.NotEmpty(name);
        var unaccented = VietnameseText.Fold(name);
        Assert.NotEqual(name, unaccented);

        using var response = await client.GetAsync("/thi-hanh-an?ten=" + Uri.EscapeDataString(unaccented));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var found = Decode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<strong>{name}</strong>", found);
        Assert.DoesNotContain("no-store", response.Headers.CacheControl?.ToString() ?? "");
    }

    [GeneratedRegex("<li>\\s*<a href=\"/dau-gia/thong-bao/[^\"]+\">[^<]*</a>\\s*<span class=\"meta\">([^<]*)</span>")]
    private static partial Regex Lines();

    [GeneratedRegex(@"Giá khởi điểm <strong>\d{1,3}(\.\d{3})* ₫</strong>")]
    private static partial Regex Price();

    [GeneratedRegex("<div class=\"notice\" role=\"status\"><p>[^<]*</p>|<p role=\"status\">[^<]*</p>")]
    private static partial Regex Problem();

    [GeneratedRegex("<td><strong>([^<]+)</strong>")]
    private static partial Regex Debtor();
}
