using System.Security.Claims;
using System.Text.Json;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Auctions;
using Justice.Domain.Identity;
using Justice.GraphQL.Common;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Tests.Auctions;

/// <summary>Counting SQL commands needs the process to itself: this class runs alone.</summary>
[CollectionDefinition(nameof(AuctionTests), DisableParallelization = true)]
public sealed class AuctionTestsCollection;

[Collection(nameof(AuctionTests))]
public class AuctionTests(AuctionTests.Host host) : IClassFixture<AuctionTests.Host>
{
    public sealed class Host : GraphQLHost;

    private sealed record Demo(AuctionOrganisation Own, AuctionOrganisation Other, Guid OwnerId, Guid CommuneId);

    private async Task<Demo> DemoAsync() => await host.WithDbAsync(async db =>
    {
        var organisations = await db.Set<AuctionOrganisation>().AsNoTracking().OrderBy(o => o.RegistrationNumber).ThenBy(o => o.Id).ToListAsync();
        var own = organisations.First(o => o.Kind == AuctionOrganisationKind.Company);
        var other = organisations.First(o => o.ProvinceId != own.ProvinceId);
        var owner = await db.Set<AssetOwner>().Where(o => o.ProvinceId == own.ProvinceId).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        var commune = await db.Set<AdministrativeUnit>().Where(u => u.ParentId == own.ProvinceId).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync();
        return new Demo(own, other, owner, commune);
    });

