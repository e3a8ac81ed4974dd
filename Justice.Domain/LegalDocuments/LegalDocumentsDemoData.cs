using System.IO.Compression;
using System.Reflection;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.DemoData;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Domain.LegalDocuments;

/// <summary>
/// The four real statutes shipped with the product (Civil Code, Law on Cybersecurity, Labour Code and the
/// consolidated Criminal Code, article by article), the real documents around them (the codes they
/// replaced, guiding decrees), and about 250 generated decrees, circulars, Prime Minister's decisions and
/// provincial decisions and resolutions, with relations between them.
/// </summary>
public sealed class LegalDocumentsDemoData : IDemoDataContributor
{
    public int Order => 100;
    public string Area => "LegalDocuments";

    public const string StatuteResourceName = "laws-2022-numbered.json.gz";

    /// <summary>What the corpus leaves out about the shipped statutes (public facts of each law).</summary>
    public static readonly IReadOnlyDictionary<string, StatuteMetadata> ShippedStatutes = new Dictionary<string, StatuteMetadata>
    {
        ["91/2015/QH13"] = new("Bộ luật Dân sự", LegalDocumentType.CodeOfLaws, "Quốc hội", null, new(2015, 11, 24), new(2017, 1, 1),
            "Nguyễn Sinh Hùng", "Chủ tịch Quốc hội", ["Dân sự"]),
        ["24/2018/QH14"] = new("Luật An ninh mạng", LegalDocumentType.Law, "Quốc hội", null, new(2018, 6, 12), new(2019, 1, 1),
            "Nguyễn Thị Kim Ngân", "Chủ tịch Quốc hội", ["An ninh quốc gia", "Công nghệ thông tin"]),
        ["45/2019/QH14"] = new("Bộ luật Lao động", LegalDocumentType.CodeOfLaws, "Quốc hội", null, new(2019, 11, 20), new(2021, 1, 1),
            "Nguyễn Thị Kim Ngân", "Chủ tịch Quốc hội", ["Lao động"]),
        ["01/VBHN-VPQH"] = new("Bộ luật Hình sự", LegalDocumentType.ConsolidatedText, "Văn phòng Quốc hội", null, new(2017, 7, 10), null,
            "Nguyễn Hạnh Phúc", "Chủ nhiệm Văn phòng Quốc hội", ["Hình sự"]),
    };

    /// <summary>Real documents related to the shipped statutes, metadata only: (number, type, title, issuer, issued, effective, expiry, field).</summary>
    private static readonly (string Number, LegalDocumentType Type, string Title, string Issuer, DateOnly Issued, DateOnly Effective, DateOnly? Expiry, string Field)[] RelatedDocuments =
    [
        ("33/2005/QH11", LegalDocumentType.CodeOfLaws, "Bộ luật Dân sự", "Quốc hội", new(2005, 6, 14), new(2006, 1, 1), new(2017, 1, 1), "Dân sự"),
        ("10/2012/QH13", LegalDocumentType.CodeOfLaws, "Bộ luật Lao động", "Quốc hội", new(2012, 6, 18), new(2013, 5, 1), new(2021, 1, 1), "Lao động"),
        ("100/2015/QH13", LegalDocumentType.CodeOfLaws, "Bộ luật Hình sự", "Quốc hội", new(2015, 11, 27), new(2018, 1, 1), null, "Hình sự"),
        ("12/2017/QH14", LegalDocumentType.Law, "Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13", "Quốc hội", new(2017, 6, 20), new(2018, 1, 1), null, "Hình sự"),
        ("60/2014/QH13", LegalDocumentType.Law, "Luật Hộ tịch", "Quốc hội", new(2014, 11, 20), new(2016, 1, 1), null, "Hộ tịch"),
        ("123/2015/NĐ-CP", LegalDocumentType.Decree, "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch", "Chính phủ", new(2015, 11, 15), new(2016, 1, 1), null, "Hộ tịch"),
        ("21/2021/NĐ-CP", LegalDocumentType.Decree, "Nghị định quy định thi hành Bộ luật Dân sự về bảo đảm thực hiện nghĩa vụ", "Chính phủ", new(2021, 3, 19), new(2021, 5, 15), null, "Dân sự"),
        ("145/2020/NĐ-CP", LegalDocumentType.Decree, "Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động", "Chính phủ", new(2020, 12, 14), new(2021, 2, 1), null, "Lao động"),
        ("53/2022/NĐ-CP", LegalDocumentType.Decree, "Nghị định quy định chi tiết một số điều của Luật An ninh mạng", "Chính phủ", new(2022, 8, 15), new(2022, 10, 1), null, "An ninh quốc gia"),
    ];

