using Justice.Domain.Auctions;
using Justice.Domain.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Justice.Portal.Pages.Auctions;

/// <summary>
/// Hủy đăng ký nhận thông báo đấu giá: the link in every auction notice mail. GET only shows what the link will
/// do, with a button (mail scanners open links, they must not unsubscribe anyone); POST unsubscribes, from that
/// button or from a mail client's one-click request (RFC 8058). The token in the link is the only credential, so
/// the page takes no antiforgery token: a mail client cannot have one.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(JusticeDbContext db, TimeProvider clock) : PageModel
{
    public enum Outcome { Confirm, Unsubscribed, AlreadyUnsubscribed, InvalidLink }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public Outcome State { get; private set; }
    /// <summary>The address, partly hidden: whoever opens a forwarded mail learns little.</summary>
    public string? MaskedEmail { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var subscription = await FindAsync(ct);
        if (subscription is null) return InvalidLink();
        MaskedEmail = Mask(subscription.Email);
        State = subscription.IsActive ? Outcome.Confirm : Outcome.AlreadyUnsubscribed;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var subscription = await FindAsync(ct);
        if (subscription is null) return InvalidLink();
        MaskedEmail = Mask(subscription.Email);
        if (subscription.Unsubscribe(clock.GetUtcNow().UtcDateTime))
        {
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Clicked twice at once: the other request did it.
            }
            State = Outcome.Unsubscribed;
        }
        else State = Outcome.AlreadyUnsubscribed;
        return Page();
    }

    private async Task<AuctionNoticeSubscription?> FindAsync(CancellationToken ct) =>
        AuctionNoticeSubscription.IsWellFormedToken(Token)
            ? await db.Set<AuctionNoticeSubscription>().SingleOrDefaultAsync(s => s.UnsubscribeToken == Token, ct)
            : null;

    private PageResult InvalidLink()
    {
        State = Outcome.InvalidLink;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private static string Mask(string email)
    {
        var at = email.IndexOf('@');
        return at <= 1 ? email : email[0] + new string('*', Math.Min(at - 1, 5)) + email[at..];
    }
}