    private static Claim[] As(string who, Demo d) => who switch
    {
        "anonymous" => TestCallers.Anonymous,
        "citizen" => TestCallers.Citizen("001090000001"),
        "commune-officer" => TestCallers.Staff("ho-tich@xa.gov.vn", [StaffRoles.CivilRegistryOfficer], null, d.CommuneId),
        "ministry-read" => TestCallers.Client("demo-ministry", null, [.. JusticeScopes.AllRead]),
        "ministry-no-scope" => TestCallers.Client("legal-only", null, JusticeScopes.LegalRead),
        "ministry-write" => TestCallers.Client("finance-auctions", null, JusticeScopes.AuctionsRead, JusticeScopes.AuctionsWrite),
        "publisher-own" => TestCallers.Staff("dau-gia@own.vn", [StaffRoles.AuctionPublisher], d.Own.OrganisationId, d.Own.ProvinceId),
        "publisher-other" => TestCallers.Staff("dau-gia@other.vn", [StaffRoles.AuctionPublisher], d.Other.OrganisationId, d.Other.ProvinceId),
        "admin" => TestCallers.Administrator(),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    /// <summary>A draft of the own organisation, its auction <paramref name="days"/> ahead.</summary>
    private async Task<Guid> NewDraftAsync(Demo d, int days = 40, AuctionAssetType type = AuctionAssetType.Vehicles) => await host.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var auctionAt = now.AddDays(days);
        var terms = new AuctionNoticeTerms("Xe ô tô con Toyota Vios 2019, màu trắng", type, 300_000_000, 30_000_000,
            now.AddHours(1), auctionAt.AddDays(-3), "Tại kho", auctionAt.AddDays(-2), auctionAt, "Hội trường", AuctionForm.Oral, AuctionMethod.Ascending);
        var notice = new PublicAuctionNotice(d.Own.Id, d.OwnerId, d.Own.ProvinceId, terms, AuctionRulesOptions.Default);
        db.Add(notice);
        await db.SaveChangesAsync();
        return notice.Id;
    });

    private static string Id(string type, Guid id) => GlobalId.Encode(type, id);

    public static TheoryData<string> Everyone => new() { "anonymous", "citizen", "commune-officer", "ministry-read", "ministry-no-scope", "publisher-own", "publisher-other", "admin" };

    [Theory]
    [MemberData(nameof(Everyone))]
    public async Task Directories_notices_and_results_are_public(string who)
    {
        var d = await DemoAsync();
        var response = await host.PostAsync("""
            query($p: ID!) {
              auctionOrganisations(provinceId: $p, first: 5) { totalCount items { name province { id } } }
              auctioneers(provinceId: $p, first: 5) { totalCount items { fullName practiceCertificateNumber } }
              auctionNotices(first: 5) { totalCount items { id status startingPrice auctionOrganisation { id } } }
              auctionResults(first: 5) { totalCount items { result { outcome winningPrice } } }
            }
            """, new { p = Id("AdministrativeUnit", d.Own.ProvinceId) }, As(who, d));

        response.AssertNoErrors();
        Assert.True(response.Data.GetProperty("auctionOrganisations").GetProperty("totalCount").GetInt32() > 0);
        Assert.All(response.Data.GetProperty("auctionOrganisations").GetProperty("items").EnumerateArray(),
            n => Assert.Equal(Id("AdministrativeUnit", d.Own.ProvinceId), n.GetProperty("province").GetProperty("id").GetString()));
        Assert.True(response.Data.GetProperty("auctioneers").GetProperty("totalCount").GetInt32() > 0);
        // Drafts only for their own organisation's publisher.
        var own = who switch { "publisher-own" => Id("AuctionOrganisation", d.Own.Id), "publisher-other" => Id("AuctionOrganisation", d.Other.Id), _ => null };
        Assert.All(response.Data.GetProperty("auctionNotices").GetProperty("items").EnumerateArray().Where(n => n.GetProperty("status").GetString() == "DRAFT"),
            n => Assert.Equal(own, n.GetProperty("auctionOrganisation").GetProperty("id").GetString()));
        Assert.All(response.Data.GetProperty("auctionResults").GetProperty("items").EnumerateArray(),
            n => Assert.Equal(JsonValueKind.Object, n.GetProperty("result").ValueKind));
    }

    [Theory]
    [InlineData("anonymous", false)]
    [InlineData("citizen", false)]
    [InlineData("commune-officer", false)]
    [InlineData("ministry-read", false)]
    [InlineData("publisher-other", false)]
    [InlineData("admin", false)]
    [InlineData("publisher-own", true)]
    public async Task A_draft_is_seen_only_by_its_own_organisation(string who, bool sees)
    {
        var d = await DemoAsync();
        var draft = Id("AuctionNotice", await NewDraftAsync(d));
        var response = await host.PostAsync("query($id: ID!) { auctionNotice(id: $id) { id status } node(id: $id) { id } }", new { id = draft }, As(who, d));

        response.AssertNoErrors();
        Assert.Equal(sees ? JsonValueKind.Object : JsonValueKind.Null, response.Data.GetProperty("auctionNotice").ValueKind);
        Assert.Equal(sees ? JsonValueKind.Object : JsonValueKind.Null, response.Data.GetProperty("node").ValueKind);
    }

    private const string Create = """
        mutation($input: CreateAuctionNoticeInput!) {
          createAuctionNotice(input: $input) { auctionNotice { id status startingPrice deposit auctionOrganisation { id } } errors { code message } }
        }
        """;

    private static object CreateInput(Demo d, long deposit = 30_000_000)
    {
        var auctionAt = DateTime.UtcNow.AddDays(30);
        return new
        {
            input = new
            {
                assetOwnerId = Id("AssetOwner", d.OwnerId),
                assetDescription = "Lô hàng máy móc thiết bị đã qua sử dụng",
                assetType = "GOODS",
                startingPrice = 300_000_000L,
                deposit,
                viewingFrom = DateTime.UtcNow.AddDays(1).ToString("O"),
                viewingTo = auctionAt.AddDays(-4).ToString("O"),
                viewingPlace = "Tại kho của người có tài sản",
                registrationDeadline = auctionAt.AddDays(-3).ToString("O"),
                auctionAt = auctionAt.ToString("O"),
                auctionPlace = "Hội trường tổ chức đấu giá",
                form = "ORAL",
                method = "ASCENDING",
            },
        };
    }

    [Theory]
    [InlineData("anonymous", "UNAUTHENTICATED", null)]
    [InlineData("citizen", "FORBIDDEN", null)]
    [InlineData("commune-officer", "FORBIDDEN", null)]
    [InlineData("ministry-read", "FORBIDDEN", null)]
    [InlineData("ministry-no-scope", "FORBIDDEN", null)]
    [InlineData("ministry-write", null, "NOT_OWN_AUCTION_ORGANISATION")]
    [InlineData("admin", null, "NOT_OWN_AUCTION_ORGANISATION")]
    [InlineData("publisher-own", null, null)]
    [InlineData("publisher-other", null, null)]
    public async Task Only_an_auction_publisher_drafts_and_only_for_their_own_organisation(string who, string? requestError, string? payloadError)
    {
        var d = await DemoAsync();
        var response = await host.PostAsync(Create, CreateInput(d), As(who, d));

        if (requestError is not null)
        {
            Assert.Contains(requestError, response.ErrorCodes);
            return;
        }
        response.AssertNoErrors();
        var payload = response.Data.GetProperty("createAuctionNotice");
        if (payloadError is not null)
        {
            Assert.Equal(payloadError, payload.GetProperty("errors")[0].GetProperty("code").GetString());
            Assert.Equal(JsonValueKind.Null, payload.GetProperty("auctionNotice").ValueKind);
            return;
        }
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        var notice = payload.GetProperty("auctionNotice");
        Assert.Equal("DRAFT", notice.GetProperty("status").GetString());
        Assert.Equal(300_000_000L, notice.GetProperty("startingPrice").GetInt64());
        var expectedOrganisation = who == "publisher-own" ? d.Own.Id : d.Other.Id;
        Assert.Equal(Id("AuctionOrganisation", expectedOrganisation), notice.GetProperty("auctionOrganisation").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_deposit_outside_the_legal_bounds_is_refused_with_its_code()
    {
        var d = await DemoAsync();
        var response = await host.PostAsync(Create, CreateInput(d, deposit: 1_000_000), As("publisher-own", d));

        response.AssertNoErrors();
        Assert.Equal("AUCTION_DEPOSIT_OUT_OF_RANGE", response.Data.GetProperty("createAuctionNotice").GetProperty("errors")[0].GetProperty("code").GetString());
    }

    private const string Publish = """
        mutation($id: ID!, $v: Int) {
          publishAuctionNotice(input: { id: $id, expectedVersion: $v }) { auctionNotice { id status publishedAt version } errors { code } }
        }
        """;

    [Theory]
    [InlineData("anonymous", "UNAUTHENTICATED", null)]
    [InlineData("citizen", "FORBIDDEN", null)]
    [InlineData("commune-officer", "FORBIDDEN", null)]
    [InlineData("ministry-read", "FORBIDDEN", null)]
    [InlineData("ministry-no-scope", "FORBIDDEN", null)]
    [InlineData("ministry-write", null, "NOT_OWN_AUCTION_ORGANISATION")]
    [InlineData("publisher-other", null, "NOT_OWN_AUCTION_ORGANISATION")]
    [InlineData("admin", null, "NOT_OWN_AUCTION_ORGANISATION")]
    [InlineData("publisher-own", null, null)]
    public async Task Only_the_notices_own_organisation_publishes_it(string who, string? requestError, string? payloadError)
    {
        var d = await DemoAsync();
        var draft = await NewDraftAsync(d);
        var response = await host.PostAsync(Publish, new { id = Id("AuctionNotice", draft), v = 0 }, As(who, d));

        if (requestError is not null)
        {
            Assert.Contains(requestError, response.ErrorCodes);
            return;
        }
        response.AssertNoErrors();
        var payload = response.Data.GetProperty("publishAuctionNotice");
        var stored = await host.WithDbAsync(db => db.Set<PublicAuctionNotice>().AsNoTracking().FirstAsync(n => n.Id == draft));
        if (payloadError is not null)
        {
            Assert.Equal(payloadError, payload.GetProperty("errors")[0].GetProperty("code").GetString());
            Assert.Equal(PublicAuctionNoticeStatus.Draft, stored.Status);
            return;
        }
        Assert.Equal("PUBLISHED", payload.GetProperty("auctionNotice").GetProperty("status").GetString());
        Assert.Equal(PublicAuctionNoticeStatus.Published, stored.Status);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task Publishing_too_late_a_stale_version_and_twice_are_refused_with_stable_codes()
    {
        var d = await DemoAsync();
        var publisher = As("publisher-own", d);

        var late = await NewDraftAsync(d, days: 10, type: AuctionAssetType.LandUseRights);
        var tooLate = await host.PostAsync(Publish, new { id = Id("AuctionNotice", late), v = 0 }, publisher);
        Assert.Equal("AUCTION_PUBLICATION_TOO_LATE", tooLate.Data.GetProperty("publishAuctionNotice").GetProperty("errors")[0].GetProperty("code").GetString());

        var draft = Id("AuctionNotice", await NewDraftAsync(d));
        var stale = await host.PostAsync(Publish, new { id = draft, v = 7 }, publisher);
        Assert.Equal("CONCURRENT_CHANGE", stale.Data.GetProperty("publishAuctionNotice").GetProperty("errors")[0].GetProperty("code").GetString());

        (await host.PostAsync(Publish, new { id = draft, v = 0 }, publisher)).AssertNoErrors();
        var again = await host.PostAsync(Publish, new { id = draft, v = (int?)null }, publisher);
        Assert.Equal("AUCTION_STATUS_TRANSITION_REFUSED", again.Data.GetProperty("publishAuctionNotice").GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_own_organisation_postpones_cancels_and_records_results()
    {
        var d = await DemoAsync();
        var publisher = As("publisher-own", d);
        async Task<string?> CodeAsync(string mutation, string field, object input, System.Security.Claims.Claim[] who)
        {
            var response = await host.PostAsync(mutation, new { input }, who);
            response.AssertNoErrors();
            var errors = response.Data.GetProperty(field).GetProperty("errors");
            return errors.GetArrayLength() == 0 ? null : errors[0].GetProperty("code").GetString();
        }
        const string postpone = "mutation($input: AuctionNoticeReasonInput!) { postponeAuctionNotice(input: $input) { auctionNotice { status } errors { code } } }";
        const string cancel = "mutation($input: AuctionNoticeReasonInput!) { cancelAuctionNotice(input: $input) { auctionNotice { status } errors { code } } }";
        const string result = "mutation($input: RecordAuctionResultInput!) { recordAuctionResult(input: $input) { auctionNotice { status result { outcome winningPrice } } errors { code } } }";

        var draft = Id("AuctionNotice", await NewDraftAsync(d));
        Assert.Equal("AUCTION_STATUS_TRANSITION_REFUSED", await CodeAsync(postpone, "postponeAuctionNotice", new { id = draft, reason = "Theo đề nghị của người có tài sản" }, publisher));
        Assert.Null(PayloadError(await host.PostAsync(Publish, new { id = draft, v = 0 }, publisher)));
        Assert.Equal("NOT_OWN_AUCTION_ORGANISATION", await CodeAsync(postpone, "postponeAuctionNotice", new { id = draft, reason = "Lý do" }, As("publisher-other", d)));
        Assert.Equal("TEXT_REQUIRED", await CodeAsync(postpone, "postponeAuctionNotice", new { id = draft, reason = " " }, publisher));
        Assert.Null(await CodeAsync(postpone, "postponeAuctionNotice", new { id = draft, reason = "Theo đề nghị của người có tài sản", expectedVersion = 1 }, publisher));
        Assert.Null(await CodeAsync(cancel, "cancelAuctionNotice", new { id = draft, reason = "Tài sản đã được tự nguyện thi hành" }, publisher));

        var upcoming = Id("AuctionNotice", await NewDraftAsync(d));
        Assert.Null(PayloadError(await host.PostAsync(Publish, new { id = upcoming, v = 0 }, publisher)));
        Assert.Equal("AUCTION_RESULT_BEFORE_AUCTION", await CodeAsync(result, "recordAuctionResult", new { id = upcoming, winningPrice = 350_000_000L }, publisher));

        // An auction of yesterday, published a month ago, awaiting its result.
        var held = await host.WithDbAsync(async db =>
        {
            var auctionAt = DateTime.UtcNow.AddDays(-1);
            var publishedAt = auctionAt.AddDays(-30);
            var terms = new AuctionNoticeTerms("Xe ô tô tải Hyundai HD72 2015", AuctionAssetType.Vehicles, 250_000_000, 25_000_000,
                publishedAt.AddDays(1), auctionAt.AddDays(-3), "Tại bãi xe", auctionAt.AddDays(-2), auctionAt, "Hội trường", AuctionForm.Oral, AuctionMethod.Ascending);
            var notice = new PublicAuctionNotice(d.Own.Id, d.OwnerId, d.Own.ProvinceId, terms, AuctionRulesOptions.Default);
            notice.Publish(publishedAt, AuctionRulesOptions.Default);
            db.Add(notice);
            await db.SaveChangesAsync();
            return Id("AuctionNotice", notice.Id);
        });
        Assert.Equal("AUCTION_WINNING_PRICE_INVALID", await CodeAsync(result, "recordAuctionResult", new { id = held, winningPrice = 249_999_999L }, publisher));
        var sold = await host.PostAsync(result, new { input = new { id = held, winningPrice = 310_000_000L } }, publisher);
        sold.AssertNoErrors();
        var recorded = sold.Data.GetProperty("recordAuctionResult").GetProperty("auctionNotice");
        Assert.Equal("HELD", recorded.GetProperty("status").GetString());
        Assert.Equal(310_000_000L, recorded.GetProperty("result").GetProperty("winningPrice").GetInt64());
    }

    private static string? PayloadError(GraphQLResponse response)
    {
        response.AssertNoErrors();
        var errors = response.Data.GetProperty("publishAuctionNotice").GetProperty("errors");
        return errors.GetArrayLength() == 0 ? null : errors[0].GetProperty("code").GetString();
    }

    [Fact]
    public async Task Notices_filter_by_province_asset_type_dates_and_a_price_range_in_vnd()
    {
        var d = await DemoAsync();
        const long min = 200_000_000, max = 5_000_000_000;
        var from = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-200));
        var to = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60));
        var expected = await host.WithDbAsync(async db => (await db.Set<PublicAuctionNotice>().AsNoTracking()
                .Where(n => n.Status != PublicAuctionNoticeStatus.Draft && n.StartingPrice >= min && n.StartingPrice <= max).ToListAsync())
            .Count(n => n.AuctionAt >= from.ToDateTime(TimeOnly.MinValue).AddHours(-7) && n.AuctionAt < to.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-7)));

        var response = await host.PostAsync("""
            query($f: AuctionNoticeFilter) {
              auctionNotices(filter: $f, order: { field: STARTING_PRICE, direction: ASC }, first: 100) {
                totalCount items { startingPrice assetType province { id } auctionAt status }
              }
            }
            """, new { f = new { startingPriceMin = min, startingPriceMax = max, auctionFrom = from.ToString("yyyy-MM-dd"), auctionTo = to.ToString("yyyy-MM-dd") } });
        response.AssertNoErrors();
        var all = response.Data.GetProperty("auctionNotices");
        Assert.Equal(expected, all.GetProperty("totalCount").GetInt32());
        var prices = all.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("startingPrice").GetInt64()).ToList();
        Assert.All(prices, p => Assert.InRange(p, min, max));
        Assert.Equal(prices.Order().ToList(), prices);

        var province = Id("AdministrativeUnit", d.Own.ProvinceId);
        var narrowed = await host.PostAsync("""
            query($f: AuctionNoticeFilter) { auctionNotices(filter: $f, first: 100) { totalCount items { assetType province { id } } } }
            """, new { f = new { provinceId = province, assetTypes = new[] { "LAND_USE_RIGHTS", "VEHICLES" }, startingPriceMin = 1L } });
        narrowed.AssertNoErrors();
        Assert.All(narrowed.Data.GetProperty("auctionNotices").GetProperty("items").EnumerateArray(), n =>
        {
            Assert.Equal(province, n.GetProperty("province").GetProperty("id").GetString());
            Assert.Contains(n.GetProperty("assetType").GetString(), new[] { "LAND_USE_RIGHTS", "VEHICLES" });
        });

        var negative = await host.PostAsync("query { auctionNotices(filter: { startingPriceMin: -5 }) { totalCount } }");
        Assert.True(negative.HasErrors);
    }

    [Fact]
    public async Task Notices_order_by_auction_date_and_page_with_after()
    {
        var ten = await host.PostAsync("query { auctionNotices(order: { field: AUCTION_DATE, direction: DESC }, first: 10) { items { id auctionAt } } }");
        ten.AssertNoErrors();
        var ids = ten.Data.GetProperty("auctionNotices").GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        var dates = ten.Data.GetProperty("auctionNotices").GetProperty("items").EnumerateArray().Select(n => n.GetProperty("auctionAt").GetDateTime()).ToList();
        Assert.Equal(dates.OrderDescending().ToList(), dates);

        var first = await host.PostAsync("query { auctionNotices(order: { field: AUCTION_DATE, direction: DESC }, first: 5) { pageInfo { endCursor hasNextPage } items { id } } }");
        var cursor = first.Data.GetProperty("auctionNotices").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await host.PostAsync("query($after: String) { auctionNotices(order: { field: AUCTION_DATE, direction: DESC }, first: 5, after: $after) { pageInfo { hasPreviousPage } items { id } } }", new { after = cursor });
        second.AssertNoErrors();
        Assert.True(second.Data.GetProperty("auctionNotices").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(ids.Skip(5), second.Data.GetProperty("auctionNotices").GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetString()));

        var tooMany = await host.PostAsync("query { auctionNotices(first: 101) { totalCount } }");
        Assert.Contains("PAGE_TOO_LARGE", tooMany.ErrorCodes);
    }

    [Fact]
    public async Task Notices_organisations_auctioneers_and_owners_round_trip_through_node()
    {
        var listed = await host.PostAsync("""
            query { auctionNotices(first: 1) { items { id assetOwner { id } auctionOrganisation { id auctioneers { id } } } } }
            """);
        listed.AssertNoErrors();
        var notice = listed.Data.GetProperty("auctionNotices").GetProperty("items")[0];
        var ids = new[]
        {
            notice.GetProperty("id").GetString()!, notice.GetProperty("assetOwner").GetProperty("id").GetString()!,
            notice.GetProperty("auctionOrganisation").GetProperty("id").GetString()!,
            notice.GetProperty("auctionOrganisation").GetProperty("auctioneers")[0].GetProperty("id").GetString()!,
        };
        foreach (var id in ids)
        {
            var node = await host.PostAsync("query($id: ID!) { node(id: $id) { id __typename } }", new { id });
            node.AssertNoErrors();
            Assert.Equal(id, node.Data.GetProperty("node").GetProperty("id").GetString());
        }
        var wrongType = await host.PostAsync("query($id: ID!) { auctionNotice(id: $id) { id } }", new { id = ids[1] });
        Assert.Contains("INVALID_ID", wrongType.ErrorCodes);
    }

    [Fact]
    public async Task Fifty_notices_with_nested_organisation_and_province_run_as_many_queries_as_ten()
    {
        const string query = """
            query($n: Int) {
              auctionNotices(first: $n) {
                totalCount
                items {
                  id startingPrice
                  province { name parent { name } }
                  assetOwner { name }
                  auctionOrganisation { name province { name } organisation { name administrativeUnit { name } } auctioneers { fullName } }
                }
              }
            }
            """;
        (await host.PostAsync(query, new { n = 5 })).AssertNoErrors();

        async Task<int> CountAsync(int n)
        {
            using var counter = new SqlCommandCounter(host);
            var response = await host.PostAsync(query, new { n });
            response.AssertNoErrors();
            Assert.Equal(n, response.Data.GetProperty("auctionNotices").GetProperty("items").GetArrayLength());
            return counter.Count;
        }

        var ten = await CountAsync(10);
        var fifty = await CountAsync(50);
        Assert.Equal(ten, fifty);
        Assert.InRange(fifty, 1, 12);
    }
}
