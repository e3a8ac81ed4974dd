using Justice.Domain.Common;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.DemoData;
using Justice.Domain.Enforcement;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Domain.Auctions;

/// <summary>
/// Auction organisations (the provincial public centres plus partnership companies), auctioneers, asset
/// owners, selection notices and public auction notices spread over the last months and the weeks ahead,
/// the past ones with their results.
/// </summary>
public sealed class AuctionsDemoData : IDemoDataContributor
{
    public int Order => 300;
    public string Area => "Auctions";

    private static readonly string[] CompanyBrands =
    [
        "Lạc Việt", "Đông Á", "Sài Gòn", "Hưng Thịnh", "Thành Công", "Phú Gia", "An Phát", "Bảo Long", "Minh Khang", "Việt Tín",
        "Đại Nam", "Hoàng Gia", "Nhật Minh", "Phúc Thịnh", "Toàn Cầu", "Tân Phong", "Trường An", "Vạn Phúc", "Hồng Phát", "Kim Long",
        "Đức Thành", "Thiên Ân", "Quốc Việt", "Sông Hồng", "Miền Trung", "Tây Nguyên", "Cửu Long", "Đồng Tâm", "Hải Đăng", "Ngọc Lan",
        "Phương Đông", "Bắc Hà", "Nam Sơn", "Trí Việt", "Hợp Nhất", "Thịnh Vượng", "An Khang", "Bình Minh", "Chính Tín", "Duy Tân",
        "Gia Bảo", "Hưng Long", "Khải Hoàn", "Liên Việt", "Minh Tâm", "Nam Á", "Phú Thành", "Quang Minh", "Sao Việt", "Tâm Đức",
        "Thái Sơn", "Thăng Long", "Tín Nghĩa", "Trung Nam", "Uy Tín", "Việt Hưng", "Vĩnh Phát", "Xuân Thành", "Yên Bình", "Ánh Dương",
        "Bảo Minh", "Công Minh", "Đại Phát", "Đông Dương", "Hà Thành", "Hải Âu", "Kinh Bắc", "Lam Sơn", "Nam Bộ", "Rồng Việt",
        "Sơn Hà", "Tràng An", "Việt Úc", "Vinh Quang", "Phú Quý", "Toàn Thắng", "Hoàng Phát", "Đất Việt", "Tín Phát", "Thành Nam",
    ];

    private static readonly string[] Banks =
    [
        "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam",
        "Ngân hàng TMCP Công Thương Việt Nam", "Ngân hàng TMCP Ngoại thương Việt Nam", "Ngân hàng TMCP Sài Gòn Thương Tín",
        "Ngân hàng TMCP Việt Nam Thịnh Vượng", "Ngân hàng TMCP Quân đội", "Ngân hàng TMCP Á Châu",
    ];

    private static readonly string[] NotSoldReasons =
    [
        "Không có người đăng ký tham gia đấu giá", "Không có người trả giá tại cuộc đấu giá",
        "Giá trả cao nhất thấp hơn giá khởi điểm", "Người trúng đấu giá từ chối ký biên bản đấu giá",
    ];

    public async Task SeedAsync(JusticeDbContext db, DemoDataContext context, CancellationToken cancellationToken)
    {
        var random = context.Random;
        var rules = AuctionRulesOptions.Default;
        var (provinces, communesByProvince) = DemoPeople.Units(await db.Set<AdministrativeUnit>().AsNoTracking()
            .Where(u => u.ValidFrom >= AdministrativeUnit.Reform2025).OrderBy(u => u.Code).ToListAsync(cancellationToken));
        var organisations = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.AuctionOrganisation || o.Kind == OrganisationKind.EnforcementOffice
                        || o.Kind == OrganisationKind.ProvincialJusticeDepartment)
            .OrderBy(o => o.Code).ThenBy(o => o.Id).ToListAsync(cancellationToken);
        string Display(AdministrativeUnit p) => DemoPeople.ProvinceDisplayName(p);
        List<AdministrativeUnit> Communes(AdministrativeUnit p) => communesByProvince[p.Id].ToList();

