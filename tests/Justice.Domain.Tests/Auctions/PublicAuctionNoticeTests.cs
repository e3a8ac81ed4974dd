using Justice.Domain.Auctions;
using static Justice.Domain.Tests.Auctions.AuctionTestData;

namespace Justice.Domain.Tests.Auctions;

public class PublicAuctionNoticeTests
{
    private static readonly AuctionRulesOptions Rules = AuctionRulesOptions.Default;

    [Fact]
    public void New_notice_is_a_draft_with_its_terms()
    {
        var notice = Draft();
        Assert.Equal(PublicAuctionNoticeStatus.Draft, notice.Status);
        Assert.Equal(500_000_000, notice.StartingPrice);
        Assert.Equal(50_000_000, notice.Deposit);
        Assert.Null(notice.PublishedAt);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void Starting_price_must_be_positive(long price) =>
        Assert.Equal("AUCTION_STARTING_PRICE_INVALID", Refused(() => Draft(Terms(startingPrice: price, deposit: 0))).Code);

    [Theory]
    [InlineData(AuctionAssetType.Vehicles, 24_999_999L, false)]
    [InlineData(AuctionAssetType.Vehicles, 25_000_000L, true)]
    [InlineData(AuctionAssetType.Vehicles, 100_000_000L, true)]
    [InlineData(AuctionAssetType.Vehicles, 100_000_001L, false)]
    [InlineData(AuctionAssetType.LandUseRights, 25_000_000L, false)]
    [InlineData(AuctionAssetType.LandUseRights, 50_000_000L, true)]
    [InlineData(AuctionAssetType.RealEstate, 25_000_000L, true)]
    public void Deposit_is_bounded_by_a_percentage_of_the_starting_price(AuctionAssetType type, long deposit, bool accepted)
    {
        var terms = Terms(assetType: type, startingPrice: 500_000_000, deposit: deposit, auctionInDays: 30);
        if (accepted)
            Assert.Equal(deposit, Draft(terms).Deposit);
        else
            Assert.Equal("AUCTION_DEPOSIT_OUT_OF_RANGE", Refused(() => Draft(terms)).Code);
    }

    [Fact]
    public void Deposit_bounds_are_configurable()
    {
        var rules = new AuctionRulesOptions { MinimumDepositPercent = 15m, MaximumDepositPercent = 25m };
        var terms = Terms(startingPrice: 100_000_000, deposit: 10_000_000);
        Assert.Equal("AUCTION_DEPOSIT_OUT_OF_RANGE",
            Refused(() => new PublicAuctionNotice(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), terms, rules)).Code);
        var generous = terms with { Deposit = 25_000_000 };
        Assert.Equal(25_000_000, new PublicAuctionNotice(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), generous, rules).Deposit);
    }

    [Fact]
    public void Viewing_period_must_run_forwards_and_end_before_the_auction()
    {
        var terms = Terms();
        Assert.Equal("AUCTION_VIEWING_PERIOD_INVALID", Refused(() => Draft(terms with { ViewingTo = terms.ViewingFrom })).Code);
        Assert.Equal("AUCTION_VIEWING_PERIOD_INVALID", Refused(() => Draft(terms with { ViewingTo = terms.AuctionAt.AddHours(1) })).Code);
    }

    [Fact]
    public void Registration_deadline_must_be_before_the_auction()
    {
        var terms = Terms();
        Assert.Equal("AUCTION_REGISTRATION_DEADLINE_INVALID", Refused(() => Draft(terms with { RegistrationDeadline = terms.AuctionAt })).Code);
    }

    [Fact]
    public void Registration_deadline_must_not_have_passed_at_publication()
    {
        var notice = Draft();
        var afterDeadline = notice.RegistrationDeadline.AddMinutes(1);
        var rules = new AuctionRulesOptions { MinimumDaysBeforeAuction = 0 };
        Assert.Equal("AUCTION_REGISTRATION_DEADLINE_INVALID", Refused(() => notice.Publish(afterDeadline, rules)).Code);
    }

    [Theory]
    [InlineData(AuctionAssetType.Vehicles, 6, false)]
    [InlineData(AuctionAssetType.Vehicles, 7, true)]
    [InlineData(AuctionAssetType.Goods, 7, true)]
    [InlineData(AuctionAssetType.RealEstate, 14, false)]
    [InlineData(AuctionAssetType.RealEstate, 15, true)]
    [InlineData(AuctionAssetType.LandUseRights, 14, false)]
    [InlineData(AuctionAssetType.LandUseRights, 15, true)]
    public void Publication_must_come_the_minimum_days_before_the_auction(AuctionAssetType type, int days, bool accepted)
    {
        var notice = Draft(Terms(assetType: type, deposit: 60_000_000, auctionInDays: days));
        if (accepted)
        {
            notice.Publish(Now, Rules);
            Assert.Equal(PublicAuctionNoticeStatus.Published, notice.Status);
            Assert.Equal(Now, notice.PublishedAt);
        }
        else
        {
            Assert.Equal("AUCTION_PUBLICATION_TOO_LATE", Refused(() => notice.Publish(Now, Rules)).Code);
            Assert.Equal(PublicAuctionNoticeStatus.Draft, notice.Status);
        }
    }

    [Fact]
    public void Minimum_days_are_configurable()
    {
        var notice = Draft(Terms(auctionInDays: 10));
        Assert.Equal("AUCTION_PUBLICATION_TOO_LATE",
            Refused(() => notice.Publish(Now, new AuctionRulesOptions { MinimumDaysBeforeAuction = 11 })).Code);
    }

    [Fact]
    public void Days_are_counted_on_vietnam_calendar_not_utc()
    {
        // 18:00 UTC on 1 September is already 2 September in Hà Nội; the auction is at 09:00 on 8 September there.
        var now = new DateTime(2025, 9, 1, 18, 0, 0, DateTimeKind.Utc);
        var auctionAt = new DateTime(2025, 9, 8, 2, 0, 0, DateTimeKind.Utc);
        var terms = Terms() with
        {
            ViewingFrom = now.AddHours(1), ViewingTo = auctionAt.AddDays(-2), RegistrationDeadline = auctionAt.AddDays(-2), AuctionAt = auctionAt,
        };
        Assert.Equal("AUCTION_PUBLICATION_TOO_LATE", Refused(() => Draft(terms).Publish(now, Rules)).Code);
        Draft(terms).Publish(now.AddHours(-2), Rules); // 23:00 on 1 September in Hà Nội: 7 days, accepted
    }

    [Fact]
    public void Instants_must_be_utc()
    {
        var terms = Terms();
        Assert.Equal("TIME_NOT_UTC", Assert.Throws<Justice.Domain.Common.DomainException>(
            () => Draft(terms with { AuctionAt = DateTime.SpecifyKind(terms.AuctionAt, DateTimeKind.Local) })).Code);
        Assert.Equal("TIME_NOT_UTC", Assert.Throws<Justice.Domain.Common.DomainException>(
            () => Draft().Publish(DateTime.SpecifyKind(Now, DateTimeKind.Unspecified), Rules)).Code);
    }

    [Fact]
    public void Terms_are_revised_only_in_draft()
    {
        var draft = Draft();
        draft.Revise(Terms(startingPrice: 600_000_000), Rules);
        Assert.Equal(600_000_000, draft.StartingPrice);
        var published = Published();
        Assert.Equal("AUCTION_NOTICE_NOT_EDITABLE", Refused(() => published.Revise(Terms(startingPrice: 600_000_000), Rules)).Code);
    }

    [Fact]
    public void Postponed_notice_is_rescheduled_with_the_same_minimum_notice()
    {
        var notice = Published();
        notice.Postpone("Theo đề nghị của người có tài sản đấu giá", Now.AddDays(5));
        Assert.Equal(PublicAuctionNoticeStatus.Postponed, notice.Status);
        var later = Now.AddDays(5);
        var tooSoon = later.AddDays(6);
        Assert.Equal("AUCTION_PUBLICATION_TOO_LATE",
            Refused(() => notice.Reschedule(later.AddDays(1), tooSoon.AddDays(-2), tooSoon.AddDays(-2), tooSoon, later, Rules)).Code);
        Assert.Equal(Now.AddDays(20), notice.AuctionAt); // a refused reschedule changes nothing
        Assert.Equal(PublicAuctionNoticeStatus.Postponed, notice.Status);
        var newDate = later.AddDays(10);
        notice.Reschedule(later.AddDays(1), newDate.AddDays(-2), newDate.AddDays(-2), newDate, later, Rules);
        Assert.Equal(PublicAuctionNoticeStatus.Published, notice.Status);
        Assert.Equal(newDate, notice.AuctionAt);
        Assert.Equal(later, notice.PublishedAt);
    }

    [Fact]
    public void Ascending_sale_needs_at_least_the_starting_price()
    {
        var notice = Published();
        var after = notice.AuctionAt.AddHours(1);
        Assert.Equal("AUCTION_WINNING_PRICE_INVALID", Refused(() => notice.RecordSale(499_999_999, after)).Code);
        notice.RecordSale(500_000_000, after);
        Assert.Equal(PublicAuctionNoticeStatus.Held, notice.Status);
        Assert.Equal(AuctionOutcome.Sold, notice.Result!.Outcome);
        Assert.Equal(500_000_000, notice.Result.WinningPrice);
    }

    [Theory]
    [InlineData(500_000_001L, false)]
    [InlineData(0L, false)]
    [InlineData(450_000_000L, true)]
    public void Descending_sale_is_at_most_the_starting_price(long price, bool accepted)
    {
        var notice = Published(Terms(method: AuctionMethod.Descending));
        var after = notice.AuctionAt.AddHours(1);
        if (accepted)
        {
            notice.RecordSale(price, after);
            Assert.Equal(price, notice.Result!.WinningPrice);
        }
        else
            Assert.Equal("AUCTION_WINNING_PRICE_INVALID", Refused(() => notice.RecordSale(price, after)).Code);
    }

    [Fact]
    public void Result_is_recorded_only_once_the_auction_time_has_come()
    {
        var notice = Published();
        Assert.Equal("AUCTION_RESULT_BEFORE_AUCTION", Refused(() => notice.RecordSale(600_000_000, notice.AuctionAt.AddMinutes(-1))).Code);
        Assert.Equal("AUCTION_RESULT_BEFORE_AUCTION", Refused(() => notice.RecordNoSale("Không có người trả giá", notice.AuctionAt.AddMinutes(-1))).Code);
    }

    [Fact]
    public void No_sale_needs_a_reason()
    {
        var notice = Published();
        Assert.Equal("TEXT_REQUIRED", Refused(() => notice.RecordNoSale(" ", notice.AuctionAt)).Code);
        notice.RecordNoSale("Không có người đăng ký tham gia đấu giá", notice.AuctionAt);
        Assert.Equal(AuctionOutcome.NotSold, notice.Result!.Outcome);
        Assert.Null(notice.Result.WinningPrice);
    }

    [Fact]
    public void Refused_transitions_carry_the_workflow_code()
    {
        Assert.Equal("AUCTION_STATUS_TRANSITION_REFUSED", Refused(() => Published().Publish(Now, Rules)).Code);
        Assert.Equal("AUCTION_STATUS_TRANSITION_REFUSED", Refused(() => Draft().Postpone("Lý do", Now)).Code);
        var draft = Draft();
        Assert.Equal("AUCTION_STATUS_TRANSITION_REFUSED", Refused(() => draft.RecordSale(600_000_000, draft.AuctionAt.AddHours(1))).Code);
        var held = Published();
        held.RecordNoSale("Không có người trả giá", held.AuctionAt.AddHours(1));
        Assert.Equal("AUCTION_STATUS_TRANSITION_REFUSED", Refused(() => held.Cancel("Hủy", held.AuctionAt.AddHours(2))).Code);
        Assert.Equal("AUCTION_STATUS_TRANSITION_REFUSED", Refused(() => held.RecordSale(600_000_000, held.AuctionAt.AddHours(2))).Code);
        var published = Published();
        Assert.Equal("AUCTION_STATUS_TRANSITION_REFUSED",
            Refused(() => published.Reschedule(published.ViewingFrom, published.ViewingTo, published.RegistrationDeadline, published.AuctionAt, Now, Rules)).Code);
        var cancelled = Published();
        cancelled.Cancel("Người có tài sản rút lại tài sản", Now.AddDays(1));
        Assert.Equal(PublicAuctionNoticeStatus.Cancelled, cancelled.Status);
        Assert.Equal("AUCTION_STATUS_TRANSITION_REFUSED", Refused(() => cancelled.Publish(Now.AddDays(1), Rules)).Code);
    }

    public static TheoryData<PublicAuctionNoticeStatus, PublicAuctionNoticeStatus> AllPairs()
    {
        var data = new TheoryData<PublicAuctionNoticeStatus, PublicAuctionNoticeStatus>();
        foreach (var from in Enum.GetValues<PublicAuctionNoticeStatus>())
        foreach (var to in Enum.GetValues<PublicAuctionNoticeStatus>())
            data.Add(from, to);
        return data;
    }

    [Theory, MemberData(nameof(AllPairs))]
    public void Only_the_documented_transitions_are_allowed(PublicAuctionNoticeStatus from, PublicAuctionNoticeStatus to)
    {
        HashSet<(PublicAuctionNoticeStatus, PublicAuctionNoticeStatus)> expected =
        [
            (PublicAuctionNoticeStatus.Draft, PublicAuctionNoticeStatus.Published),
            (PublicAuctionNoticeStatus.Draft, PublicAuctionNoticeStatus.Cancelled),
            (PublicAuctionNoticeStatus.Published, PublicAuctionNoticeStatus.Postponed),
            (PublicAuctionNoticeStatus.Published, PublicAuctionNoticeStatus.Held),
            (PublicAuctionNoticeStatus.Published, PublicAuctionNoticeStatus.Cancelled),
            (PublicAuctionNoticeStatus.Postponed, PublicAuctionNoticeStatus.Published),
            (PublicAuctionNoticeStatus.Postponed, PublicAuctionNoticeStatus.Cancelled),
        ];
        Assert.Equal(expected.Contains((from, to)), PublicAuctionNotice.IsTransitionAllowed(from, to));
    }
}
