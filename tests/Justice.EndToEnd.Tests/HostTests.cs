using System.Net;
using System.Text.Json;

namespace Justice.EndToEnd.Tests;

public class HostTests
{
    [Fact]
    public async Task A_fresh_host_creates_its_database_in_the_data_folder_and_reports_healthy()
    {
        await using var host = new PortalHost();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", health.RootElement.GetProperty("status").GetString());
        var database = health.RootElement.GetProperty("checks").GetProperty("database");
        Assert.Equal("Healthy", database.GetProperty("status").GetString());
        Assert.Equal("Sqlite", database.GetProperty("data").GetProperty("provider").GetString());
        Assert.True(File.Exists(Path.Combine(host.DataPath, "justice.db")));
    }

    [Fact]
    public async Task The_home_page_shows_real_data_in_vietnamese()
    {
        await using var host = new PortalHost();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"vi\">", html);
        Assert.Contains("<strong>34</strong> tỉnh, thành phố", html);
        Assert.Contains("Văn bản mới ban hành", html);
        Assert.Matches(@"<strong>[1-9][0-9.]*</strong> văn bản quy phạm pháp luật", html);
        Assert.Contains("<strong>45</strong> chủ đề pháp điển", html);
        Assert.Matches(@"ban hành \d{2}/\d{2}/\d{4}", html);
        Assert.Contains("<strong id=\"so-xa\">3.321</strong> xã, phường, đặc khu", html);
        Assert.Matches(@"<strong id=""so-ho-tich"">[1-9][0-9.]*</strong> sự kiện hộ tịch đã đăng ký", html);
        // The next auctions, each with its starting price in đồng as written in Viet Nam (1.250.000 ₫).
        Assert.Matches(@"id=""upcoming-auctions"">\s*<li><a href=""/dau-gia/thong-bao/[^""]+"">[^<]+</a>\s*<span class=""meta"">[^<]+ · \d{2}/\d{2}/\d{4} · giá khởi điểm [1-9][0-9]{0,2}(\.[0-9]{3})* ₫</span>", html);
    }

    [Fact]
    public async Task Two_hosts_with_different_data_folders_keep_separate_databases()
    {
        await using var first = new PortalHost();
        await using var second = new PortalHost();
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await firstClient.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secondClient.GetAsync("/health")).StatusCode);

        Assert.NotEqual(first.DataPath, second.DataPath);
        Assert.True(File.Exists(Path.Combine(first.DataPath, "justice.db")));
        Assert.True(File.Exists(Path.Combine(second.DataPath, "justice.db")));
    }
}
