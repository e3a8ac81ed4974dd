using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.Enforcement;

/// <summary>
/// /thi-hanh-an: the public list of persons obliged to enforce a judgment who have no conditions to do so (published
/// by law, without identity numbers), searched by name without regard to diacritics and by province (operation
/// <c>Index.graphql</c>).
/// </summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class IndexModel(PortalOperations operations) : PageModel
{
    public const int PageSize = 20;

    public sealed record Data(Connection<Debtor> PublicDebtors, IReadOnlyList<Province> Provinces);
    public sealed record Debtor(string DebtorName, string DebtorAddress, string JudgmentNumber, string CourtName, string DecisionNumber,
        long OutstandingAmount, DateOnly ListedSince, Named EnforcementOffice, Named? Province);
    public sealed record Named(string Name);
    public sealed record Province(string Id, string Name);

    [BindProperty(SupportsGet = true, Name = "ten")] public string? Name { get; set; }
    [BindProperty(SupportsGet = true, Name = "tinh")] public string? ProvinceId { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.AfterKey)] public string? After { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.BackKey)] public string? Back { get; set; }

    public Connection<Debtor>? Debtors { get; private set; }
    public IReadOnlyList<Province> Provinces { get; private set; } = [];
    public Pager? Paging { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync()
    {
        Name = string.IsNullOrWhiteSpace(Name) ? null : Name.Trim() is { Length: > 100 } longName ? longName[..100] : Name.Trim();
        ProvinceId = string.IsNullOrWhiteSpace(ProvinceId) ? null : ProvinceId.Trim();
        var after = string.IsNullOrEmpty(After) ? null : After;
        var result = await operations.QueryAsync<Data>(HttpContext, "Enforcement/Index",
            new { first = PageSize, after, nameContains = Name, provinceId = ProvinceId });
        if (!result.Succeeded)
        {
            var en = PortalLanguage.IsEnglish(HttpContext);
            Problem = result.HasError("INVALID_ID") ? (en ? "The province is not valid." : "Tỉnh, thành phố không hợp lệ.")
                : result.HasError("INVALID_CURSOR") ? (en ? "This page of results is no longer available." : "Trang kết quả này không còn hợp lệ.")
                : result.Message(en);
            Justice.Portal.Pages.Auctions.NotCached.Apply(HttpContext);
            return;
        }
        Debtors = result.Data!.PublicDebtors;
        Provinces = result.Data.Provinces.OrderBy(p => p.Name, StringComparer.Create(PortalFormat.Vietnamese, false)).ToList();
        Paging = new Pager("/thi-hanh-an", new Dictionary<string, string?> { ["ten"] = Name, ["tinh"] = ProvinceId },
            after, Back, Debtors.PageInfo, Debtors.TotalCount);
    }
}
