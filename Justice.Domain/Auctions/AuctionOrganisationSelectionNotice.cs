using Justice.Domain.Common;

namespace Justice.Domain.Auctions;

/// <summary>
/// Thông báo lựa chọn tổ chức đấu giá: the asset owner invites auction organisations to apply to run
/// the auction, then picks one after the submission deadline.
/// </summary>
public sealed class AuctionOrganisationSelectionNotice : AggregateRoot, IPublicContent
{
    private AuctionOrganisationSelectionNotice() { }

    public AuctionOrganisationSelectionNotice(Guid assetOwnerId, string assetDescription, AuctionAssetType assetType,
        long startingPrice, string selectionCriteria, DateTime publishedAt, DateTime submissionDeadline,
        AuctionRulesOptions rules, Guid? provinceId = null)
    {
        VietnamTime.RequireUtc(publishedAt);
        VietnamTime.RequireUtc(submissionDeadline);
        if (startingPrice <= 0)
            throw new DomainException("AUCTION_STARTING_PRICE_INVALID", "Giá khởi điểm phải lớn hơn 0 đồng.");
        var days = VietnamTime.LocalDate(submissionDeadline).DayNumber - VietnamTime.LocalDate(publishedAt).DayNumber;
        if (days < rules.MinimumSelectionSubmissionDays)
            throw new DomainException("SELECTION_DEADLINE_TOO_EARLY",
                $"Thời hạn nộp hồ sơ phải sau ngày thông báo ít nhất {rules.MinimumSelectionSubmissionDays} ngày.");
        AssetOwnerId = assetOwnerId;
        AssetDescription = VietnameseText.Required(assetDescription, "Mô tả tài sản", 4000);
        AssetType = assetType;
        StartingPrice = startingPrice;
        SelectionCriteria = VietnameseText.Required(selectionCriteria, "Tiêu chí lựa chọn", 4000);
        PublishedAt = publishedAt;
        SubmissionDeadline = submissionDeadline;
        ProvinceId = provinceId;
    }

    public Guid AssetOwnerId { get; private set; }
    public string AssetDescription { get; private set; } = "";
    public AuctionAssetType AssetType { get; private set; }
    public long StartingPrice { get; private set; }
    public string SelectionCriteria { get; private set; } = "";
    public DateTime PublishedAt { get; private set; }
    public DateTime SubmissionDeadline { get; private set; }
    public Guid? ProvinceId { get; private set; }
    public Guid? SelectedAuctionOrganisationId { get; private set; }
    public DateTime? SelectedAt { get; private set; }

    /// <summary>Applications are compared only once all are in, so no choice before the deadline.</summary>
    public void SelectOrganisation(Guid auctionOrganisationId, DateTime now)
    {
        VietnamTime.RequireUtc(now);
        if (SelectedAuctionOrganisationId is not null)
            throw new DomainException("SELECTION_ALREADY_MADE", "Đã lựa chọn tổ chức đấu giá cho tài sản này.");
        if (now < SubmissionDeadline)
            throw new DomainException("SELECTION_BEFORE_DEADLINE", "Chưa hết thời hạn nộp hồ sơ đăng ký tham gia lựa chọn.");
        SelectedAuctionOrganisationId = auctionOrganisationId;
        SelectedAt = now;
    }
}
