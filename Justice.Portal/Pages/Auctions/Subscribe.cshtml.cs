using System.Security.Cryptography;
using System.Text.Json;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Auctions;
using Justice.Domain.Common;
using Justice.Domain.Persistence;
using Justice.Mail.Flows;
using Justice.Portal.Portal;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Justice.Portal.Pages.Auctions;

/// <summary>
/// /dau-gia/dang-ky: subscribe to new auction notices by province and asset type, with double opt-in. The form
/// stores nothing: it mails a link carrying the whole request, signed and valid for <see cref="ValidHours"/> hours;
/// the subscription exists only once that link is confirmed (GET shows a button, POST subscribes, so a mail scanner
/// opening the link subscribes nobody). An address that already follows the same province and asset type is not
/// subscribed twice.
/// </summary>
[NoStore]
[EnableRateLimiting(PortalServiceCollectionExtensions.FormsRateLimitPolicy)]
public sealed class SubscribeModel(JusticeDbContext db, AuctionNoticeMails mails, IDataProtectionProvider protection, TimeProvider clock)
    : PageModel
{
    public const int ValidHours = 48;
    private const string Purpose = "Justice.Portal.AuctionSubscription.v1";

    public enum Outcome { Form, MailSent, Confirm, Subscribed, AlreadySubscribed, InvalidLink }

    /// <summary>The request as the confirmation link carries it.</summary>
    public sealed record SubscriptionRequest(string Email, string Name, Guid? ProvinceId, AuctionAssetType? AssetType, string Language);

    public sealed class SubscriptionForm
    {
        public string? Name { get; set; }
        public string? Email { get; set; }
        public Guid? ProvinceId { get; set; }
        public AuctionAssetType? AssetType { get; set; }
        public string? Language { get; set; } = "vi";
    }

    [BindProperty] public SubscriptionForm Form { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "xac-nhan")] public string? Token { get; set; }

    public Outcome State { get; private set; }
    public SubscriptionRequest? Pending { get; private set; }
    public List<(string Field, string Message)> Errors { get; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Provinces { get; private set; } = [];

    private ITimeLimitedDataProtector Protector => protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Token is null)
        {
            await LoadProvincesAsync(ct);
            State = Outcome.Form;
            return Page();
        }
        Pending = Read(Token);
        State = Pending is null ? Outcome.InvalidLink : Outcome.Confirm;
        if (Pending is null) Response.StatusCode = StatusCodes.Status404NotFound;
        else ProvinceName = await ProvinceNameAsync(Pending.ProvinceId, ct);
        return Page();
    }

    public string? ProvinceName { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadProvincesAsync(ct);
        var f = Form;
        f.Name = f.Name?.Trim();
        f.Email = f.Email?.Trim();
        if (string.IsNullOrEmpty(f.Name) || f.Name.Length > 200) Errors.Add(("Form_Name", "Nhập họ và tên (không quá 200 ký tự)."));
        if (string.IsNullOrEmpty(f.Email) || !EmailAddress.IsValid(f.Email)) Errors.Add(("Form_Email", "Nhập địa chỉ thư điện tử hợp lệ (ví dụ: ten@example.vn)."));
        if (f.ProvinceId is { } province && Provinces.All(p => p.Id != province)) Errors.Add(("Form_ProvinceId", "Chọn tỉnh, thành phố trong danh sách."));
        if (f.AssetType is { } type && !Enum.IsDefined(type)) Errors.Add(("Form_AssetType", "Chọn loại tài sản trong danh sách."));
        if (f.Language is not ("vi" or "en")) Errors.Add(("Form_Language", "Chọn ngôn ngữ nhận thư."));
        if (Errors.Count > 0)
        {
            State = Outcome.Form;
            return Page();
        }
        var request = new SubscriptionRequest(EmailAddress.Required(f.Email), f.Name!, f.ProvinceId, f.AssetType, f.Language!);
        var token = Protector.Protect(JsonSerializer.Serialize(request), TimeSpan.FromHours(ValidHours));
        mails.EnqueueConfirmation(db, request.Email, request.Name, request.Language, Provinces.FirstOrDefault(p => p.Id == f.ProvinceId).Name,
            request.AssetType, token, ValidHours);
        await db.SaveChangesAsync(ct);
        Pending = request;
        State = Outcome.MailSent;
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        Pending = Read(Token);
        if (Pending is null)
        {
            State = Outcome.InvalidLink;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        var p = Pending;
        ProvinceName = await ProvinceNameAsync(p.ProvinceId, ct);
        var exists = await db.Set<AuctionNoticeSubscription>().AnyAsync(s => s.Email == p.Email && s.UnsubscribedAt == null
            && s.ProvinceId == p.ProvinceId && s.AssetType == p.AssetType, ct);
        if (exists)
        {
            State = Outcome.AlreadySubscribed;
            return Page();
        }
        db.Add(new AuctionNoticeSubscription(p.Email, p.Name, p.ProvinceId, p.AssetType, p.Language, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        State = Outcome.Subscribed;
        return Page();
    }

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;

    public static string AssetLabel(AuctionAssetType? type) => type is { } t ? AuctionNoticeMails.AssetTypeLabel(t, "vi") : "Mọi loại tài sản";

    private SubscriptionRequest? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000) return null;
        try
        {
            return JsonSerializer.Deserialize<SubscriptionRequest>(Protector.Unprotect(token));
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            // Altered, expired or made for another purpose.
            return null;
        }
    }

    private async Task LoadProvincesAsync(CancellationToken ct) =>
        Provinces = (await db.Set<AdministrativeUnit>().AsNoTracking().Where(u => u.Level == AdministrativeLevel.Province && u.ParentId == null)
            .Select(u => new { u.Id, u.Name, u.Code }).ToListAsync(ct))
            .OrderBy(u => u.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false))
            .Select(u => (u.Id, u.Name)).ToList();

    private async Task<string?> ProvinceNameAsync(Guid? id, CancellationToken ct) => id is { } provinceId
        ? await db.Set<AdministrativeUnit>().AsNoTracking().Where(u => u.Id == provinceId).Select(u => u.Name).FirstOrDefaultAsync(ct)
        : null;
}
