using System.Security.Cryptography;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Domain.Auctions;

/// <summary>
/// Đăng ký theo dõi thông báo đấu giá: a person asks to be e-mailed when an auction notice is published, for a
/// province and a kind of asset (either may be left open). Each subscription carries its own unsubscribe token,
/// 256 random bits, which is the only thing the unsubscribe link needs: whoever holds the mail can leave the list
/// in one click, and nobody can guess another subscriber's link.
/// </summary>
public sealed class AuctionNoticeSubscription : AggregateRoot
{
    public const int TokenLength = 43;

    private AuctionNoticeSubscription() { }

    public AuctionNoticeSubscription(string email, string subscriberName, Guid? provinceId, AuctionAssetType? assetType,
        string language, DateTime now)
    {
        Email = EmailAddress.Required(email);
        SubscriberName = VietnameseText.Required(subscriberName, "Tên người đăng ký", 200);
        ProvinceId = provinceId;
        AssetType = assetType;
        Language = language is "vi" or "en"
            ? language
            : throw new DomainException("SUBSCRIPTION_LANGUAGE_INVALID", "Ngôn ngữ nhận thư phải là tiếng Việt (vi) hoặc tiếng Anh (en).");
        CreatedAt = VietnamTime.RequireUtc(now);
        UnsubscribeToken = NewToken();
    }

    public string Email { get; private set; } = "";
    public string SubscriberName { get; private set; } = "";
    /// <summary>Null: every province.</summary>
    public Guid? ProvinceId { get; private set; }
    /// <summary>Null: every kind of asset.</summary>
    public AuctionAssetType? AssetType { get; private set; }
    /// <summary><c>vi</c> or <c>en</c>: the language of the mail.</summary>
    public string Language { get; private set; } = "vi";
    public DateTime CreatedAt { get; private set; }
    /// <summary>Base64url, no padding; unique. Goes into the unsubscribe link, never shown elsewhere.</summary>
    public string UnsubscribeToken { get; private set; } = "";
    public DateTime? UnsubscribedAt { get; private set; }
    public bool IsActive => UnsubscribedAt is null;

    /// <summary>Stops the mail. A second call changes nothing (a link clicked twice); returns whether this call did it.</summary>
    public bool Unsubscribe(DateTime now)
    {
        VietnamTime.RequireUtc(now);
        if (!IsActive) return false;
        UnsubscribedAt = now;
        return true;
    }

    /// <summary>The shape of a token, checked before any lookup.</summary>
    public static bool IsWellFormedToken(string? token) =>
        token is { Length: TokenLength } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

internal sealed class AuctionNoticeSubscriptionConfiguration : IEntityTypeConfiguration<AuctionNoticeSubscription>
{
    public void Configure(EntityTypeBuilder<AuctionNoticeSubscription> b)
    {
        b.Property(x => x.Email).HasMaxLength(EmailAddress.MaxLength);
        b.Property(x => x.SubscriberName).HasMaxLength(200);
        b.Property(x => x.Language).HasMaxLength(2);
        b.Property(x => x.UnsubscribeToken).HasMaxLength(AuctionNoticeSubscription.TokenLength);
        b.Ignore(x => x.IsActive);
        b.HasIndex(x => x.UnsubscribeToken).IsUnique();
        b.HasIndex(x => new { x.ProvinceId, x.AssetType });
        b.HasIndex(x => x.Email);
        b.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(x => x.ProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}