        // Organisations and their auction profiles.
        var brands = CompanyBrands.OrderBy(_ => random.Next()).ToList();
        var newOrganisations = new List<Organisation>();
        var profiles = new List<AuctionOrganisation>();
        foreach (var province in provinces)
        {
            var communes = Communes(province);
            var centre = organisations.FirstOrDefault(o => o.Kind == OrganisationKind.AuctionOrganisation && o.AdministrativeUnitId == province.Id);
            if (centre is not null)
                profiles.Add(new AuctionOrganisation(centre, AuctionOrganisationKind.PublicCentre,
                    $"{random.Next(100, 3000)}/QĐ-UBND", DemoPeople.Address(random, province, communes), province));
            var department = organisations.FirstOrDefault(o => o.Kind == OrganisationKind.ProvincialJusticeDepartment && o.AdministrativeUnitId == province.Id);
            var companies = province.Code switch { "01" => 8, "79" => 10, "31" or "48" => 3, _ => 1 + random.Next(2) };
            for (var i = 0; i < companies && brands.Count > 0; i++)
            {
                var brand = brands[^1];
                brands.RemoveAt(brands.Count - 1);
                var organisation = new Organisation($"Công ty đấu giá hợp danh {brand}", OrganisationKind.AuctionOrganisation, province.Id, department?.Id);
                newOrganisations.Add(organisation);
                profiles.Add(new AuctionOrganisation(organisation, AuctionOrganisationKind.Company,
                    $"{i * 9 + 1 + random.Next(8):00}/TP-ĐKHĐ", DemoPeople.Address(random, province, communes), province));
            }
        }

        // Auctioneers: a handful per public centre, two or three per company; certificate numbers unique.
        var certificateNumbers = Enumerable.Range(100, 3900).OrderBy(_ => random.Next()).GetEnumerator();
        var auctioneers = new List<Auctioneer>();
        foreach (var profile in profiles)
        {
            var count = profile.Kind == AuctionOrganisationKind.PublicCentre ? 3 + random.Next(3) : 2 + random.Next(2);
            for (var i = 0; i < count && certificateNumbers.MoveNext(); i++)
                auctioneers.Add(new Auctioneer(DemoPeople.PersonName(random), $"{certificateNumbers.Current:0000}/TP/ĐG-CCHN", profile.Id));
        }

        // Asset owners: the enforcement office, two bank branches and a state body or two per province, a few individuals.
        var owners = new List<AssetOwner>();
        foreach (var province in provinces)
        {
            var communes = Communes(province);
            var office = organisations.FirstOrDefault(o => o.Kind == OrganisationKind.EnforcementOffice && o.AdministrativeUnitId == province.Id);
            if (office is not null)
                owners.Add(new AssetOwner(AssetOwnerKind.EnforcementAgency, office.Name, DemoPeople.Address(random, province, communes), office.Id, province.Id));
            foreach (var bank in Banks.OrderBy(_ => random.Next()).Take(2))
                owners.Add(new AssetOwner(AssetOwnerKind.Bank, $"{bank} – Chi nhánh {Display(province)}", DemoPeople.Address(random, province, communes), provinceId: province.Id));
            owners.Add(new AssetOwner(AssetOwnerKind.StateBody, $"Trung tâm Phát triển quỹ đất {Display(province)}", DemoPeople.Address(random, province, communes), provinceId: province.Id));
            owners.Add(random.Next(2) == 0
                ? new AssetOwner(AssetOwnerKind.StateBody, $"Công an {Display(province)}", DemoPeople.Address(random, province, communes), provinceId: province.Id)
                : new AssetOwner(AssetOwnerKind.StateBody, $"Sở Tài chính {Display(province)}", DemoPeople.Address(random, province, communes), provinceId: province.Id));
            if (random.Next(3) == 0)
                owners.Add(new AssetOwner(AssetOwnerKind.Individual, DemoPeople.PersonName(random), DemoPeople.Address(random, province, communes), provinceId: province.Id));
        }
        var ownersByProvince = owners.ToLookup(o => o.ProvinceId);
        var profilesByProvince = profiles.ToLookup(p => p.ProvinceId);

