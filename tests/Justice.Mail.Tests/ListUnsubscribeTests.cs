using Justice.Domain.Auctions;
using Justice.Domain.Common;
using Justice.Domain.Mail;
using Justice.Domain.Persistence;

namespace Justice.Mail.Tests;

public sealed class ListUnsubscribeTests
{
    private const string Link = "https://portal.moj.gov.vn/dau-gia/huy-dang-ky?token=";

    [Fact]
    public async Task A_subscription_mail_carries_the_one_click_unsubscribe_headers_with_its_link()
    {
        await using var h = await MailHarness.CreateAsync(DatabaseProvider.Sqlite);
        var subscription = new AuctionNoticeSubscription("binh@example.vn", "Trần Văn Bình", null, null, "vi", h.Clock.UtcNow);
        OutgoingEmail email;
        await using (var db = h.Database.NewContext())
        {
            email = h.Outbox.Enqueue(db, MailHarness.Draft());
            email.SetListUnsubscribe(Link + subscription.UnsubscribeToken);
            await db.SaveChangesAsync();
        }

        await h.Dispatcher().DispatchDueAsync();

        var message = Assert.Single(h.Smtp.Received).Message;
        Assert.Equal($"<{Link}{subscription.UnsubscribeToken}>", message.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.Equal(Link + subscription.UnsubscribeToken, (await h.LoadAsync(email.Id)).ListUnsubscribeUrl);
    }

    [Fact]
    public void Tokens_are_unguessable_and_the_link_is_checked_and_set_once_before_sending()
    {
        var now = MailHarness.Start;
        var tokens = Enumerable.Range(0, 100)
            .Select(_ => new AuctionNoticeSubscription("binh@example.vn", "Bình", null, null, "vi", now).UnsubscribeToken).ToList();
        Assert.Equal(100, tokens.Distinct().Count());
        Assert.All(tokens, t => Assert.True(AuctionNoticeSubscription.IsWellFormedToken(t)));
        Assert.False(AuctionNoticeSubscription.IsWellFormedToken("abc"));

        var email = new OutgoingEmail("auction.notice-matched", 1, "thongbao@moj.gov.vn", null, null, ["binh@example.vn"],
            "Thông báo đấu giá", "<p>x</p>", "x", now);
        Assert.Equal("MAIL_UNSUBSCRIBE_URL_INVALID", Assert.Throws<DomainException>(() => email.SetListUnsubscribe("mailto:x@y.vn")).Code);
        Assert.Equal("MAIL_UNSUBSCRIBE_URL_INVALID", Assert.Throws<DomainException>(() => email.SetListUnsubscribe(Link + "a>b")).Code);
        email.SetListUnsubscribe(Link + tokens[0]);
        Assert.Equal("MAIL_UNSUBSCRIBE_ALREADY_SET", Assert.Throws<DomainException>(() => email.SetListUnsubscribe(Link + tokens[1])).Code);

        var subscription = new AuctionNoticeSubscription("binh@example.vn", "Bình", null, null, "vi", now);
        Assert.True(subscription.Unsubscribe(now));
        Assert.False(subscription.Unsubscribe(now.AddMinutes(1)));
        Assert.Equal(now, subscription.UnsubscribedAt);
    }
}
