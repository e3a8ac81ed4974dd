using Justice.Domain.AdministrativeUnits;
using Justice.Domain.DemoData;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Domain.Organisations;

/// <summary>
/// The bodies every area refers to: the Ministry of Justice and its units, the ministries, and in each of
/// the 34 provinces the Department of Justice, the people's court, the enforcement office and the public
/// auction centre; plus the People's Committees of a few communes per province (all of them at larger scales).
/// </summary>
public sealed class OrganisationsReferenceData : IDemoDataContributor
{
    public int Order => 10;
    public string Area => "Organisations";

    /// <summary>Ministries and ministry-level agencies (structure since 01/03/2025) with their usual abbreviations.</summary>
    public static readonly (string Code, string Name)[] Ministries =
    [
        ("BQP", "Bộ Quốc phòng"), ("BCA", "Bộ Công an"), ("BNG", "Bộ Ngoại giao"), ("BNV", "Bộ Nội vụ"),
        ("BTP", "Bộ Tư pháp"), ("BTC", "Bộ Tài chính"), ("BCT", "Bộ Công Thương"),
        ("BNNMT", "Bộ Nông nghiệp và Môi trường"), ("BXD", "Bộ Xây dựng"),
        ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"), ("BKHCN", "Bộ Khoa học và Công nghệ"),
        ("BGDĐT", "Bộ Giáo dục và Đào tạo"), ("BYT", "Bộ Y tế"), ("BDTTG", "Bộ Dân tộc và Tôn giáo"),
        ("NHNN", "Ngân hàng Nhà nước Việt Nam"), ("TTCP", "Thanh tra Chính phủ"), ("VPCP", "Văn phòng Chính phủ"),
    ];

    private static readonly (string Code, string Name)[] MinistryOfJusticeUnits =
    [
        ("CHTQTCT", "Cục Hộ tịch, quốc tịch, chứng thực"),
        ("TTLLTPQG", "Trung tâm Lý lịch tư pháp quốc gia"),
        ("CKTVB", "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính"),
        ("CBTTP", "Cục Bổ trợ tư pháp"),
        ("CQLTHADS", "Cục Quản lý thi hành án dân sự"),
        ("VKHTC", "Vụ Kế hoạch – Tài chính"),
        ("CCNTT", "Cục Công nghệ thông tin"),
        ("VPBTP", "Văn phòng Bộ"),
    ];

    public async Task SeedAsync(JusticeDbContext db, DemoDataContext context, CancellationToken cancellationToken)
    {
        var today = AdministrativeUnit.Reform2025;
        var units = await db.Set<AdministrativeUnit>().AsNoTracking()
            .Where(u => u.ValidFrom >= today).OrderBy(u => u.Code).ToListAsync(cancellationToken);
        var provinces = units.Where(u => u.Level == AdministrativeLevel.Province).ToList();
        var communesByProvince = units.Where(u => u.Level == AdministrativeLevel.Commune).ToLookup(u => u.ParentId);

        var organisations = new List<Organisation>();
        foreach (var (code, name) in Ministries)
            organisations.Add(new Organisation(name, OrganisationKind.Ministry, code: code));
        var ministryOfJustice = organisations.Single(o => o.Code == "BTP");
        foreach (var (code, name) in MinistryOfJusticeUnits)
            organisations.Add(new Organisation(name, OrganisationKind.MinistryOfJusticeUnit, parentId: ministryOfJustice.Id, code: code));
        var supremeCourt = new Organisation("Tòa án nhân dân tối cao", OrganisationKind.Court, code: "TANDTC");
        var supremeProcuracy = new Organisation("Viện kiểm sát nhân dân tối cao", OrganisationKind.Procuracy, code: "VKSNDTC");
        organisations.AddRange([supremeCourt, supremeProcuracy]);

        var communesPerProvince = Math.Clamp(context.Scale.CivilStatusRecords / 1_000, 3, int.MaxValue);
        foreach (var province in provinces)
        {
            var place = AdministrativeUnit.ProvinceInSentence(province.Name);
            var department = new Organisation($"Sở Tư pháp {place}", OrganisationKind.ProvincialJusticeDepartment, province.Id, ministryOfJustice.Id, $"STP{province.Code}");
            organisations.Add(department);
            organisations.Add(new Organisation($"Tòa án nhân dân {place}", OrganisationKind.Court, province.Id, supremeCourt.Id, $"TAND{province.Code}"));
            organisations.Add(new Organisation($"Thi hành án dân sự {place}", OrganisationKind.EnforcementOffice, province.Id, ministryOfJustice.Id, $"THADS{province.Code}"));
            organisations.Add(new Organisation($"Trung tâm Dịch vụ đấu giá tài sản {place}", OrganisationKind.AuctionOrganisation, province.Id, department.Id, $"TTĐG{province.Code}"));
            foreach (var commune in communesByProvince[province.Id].Take(communesPerProvince))
                organisations.Add(new Organisation($"Ủy ban nhân dân {char.ToLowerInvariant(commune.Name[0])}{commune.Name[1..]}", OrganisationKind.CommunePeoplesCommittee, commune.Id, department.Id, $"UBND{commune.Code}"));
        }
        db.AddRange(organisations);
    }

}
