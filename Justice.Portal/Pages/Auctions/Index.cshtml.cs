using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.Auctions;

/// <summary>
/// /dau-gia: public auction notices filtered on the server by province, asset type, auction dates and starting price
/// (a GET form, so results can be bookmarked and work without JavaScript), with a count per asset type (operation
/// <c>Index.graphql</c>).
/// </summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class IndexModel(PortalOperations operations) : PageModel
{
    public const int PageSize = 20;

    public sealed record Data(Connection<Line> AuctionNotices, Count RealEstate, Count LandUseRights, Count Vehicles, Count Goods,
        Count ConfiscatedAssets, Count Other, IReadOnlyList<ProvinceOption> Provinces);
    public sealed record Count(int? TotalCount);
    public sealed record Line(string Id, string AssetDescription, string AssetType, long StartingPrice, long Deposit, DateTime AuctionAt,
        string Status, Named Province, Named AuctionOrganisation);

    [BindProperty(SupportsGet = true, Name = "tinh")] public string? Province { get; set; }
    [BindProperty(SupportsGet = true, Name = "loai")] public string? AssetType { get; set; }
    [BindProperty(SupportsGet = true, Name = "tu-ngay")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "den-ngay")] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "gia-tu")] public string? PriceMin { get; set; }
    [BindProperty(SupportsGet = true, Name = "gia-den")] public string? PriceMax { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.AfterKey)] public string? After { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.BackKey)] public string? Back { get; set; }

    public Connection<Line>? Notices { get; private set; }
    public IReadOnlyList<ProvinceOption> Provinces { get; private set; } = [];
    public IReadOnlyDictionary<string, int> AssetTypeCounts { get; private set; } = new Dictionary<string, int>();
    public Pager? Paging { get; private set; }
    public string? Problem { get; private set; }
    public List<(string Field, string Message)> Errors { get; } = [];

    public async Task OnGetAsync()
    {
        var en = PortalLanguage.IsEnglish(HttpContext);
        string M(string vi, string english) => en ? english : vi;
        AssetType = AuctionText.AssetTypes.Any(t => t.Value == AssetType) ? AssetType : null;
        Province = string.IsNullOrWhiteSpace(Province) ? null : Province.Trim();
        DateOnly? from = null, to = null;
        if (!string.IsNullOrWhiteSpace(From))
        {
            if (DateOnly.TryParseExact(From.Trim(), "yyyy-MM-dd", out var parsed)) from = parsed;
            else Errors.Add(("tu-ngay", M("Ngày đấu giá “từ ngày” không hợp lệ.", "The “from” date is not valid.")));
        }
        if (!string.IsNullOrWhiteSpace(To))
        {
            if (DateOnly.TryParseExact(To.Trim(), "yyyy-MM-dd", out var parsed)) to = parsed;
            else Errors.Add(("den-ngay", M("Ngày đấu giá “đến ngày” không hợp lệ.", "The “to” date is not valid.")));
        }
        if (from is not null && to is not null && to < from)
            Errors.Add(("den-ngay", M("“Đến ngày” phải sau hoặc bằng “từ ngày”.", "The “to” date must not be before the “from” date.")));
        if (!AuctionText.TryParseMoney(PriceMin, out var min))
            Errors.Add(("gia-tu", M("Giá khởi điểm “từ” phải là số tiền, ví dụ 1.250.000.", "The minimum price must be an amount, for example 1,250,000.")));
        if (!AuctionText.TryParseMoney(PriceMax, out var max))
            Errors.Add(("gia-den", M("Giá khởi điểm “đến” phải là số tiền, ví dụ 5.000.000.000.", "The maximum price must be an amount, for example 5,000,000,000.")));
        if (min is not null && max is not null && max < min)
            Errors.Add(("gia-den", M("Giá “đến” phải lớn hơn hoặc bằng giá “từ”.", "The maximum price must not be below the minimum.")));
        if (Errors.Count > 0) (from, to, min, max) = (null, null, null, null);

        object Filter(string? assetType) => new
        {
            provinceId = Province,
            assetTypes = assetType is null ? null : new[] { assetType },
            auctionFrom = from?.ToString("yyyy-MM-dd"), auctionTo = to?.ToString("yyyy-MM-dd"),
            startingPriceMin = min, startingPriceMax = max,
        };
        var after = string.IsNullOrEmpty(After) ? null : After;
        var result = await operations.QueryAsync<Data>(HttpContext, "Auctions/Index", new
        {
            first = PageSize, after, filter = Filter(AssetType),
            realEstate = Filter("REAL_ESTATE"), landUseRights = Filter("LAND_USE_RIGHTS"), vehicles = Filter("VEHICLES"),
            goods = Filter("GOODS"), confiscatedAssets = Filter("CONFISCATED_ASSETS"), other = Filter("OTHER"),
        });
        if (!result.Succeeded)
        {
            // A province id from an edited URL is a reader's mistake, not an outage.
            if (result.HasError("INVALID_ID") && Province is not null)
            {
                Errors.Add(("tinh", M("Tỉnh, thành phố không hợp lệ.", "The province is not valid.")));
                Province = null;
                await OnGetAsync();
                return;
            }
            Problem = result.HasError("INVALID_CURSOR") ? M("Trang kết quả này không còn hợp lệ.", "This page of results is no longer available.") : result.Message(en);
            NotCached.Apply(HttpContext);
            return;
        }
        var data = result.Data!;
        Notices = data.AuctionNotices;
        Provinces = AuctionText.Sorted(data.Provinces);
        AssetTypeCounts = new Dictionary<string, int>
        {
            ["REAL_ESTATE"] = data.RealEstate.TotalCount ?? 0, ["LAND_USE_RIGHTS"] = data.LandUseRights.TotalCount ?? 0,
            ["VEHICLES"] = data.Vehicles.TotalCount ?? 0, ["GOODS"] = data.Goods.TotalCount ?? 0,
            ["CONFISCATED_ASSETS"] = data.ConfiscatedAssets.TotalCount ?? 0, ["OTHER"] = data.Other.TotalCount ?? 0,
        };
        Paging = new Pager("/dau-gia", new Dictionary<string, string?>
        {
            ["tinh"] = Province, ["loai"] = AssetType, ["tu-ngay"] = from?.ToString("yyyy-MM-dd"), ["den-ngay"] = to?.ToString("yyyy-MM-dd"),
            ["gia-tu"] = min?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["gia-den"] = max?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, after, Back, Notices.PageInfo, Notices.TotalCount);
    }

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;
}
