using Justice.Portal.Identity;
using Justice.Portal.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Justice.Portal.Pages.Admin.Mail;

/// <summary>
/// /admin/thu-dien-tu: delivery status of official mail for staff with <c>mail.read</c> (operation <c>List.graphql</c>):
/// status, attempts, last error and template of each message, filtered by status, flow or recipient.
/// Recipients are personal data: never cached, and every read is audited by the API.
/// </summary>
[NoStore]
[Authorize(AuthenticationSchemes = JusticeAuthenticationSchemes.Caller)]
public sealed class IndexModel(PortalOperations operations) : PageModel
{
    public sealed record Data(Connection MailMessages);
    public sealed record Connection(int TotalCount, PageInfo PageInfo, IReadOnlyList<Edge> Edges);
    public sealed record PageInfo(bool HasNextPage, string? EndCursor);
    public sealed record Edge(MailAdmin.Message Node);

    [BindProperty(SupportsGet = true, Name = "trang-thai")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "luong")] public string? Flow { get; set; }
    [BindProperty(SupportsGet = true, Name = "nguoi-nhan")] public string? Recipient { get; set; }
    [BindProperty(SupportsGet = true, Name = "sau")] public string? After { get; set; }

    public Connection? Found { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!MailAdmin.MayRead(User)) return Forbid();
        if (Status is not null && MailAdmin.Statuses.All(s => s.Value != Status)) Status = null;
        var result = await operations.QueryAsync<Data>(HttpContext, "Admin/Mail/List", new
        {
            filter = new { status = Status, flow = Blank(Flow), recipient = Blank(Recipient) },
            after = Blank(After),
        });
        if (!result.Succeeded) Error = result.Message();
        else Found = result.Data!.MailMessages;
        return Page();
    }

    /// <summary>The same filter, one page further.</summary>
    public string NextPageUrl(string cursor) => QueryString.Create(new Dictionary<string, string?>
    {
        ["trang-thai"] = Status, ["luong"] = Blank(Flow), ["nguoi-nhan"] = Blank(Recipient), ["sau"] = cursor,
    }.Where(p => p.Value is not null)).ToUriComponent() is var query ? MailAdmin.Path + query : MailAdmin.Path;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