    /// <summary>(relating, type, related) among the real documents.</summary>
    private static readonly (string From, LegalDocumentRelationType Type, string To)[] RealRelations =
    [
        ("91/2015/QH13", LegalDocumentRelationType.Replaces, "33/2005/QH11"),
        ("45/2019/QH14", LegalDocumentRelationType.Replaces, "10/2012/QH13"),
        ("12/2017/QH14", LegalDocumentRelationType.Amends, "100/2015/QH13"),
        ("01/VBHN-VPQH", LegalDocumentRelationType.Consolidates, "100/2015/QH13"),
        ("01/VBHN-VPQH", LegalDocumentRelationType.Consolidates, "12/2017/QH14"),
        ("123/2015/NĐ-CP", LegalDocumentRelationType.Guides, "60/2014/QH13"),
        ("123/2015/NĐ-CP", LegalDocumentRelationType.LegalBasis, "60/2014/QH13"),
        ("21/2021/NĐ-CP", LegalDocumentRelationType.Guides, "91/2015/QH13"),
        ("21/2021/NĐ-CP", LegalDocumentRelationType.LegalBasis, "91/2015/QH13"),
        ("145/2020/NĐ-CP", LegalDocumentRelationType.Guides, "45/2019/QH14"),
        ("145/2020/NĐ-CP", LegalDocumentRelationType.LegalBasis, "45/2019/QH14"),
        ("53/2022/NĐ-CP", LegalDocumentRelationType.Guides, "24/2018/QH14"),
        ("53/2022/NĐ-CP", LegalDocumentRelationType.LegalBasis, "24/2018/QH14"),
    ];

    /// <summary>Reads the shipped statutes from the assembly.</summary>
    public static IReadOnlyList<StatuteCorpusEntry> ReadShippedStatutes()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("LegalDocuments.Data." + StatuteResourceName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        return StatuteCorpusReader.ReadEntries(gzip);
    }

    public async Task SeedAsync(JusticeDbContext db, DemoDataContext context, CancellationToken cancellationToken)
    {
        var today = context.ReferenceDate;
        var ministries = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Ministry && o.Code != null)
            .OrderBy(o => o.Code).ToListAsync(cancellationToken);
        var provinces = await db.Set<AdministrativeUnit>().AsNoTracking()
            .Where(u => u.Level == AdministrativeLevel.Province)
            .OrderBy(u => u.Code).ThenBy(u => u.ValidFrom).ToListAsync(cancellationToken);

        var documents = new List<LegalDocument>();
        var byNumber = new Dictionary<string, LegalDocument>(StringComparer.Ordinal);
        void Add(LegalDocument document)
        {
            documents.Add(document);
            if (document.Number is not null && document.IsCentral) byNumber.Add(document.Number.Value, document);
        }

        // Points stay in their clause's text: a third fewer rows keeps the demo load within a couple of seconds.
        var reader = new StatuteCorpusReader(splitPoints: false);
        foreach (var entry in ReadShippedStatutes())
        {
            var document = reader.ToDocument(entry, ShippedStatutes.GetValueOrDefault(entry.Id));
            SettleStatus(document, today);
            Add(document);
        }
        foreach (var r in RelatedDocuments)
        {
            var document = new LegalDocument(DocumentNumber.Parse(r.Number), r.Type, r.Title, r.Issuer, issueDate: r.Issued, effectiveDate: r.Effective);
            document.SetDates(r.Issued, r.Effective, r.Expiry, null);
            document.SetFields([r.Field]);
            SettleStatus(document, today);
            Add(document);
        }
        foreach (var (from, type, to) in RealRelations)
            byNumber[from].AddRelation(type, byNumber[to].Id);

        new GeneratedDocuments(context, ministries, provinces, byNumber).Generate(Add);
        db.AddRange(documents);
    }

    /// <summary>From the dates; a consolidated text has no effective date of its own and is in force while published.</summary>
    private static void SettleStatus(LegalDocument document, DateOnly today)
    {
        if (document.EffectiveDate is null) document.ChangeStatus(ValidityStatus.InForce, today);
        else document.RefreshStatus(today);
    }
}
