using Justice.Domain.Common;

namespace Justice.Domain.Auctions;

/// <summary>
/// Thông báo công khai việc đấu giá: drafted by the auction organisation, published on the national
/// portal a minimum number of days before the auction, possibly postponed, then held (with a result)
/// or cancelled.
/// </summary>
public sealed class PublicAuctionNotice : AggregateRoot, IPublicContent
{
    private static readonly WorkflowTransitions<PublicAuctionNoticeStatus> Transitions = new(
        "AUCTION_STATUS_TRANSITION_REFUSED",
        (PublicAuctionNoticeStatus.Draft, PublicAuctionNoticeStatus.Published),
        (PublicAuctionNoticeStatus.Draft, PublicAuctionNoticeStatus.Cancelled),
        (PublicAuctionNoticeStatus.Published, PublicAuctionNoticeStatus.Postponed),
        (PublicAuctionNoticeStatus.Published, PublicAuctionNoticeStatus.Held),
        (PublicAuctionNoticeStatus.Published, PublicAuctionNoticeStatus.Cancelled),
        (PublicAuctionNoticeStatus.Postponed, PublicAuctionNoticeStatus.Published),
        (PublicAuctionNoticeStatus.Postponed, PublicAuctionNoticeStatus.Cancelled));

    public static bool IsTransitionAllowed(PublicAuctionNoticeStatus from, PublicAuctionNoticeStatus to) =>
        Transitions.IsAllowed(from, to);

    private PublicAuctionNotice() { }

    public PublicAuctionNotice(Guid auctionOrganisationId, Guid assetOwnerId, Guid provinceId, AuctionNoticeTerms terms,
        AuctionRulesOptions rules, Guid? selectionNoticeId = null)
    {
        AuctionOrganisationId = auctionOrganisationId;
        AssetOwnerId = assetOwnerId;
        ProvinceId = provinceId;
        SelectionNoticeId = selectionNoticeId;
        Status = PublicAuctionNoticeStatus.Draft;
        Apply(terms, rules);
    }

    public Guid AuctionOrganisationId { get; private set; }
    public Guid AssetOwnerId { get; private set; }
    /// <summary>The selection notice through which the owner chose this organisation, when there was one.</summary>
    public Guid? SelectionNoticeId { get; private set; }
    public Guid ProvinceId { get; private set; }

    public string AssetDescription { get; private set; } = "";
    public AuctionAssetType AssetType { get; private set; }
    /// <summary>Giá khởi điểm, whole đồng.</summary>
    public long StartingPrice { get; private set; }
    /// <summary>Tiền đặt trước, whole đồng.</summary>
    public long Deposit { get; private set; }
    public DateTime ViewingFrom { get; private set; }
    public DateTime ViewingTo { get; private set; }
    public string ViewingPlace { get; private set; } = "";
    public DateTime RegistrationDeadline { get; private set; }
    public DateTime AuctionAt { get; private set; }
    public string AuctionPlace { get; private set; } = "";
    public AuctionForm Form { get; private set; }
    public AuctionMethod Method { get; private set; }

