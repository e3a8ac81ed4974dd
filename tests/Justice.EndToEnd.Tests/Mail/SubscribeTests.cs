using System.Net;
using System.Text.RegularExpressions;
using Justice.Domain.Auctions;
using Justice.Domain.Mail;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.EndToEnd.Tests.Mail;

/// <summary>
/// /dau-gia/dang-ky: the form stores nothing and mails a confirmation link; the subscription exists only once the
/// link is confirmed by POST, once, and a link that was tampered with is refused.
/// </summary>
public sealed partial class SubscribeTests
{
    [Fact]
    public async Task A_subscription_is_made_only_by_confirming_the_mailed_link_and_only_once()
    {
        await using var host = new PortalHost(new Dictionary<string, string>
        {
            ["Justice:SeedDemoDataWhenEmpty"] = "false",
            ["Justice:PublicBaseUrl"] = "https://portal.example.vn/",
            ["Mail:DispatcherEnabled"] = "false",
        });
        var client = host.CreateClient();
        const string address = "nguoi.theo.doi@example.vn";

        var form = await client.GetStringAsync("/dau-gia/dang-ky");
        using var sent = await client.PostAsync("/dau-gia/dang-ky", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Name"] = "Lê Thị Theo Dõi", ["Form.Email"] = address, ["Form.Language"] = "vi",
            ["Form.AssetType"] = "Vehicles", ["__RequestVerificationToken"] = Token(form),
        }));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("Chúng tôi đã gửi thư xác nhận", WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync()));
        Assert.Equal(0, await CountAsync(host, address));
        var mail = await QueryAsync(host, db => db.Set<OutgoingEmail>().AsNoTracking().SingleAsync(m => m.ToAddresses == address));
        Assert.Equal("auction.subscription-confirm", mail.TemplateKey);
        Assert.Contains("Phương tiện giao thông, mọi tỉnh, thành phố", mail.TextBody);
        var link = ConfirmLink().Match(mail.TextBody).Value;
        Assert.StartsWith("https://portal.example.vn/dau-gia/dang-ky?xac-nhan=", link);
        var path = new Uri(link).PathAndQuery;

        // Opening the link (as a mail scanner would) subscribes nobody.
        var confirm = await client.GetStringAsync(path);
        Assert.Contains("Xác nhận đăng ký", WebUtility.HtmlDecode(confirm));
        Assert.Equal(0, await CountAsync(host, address));

        var token = Uri.UnescapeDataString(new Uri(link).Query["?xac-nhan=".Length..]);
        async Task<string> ConfirmAsync(string value)
        {
            using var response = await client.PostAsync("/dau-gia/dang-ky?handler=Confirm", new FormUrlEncodedContent(
                new Dictionary<string, string> { ["xac-nhan"] = value, ["__RequestVerificationToken"] = Token(confirm) }));
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }
        Assert.Contains("Đã đăng ký", await ConfirmAsync(token));
        Assert.Contains("đã đăng ký nhận thông báo này trước đó", await ConfirmAsync(token));
        var subscription = await QueryAsync(host, db => db.Set<AuctionNoticeSubscription>().AsNoTracking().SingleAsync(s => s.Email == address));
        Assert.True(subscription.IsActive);
        Assert.Equal(AuctionAssetType.Vehicles, subscription.AssetType);
        Assert.Null(subscription.ProvinceId);

        using var tampered = await client.GetAsync("/dau-gia/dang-ky?xac-nhan=" + Uri.EscapeDataString(token[..^4] + "AAAA"));
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
    }

    private static string Token(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    private static Task<int> CountAsync(PortalHost host, string address) =>
        QueryAsync(host, db => db.Set<AuctionNoticeSubscription>().CountAsync(s => s.Email == address));

    private static async Task<T> QueryAsync<T>(PortalHost host, Func<JusticeDbContext, Task<T>> query)
    {
        using var scope = host.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<JusticeDbContext>());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex(@"https://portal\.example\.vn/dau-gia/dang-ky\?xac-nhan=\S+")]
    private static partial Regex ConfirmLink();
}
