using System.Net;
using Justice.Domain.Auctions;
using Justice.Domain.Mail;
using Justice.Domain.Persistence;
using Justice.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.EndToEnd.Tests.Mail;

public sealed class UnsubscribeTests
{
    private static readonly Dictionary<string, object?> NoticeFields = new()
    {
        ["subscriberName"] = "Trần Văn Bình", ["noticeTitle"] = "Quyền sử dụng đất tại phường Ba Đình", ["province"] = "Hà Nội",
        ["assetType"] = "Bất động sản", ["startingPrice"] = 1_250_000_000L, ["auctionOn"] = new DateOnly(2026, 9, 15),
        ["noticeUrl"] = "https://portal.moj.gov.vn/dau-gia/thong-bao/1",
    };

    [Fact]
    public async Task The_link_in_an_auction_notice_unsubscribes_on_POST_only_once_and_a_wrong_token_is_refused()
    {
        await using var host = new PortalHost(new Dictionary<string, string>
        {
            ["Justice:SeedDemoDataWhenEmpty"] = "false",
            ["Justice:PublicBaseUrl"] = "https://portal.example.vn/",
            ["Mail:DispatcherEnabled"] = "false",
        });
        var client = host.CreateClient();
        Guid subscriptionId;
        OutgoingEmail email;
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
            var subscription = new AuctionNoticeSubscription("tran.van.binh@example.vn", "Trần Văn Bình", null, null, "vi", DateTime.UtcNow);
            db.Add(subscription);
            email = scope.ServiceProvider.GetRequiredService<EmailOutbox>().EnqueueAuctionNotice(db, subscription, NoticeFields);
            await db.SaveChangesAsync();
            subscriptionId = subscription.Id;
        }

        var link = email.ListUnsubscribeUrl!;
        Assert.StartsWith("https://portal.example.vn/dau-gia/huy-dang-ky?token=", link);
        Assert.Contains(link, email.TextBody);
        Assert.Contains(link, email.HtmlBody);
        var message = MimeMessageFactory.Create(email);
        Assert.Equal($"<{link}>", message.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        var path = new Uri(link).PathAndQuery;

        // Opening the link (or a mail scanner fetching it) only asks.
        var page = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Xác nhận hủy đăng ký", html);
        Assert.Contains("t*****@example.vn", html);
        Assert.True(await IsActiveAsync(host, subscriptionId));

        // The mail client's one-click request (RFC 8058).
        var oneClick = await client.PostAsync(path, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Contains("Đã hủy đăng ký", await oneClick.Content.ReadAsStringAsync());
        Assert.False(await IsActiveAsync(host, subscriptionId));

        var again = await client.PostAsync(path, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("đã hủy đăng ký trước đó", await again.Content.ReadAsStringAsync());
        Assert.Contains("đã hủy đăng ký trước đó", await client.GetStringAsync(path));

        var forged = path[..^4] + (path[^4..] == "AAAA" ? "BBBB" : "AAAA");
        foreach (var wrong in new[] { forged, "/dau-gia/huy-dang-ky?token=abc", "/dau-gia/huy-dang-ky" })
        {
            var refused = await client.PostAsync(wrong, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Contains("Liên kết hủy đăng ký không hợp lệ", await refused.Content.ReadAsStringAsync());
        }
    }

    private static async Task<bool> IsActiveAsync(PortalHost host, Guid id)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
        return (await db.Set<AuctionNoticeSubscription>().AsNoTracking().SingleAsync(s => s.Id == id)).IsActive;
    }
}
