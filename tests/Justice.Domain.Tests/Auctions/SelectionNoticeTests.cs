using Justice.Domain.Auctions;
using static Justice.Domain.Tests.Auctions.AuctionTestData;

namespace Justice.Domain.Tests.Auctions;

public class SelectionNoticeTests
{
    private static AuctionOrganisationSelectionNotice Notice(long startingPrice = 2_000_000_000, int deadlineInDays = 5,
        AuctionRulesOptions? rules = null) =>
        new(Guid.NewGuid(), "Quyền sử dụng đất thửa đất số 125, tờ bản đồ số 12, diện tích 150,0 m²", AuctionAssetType.LandUseRights,
            startingPrice, "Phương án đấu giá khả thi, hiệu quả; thù lao phù hợp", Now, Now.AddDays(deadlineInDays), rules ?? AuctionRulesOptions.Default);

    [Fact]
    public void Valid_notice_keeps_its_terms()
    {
        var notice = Notice();
        Assert.Equal(2_000_000_000, notice.StartingPrice);
        Assert.Null(notice.SelectedAuctionOrganisationId);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-5L)]
    public void Starting_price_must_be_positive(long price) =>
        Assert.Equal("AUCTION_STARTING_PRICE_INVALID", Refused(() => Notice(startingPrice: price)).Code);

    [Fact]
    public void Submission_deadline_must_leave_the_minimum_days()
    {
        Assert.Equal("SELECTION_DEADLINE_TOO_EARLY", Refused(() => Notice(deadlineInDays: 2)).Code);
        Assert.Equal(3, (Notice(deadlineInDays: 3).SubmissionDeadline - Now).Days);
    }

    [Fact]
    public void Minimum_submission_days_are_configurable()
    {
        var rules = new AuctionRulesOptions { MinimumSelectionSubmissionDays = 10 };
        Assert.Equal("SELECTION_DEADLINE_TOO_EARLY", Refused(() => Notice(deadlineInDays: 5, rules: rules)).Code);
    }

    [Fact]
    public void Organisation_is_chosen_only_after_the_deadline_and_once()
    {
        var notice = Notice();
        var organisation = Guid.NewGuid();
        Assert.Equal("SELECTION_BEFORE_DEADLINE", Refused(() => notice.SelectOrganisation(organisation, Now.AddDays(4))).Code);
        notice.SelectOrganisation(organisation, Now.AddDays(6));
        Assert.Equal(organisation, notice.SelectedAuctionOrganisationId);
        Assert.Equal("SELECTION_ALREADY_MADE", Refused(() => notice.SelectOrganisation(Guid.NewGuid(), Now.AddDays(7))).Code);
    }
}