    public PublicAuctionNoticeStatus Status { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public string? PostponementReason { get; private set; }
    public string? CancellationReason { get; private set; }
    public AuctionResult? Result { get; private set; }

    /// <summary>Terms change only while nobody outside has seen them; after publication use <see cref="Reschedule"/>.</summary>
    public void Revise(AuctionNoticeTerms terms, AuctionRulesOptions rules)
    {
        if (Status != PublicAuctionNoticeStatus.Draft)
            throw new DomainException("AUCTION_NOTICE_NOT_EDITABLE", "Chỉ sửa được thông báo đấu giá chưa công bố.");
        Apply(terms, rules);
    }

    public void Publish(DateTime now, AuctionRulesOptions rules)
    {
        Transitions.Ensure(Status, PublicAuctionNoticeStatus.Published);
        EnsurePublishable(AssetType, RegistrationDeadline, AuctionAt, now, rules);
        Status = PublicAuctionNoticeStatus.Published;
        PublishedAt = now;
    }

    public void Postpone(string reason, DateTime now)
    {
        VietnamTime.RequireUtc(now);
        Transitions.Ensure(Status, PublicAuctionNoticeStatus.Postponed);
        PostponementReason = VietnameseText.Required(reason, "Lý do tạm dừng", 2000);
        Status = PublicAuctionNoticeStatus.Postponed;
    }

    /// <summary>A postponed auction gets new dates and is published again, with the same minimum notice.</summary>
    public void Reschedule(DateTime viewingFrom, DateTime viewingTo, DateTime registrationDeadline, DateTime auctionAt,
        DateTime now, AuctionRulesOptions rules)
    {
        Transitions.Ensure(Status, PublicAuctionNoticeStatus.Published);
        var terms = new AuctionNoticeTerms(AssetDescription, AssetType, StartingPrice, Deposit, viewingFrom, viewingTo, ViewingPlace,
            registrationDeadline, auctionAt, AuctionPlace, Form, Method);
        Validate(terms, rules);
        EnsurePublishable(AssetType, registrationDeadline, auctionAt, now, rules);
        Apply(terms, rules);
        Status = PublicAuctionNoticeStatus.Published;
        PublishedAt = now;
    }

    public void Cancel(string reason, DateTime now)
    {
        VietnamTime.RequireUtc(now);
        Transitions.Ensure(Status, PublicAuctionNoticeStatus.Cancelled);
        CancellationReason = VietnameseText.Required(reason, "Lý do hủy", 2000);
        Status = PublicAuctionNoticeStatus.Cancelled;
    }

    /// <summary>
    /// Ascending: bids rise from the starting price, so the winner pays at least that. Descending: the
    /// price comes down from the starting price, so the winner pays at most that (and something).
    /// </summary>
    public void RecordSale(long winningPrice, DateTime now)
    {
        EnsureResultCanBeRecorded(now);
        var valid = Method == AuctionMethod.Ascending
            ? winningPrice >= StartingPrice
            : winningPrice > 0 && winningPrice <= StartingPrice;
        if (!valid)
            throw new DomainException("AUCTION_WINNING_PRICE_INVALID", Method == AuctionMethod.Ascending
                ? $"Giá trúng đấu giá không được thấp hơn giá khởi điểm {Vnd.Format(StartingPrice)}."
                : $"Giá trúng đấu giá phải lớn hơn 0 và không cao hơn giá khởi điểm {Vnd.Format(StartingPrice)}.");
        Result = AuctionResult.Sold(winningPrice, now);
        Status = PublicAuctionNoticeStatus.Held;
    }

    public void RecordNoSale(string reason, DateTime now)
    {
        EnsureResultCanBeRecorded(now);
        Result = AuctionResult.NotSold(reason, now);
        Status = PublicAuctionNoticeStatus.Held;
    }

    private void EnsureResultCanBeRecorded(DateTime now)
    {
        VietnamTime.RequireUtc(now);
        Transitions.Ensure(Status, PublicAuctionNoticeStatus.Held);
        if (now < AuctionAt)
            throw new DomainException("AUCTION_RESULT_BEFORE_AUCTION", "Chưa đến thời gian tổ chức cuộc đấu giá.");
    }

    private static void EnsurePublishable(AuctionAssetType assetType, DateTime registrationDeadline, DateTime auctionAt,
        DateTime now, AuctionRulesOptions rules)
    {
        var minimumDays = rules.MinimumDaysBeforeAuctionFor(assetType);
        if (VietnamTime.LocalDate(auctionAt).DayNumber - VietnamTime.LocalDate(now).DayNumber < minimumDays)
            throw new DomainException("AUCTION_PUBLICATION_TOO_LATE",
                $"Thông báo đấu giá phải được công khai ít nhất {minimumDays} ngày trước ngày mở cuộc đấu giá.");
        if (registrationDeadline <= now)
            throw new DomainException("AUCTION_REGISTRATION_DEADLINE_INVALID", "Thời hạn đăng ký tham gia đấu giá đã qua.");
    }

    private void Apply(AuctionNoticeTerms terms, AuctionRulesOptions rules)
    {
        Validate(terms, rules);
        AssetDescription = VietnameseText.Required(terms.AssetDescription, "Mô tả tài sản", 4000);
        AssetType = terms.AssetType;
        StartingPrice = terms.StartingPrice;
        Deposit = terms.Deposit;
        ViewingFrom = terms.ViewingFrom;
        ViewingTo = terms.ViewingTo;
        ViewingPlace = VietnameseText.Required(terms.ViewingPlace, "Địa điểm xem tài sản");
        RegistrationDeadline = terms.RegistrationDeadline;
        AuctionAt = terms.AuctionAt;
        AuctionPlace = VietnameseText.Required(terms.AuctionPlace, "Địa điểm đấu giá");
        Form = terms.Form;
        Method = terms.Method;
    }

    /// <summary>Checks everything before anything is assigned, so a refused change leaves the notice as it was.</summary>
    private static void Validate(AuctionNoticeTerms terms, AuctionRulesOptions rules)
    {
        VietnamTime.RequireUtc(terms.ViewingFrom);
        VietnamTime.RequireUtc(terms.ViewingTo);
        VietnamTime.RequireUtc(terms.RegistrationDeadline);
        VietnamTime.RequireUtc(terms.AuctionAt);
        if (terms.StartingPrice <= 0)
            throw new DomainException("AUCTION_STARTING_PRICE_INVALID", "Giá khởi điểm phải lớn hơn 0 đồng.");
        var minimumPercent = rules.MinimumDepositPercentFor(terms.AssetType);
        var depositPercent = terms.Deposit * 100m / terms.StartingPrice;
        if (depositPercent < minimumPercent || depositPercent > rules.MaximumDepositPercent)
            throw new DomainException("AUCTION_DEPOSIT_OUT_OF_RANGE",
                $"Tiền đặt trước phải từ {minimumPercent}% đến {rules.MaximumDepositPercent}% giá khởi điểm " +
                $"({Vnd.Format((long)Math.Ceiling(terms.StartingPrice * minimumPercent / 100m))} – " +
                $"{Vnd.Format((long)Math.Floor(terms.StartingPrice * rules.MaximumDepositPercent / 100m))}).");
        if (terms.ViewingFrom >= terms.ViewingTo || terms.ViewingTo > terms.AuctionAt)
            throw new DomainException("AUCTION_VIEWING_PERIOD_INVALID", "Thời gian xem tài sản phải kết thúc trước cuộc đấu giá.");
        if (terms.RegistrationDeadline >= terms.AuctionAt)
            throw new DomainException("AUCTION_REGISTRATION_DEADLINE_INVALID", "Thời hạn đăng ký tham gia đấu giá phải trước thời gian mở cuộc đấu giá.");
        VietnameseText.Required(terms.AssetDescription, "Mô tả tài sản", 4000);
        VietnameseText.Required(terms.ViewingPlace, "Địa điểm xem tài sản");
        VietnameseText.Required(terms.AuctionPlace, "Địa điểm đấu giá");
    }
}