        // Small at every scale (see EnforcementDemoData): the scale knob is for the civil registry.
        var noticeCount = Math.Clamp(context.Scale.CivilStatusRecords / 10, 200, 2_000);
        var now = context.ReferenceInstant;
        var selections = new List<AuctionOrganisationSelectionNotice>();
        var notices = new List<PublicAuctionNotice>();

        // Selection notices; most past ones led to a choice, and many of those to a public notice.
        for (var i = 0; i < noticeCount * 3 / 10; i++)
        {
            var province = context.Pick(provinces);
            var owner = PickOwner(random, ownersByProvince[province.Id].ToList());
            var (description, type, price) = AuctionsDemoAssets.Create(random, owner.Kind, province, Communes(province));
            var publishedAt = VietnamInstant(context.ReferenceDate.AddDays(-random.Next(0, 150)), 8);
            var deadline = VietnamInstant(VietnamTime.LocalDate(publishedAt).AddDays(rules.MinimumSelectionSubmissionDays + random.Next(8)), 17);
            var selection = new AuctionOrganisationSelectionNotice(owner.Id, description, type, price,
                "Có phương án đấu giá khả thi, hiệu quả; năng lực, kinh nghiệm và uy tín của tổ chức đấu giá; thù lao dịch vụ đấu giá phù hợp; " +
                "có tên trong danh sách tổ chức đấu giá tài sản do Bộ Tư pháp công bố",
                publishedAt, deadline, rules, province.Id);
            selections.Add(selection);
            var selectedAt = deadline.AddDays(2);
            if (selectedAt >= now || random.NextDouble() > 0.85) continue;
            var organisation = context.Pick(profilesByProvince[province.Id].ToList());
            selection.SelectOrganisation(organisation.Id, selectedAt);
            if (random.NextDouble() < 0.7)
            {
                var earliest = VietnamTime.LocalDate(selectedAt).AddDays(1);
                var auctionDay = earliest.AddDays(rules.MinimumDaysBeforeAuctionFor(type) + random.Next(3, 30));
                notices.Add(CreateNotice(random, rules, now, organisation, owner, province, description, type, price, auctionDay, earliest, selection.Id));
            }
        }

        while (notices.Count < noticeCount)
        {
            var province = context.Pick(provinces);
            var owner = PickOwner(random, ownersByProvince[province.Id].ToList());
            var candidates = profilesByProvince[province.Id].ToList();
            var organisation = random.NextDouble() < 0.45
                ? candidates.FirstOrDefault(p => p.Kind == AuctionOrganisationKind.PublicCentre) ?? context.Pick(candidates)
                : context.Pick(candidates);
            var (description, type, price) = AuctionsDemoAssets.Create(random, owner.Kind, province, Communes(province));
            var auctionDay = context.ReferenceDate.AddDays(random.Next(-150, 46));
            notices.Add(CreateNotice(random, rules, now, organisation, owner, province, description, type, price, auctionDay, null, null));
        }

        db.AddRange(newOrganisations);
        db.AddRange(profiles);
        db.AddRange(auctioneers);
        db.AddRange(owners);
        db.AddRange(selections);
        db.AddRange(notices);
    }

    private static AssetOwner PickOwner(Random random, List<AssetOwner> owners)
    {
        var r = random.NextDouble();
        var kind = r < 0.35 ? AssetOwnerKind.EnforcementAgency : r < 0.65 ? AssetOwnerKind.Bank : r < 0.95 ? AssetOwnerKind.StateBody : AssetOwnerKind.Individual;
        var ofKind = owners.Where(o => o.Kind == kind).ToList();
        return ofKind.Count > 0 ? ofKind[random.Next(ofKind.Count)] : owners[random.Next(owners.Count)];
    }

    /// <summary>Builds a notice around its auction day and walks it through the workflow as far as "now" allows.</summary>
    private static PublicAuctionNotice CreateNotice(Random random, AuctionRulesOptions rules, DateTime now, AuctionOrganisation organisation,
        AssetOwner owner, AdministrativeUnit province, string description, AuctionAssetType type, long price, DateOnly auctionDay,
        DateOnly? earliestPublication, Guid? selectionId)
    {
        var minimumDays = rules.MinimumDaysBeforeAuctionFor(type);
        var publicationDay = auctionDay.AddDays(-(minimumDays + random.Next(0, 20)));
        if (earliestPublication is { } earliest && publicationDay < earliest) publicationDay = earliest;
        var publishedAt = VietnamInstant(publicationDay, 8);
        var auctionAt = VietnamInstant(auctionDay, random.Next(2) == 0 ? 9 : 14);
        var registrationDeadline = VietnamInstant(auctionDay.AddDays(-3), 17);
        var viewingFrom = VietnamInstant(publicationDay.AddDays(1), 8);
        var minimumDeposit = (int)Math.Ceiling(rules.MinimumDepositPercentFor(type));
        var depositPercent = Math.Min((int)rules.MaximumDepositPercent, minimumDeposit + 5 * random.Next(0, 3));
        var r = random.NextDouble();
        var form = r < 0.25 ? AuctionForm.Oral : r < 0.40 ? AuctionForm.DirectBallot : r < 0.65 ? AuctionForm.IndirectBallot : AuctionForm.Online;
        var method = random.NextDouble() < 0.95 ? AuctionMethod.Ascending : AuctionMethod.Descending;
        var auctionPlace = form == AuctionForm.Online
            ? $"Trang thông tin đấu giá trực tuyến của {organisation.Name}"
            : $"Hội trường {organisation.Name}, {organisation.Address}";
        var viewingPlace = type is AuctionAssetType.LandUseRights or AuctionAssetType.RealEstate
            ? "Tại nơi có tài sản (theo mô tả tài sản)"
            : $"Tại kho, bãi của {owner.Name}";
        var terms = new AuctionNoticeTerms(description, type, price, price * depositPercent / 100,
            viewingFrom, registrationDeadline, viewingPlace, registrationDeadline, auctionAt, auctionPlace, form, method);
        var notice = new PublicAuctionNotice(organisation.Id, owner.Id, province.Id, terms, rules, selectionId);
        if (publishedAt > now) return notice;

        notice.Publish(publishedAt, rules);
        var fate = random.NextDouble();
        if (auctionAt.AddHours(3) <= now)
        {
            if (fate < 0.06)
                notice.Cancel("Người có tài sản đấu giá rút lại tài sản trước khi mở cuộc đấu giá", auctionAt.AddDays(-2));
            else if (fate < 0.70)
            {
                var winning = method == AuctionMethod.Ascending
                    ? DemoPeople.RoundPrice(price * (1 + random.NextDouble() * 0.6))
                    : Math.Min(price, DemoPeople.RoundPrice(price * (0.85 + random.NextDouble() * 0.15)));
                notice.RecordSale(winning, auctionAt.AddHours(2));
            }
            else
                notice.RecordNoSale(NotSoldReasons[random.Next(NotSoldReasons.Length)], auctionAt.AddHours(2));
        }
        else if (auctionAt > now && fate < 0.08)
            notice.Postpone(owner.Kind == AssetOwnerKind.EnforcementAgency
                ? "Có quyết định hoãn thi hành án của cơ quan có thẩm quyền"
                : "Theo đề nghị của người có tài sản đấu giá", Max(publishedAt.AddHours(1), now.AddDays(-1)));
        else if (auctionAt > now && fate < 0.11)
            notice.Cancel("Tài sản đã được người phải thi hành án tự nguyện thi hành nghĩa vụ", Max(publishedAt.AddHours(1), now.AddDays(-1)));
        return notice;
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    /// <summary>An hour on Vietnam's clock (UTC+7) as a UTC instant.</summary>
    private static DateTime VietnamInstant(DateOnly day, int hour) => day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc).AddHours(-7);
}
