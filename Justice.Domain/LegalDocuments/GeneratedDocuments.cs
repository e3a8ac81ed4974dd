using System.Globalization;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Common;
using Justice.Domain.DemoData;
using Justice.Domain.Organisations;

namespace Justice.Domain.LegalDocuments;

/// <summary>
/// Generated, realistic documents below the statutes: decrees, circulars, joint circulars (until they were
/// abolished on 01/07/2016), Prime Minister's decisions and provincial decisions and resolutions, in
/// issue-date order so that each guides, amends, replaces or rests on an earlier one.
/// </summary>
internal sealed class GeneratedDocuments(
    DemoDataContext context,
    IReadOnlyList<Organisation> ministries,
    IReadOnlyList<AdministrativeUnit> provinces,
    IReadOnlyDictionary<string, LegalDocument> realDocuments)
{
    public const int Count = 250;
    private const int RecentCount = 8;

    private static readonly DateOnly JointCircularsAbolished = new(2016, 7, 1);
    private static readonly DateOnly MinistriesMerged = new(2025, 3, 1);

    private sealed record Area(string Field, string Phrase, string LawTitle, string? LawNumber, string MinistryCode,
        string? FormerCode = null, string? FormerName = null);

    private static readonly Area[] Areas =
    [
        new("Hộ tịch", "đăng ký và quản lý hộ tịch", "Luật Hộ tịch", "60/2014/QH13", "BTP"),
        new("Dân sự", "đăng ký biện pháp bảo đảm", "Bộ luật Dân sự", "91/2015/QH13", "BTP"),
        new("Lao động", "tiền lương và quan hệ lao động", "Bộ luật Lao động", "45/2019/QH14", "BNV", "BLĐTBXH", "Bộ Lao động – Thương binh và Xã hội"),
        new("An ninh quốc gia", "bảo vệ an ninh mạng", "Luật An ninh mạng", "24/2018/QH14", "BCA"),
        new("Hình sự", "thi hành án hình sự", "Bộ luật Hình sự", "100/2015/QH13", "BCA"),
        new("Bổ trợ tư pháp", "đấu giá tài sản", "Luật Đấu giá tài sản", null, "BTP"),
        new("Lý lịch tư pháp", "lý lịch tư pháp", "Luật Lý lịch tư pháp", null, "BTP"),
        new("Thi hành án dân sự", "thi hành án dân sự", "Luật Thi hành án dân sự", null, "BTP"),
        new("Phổ biến, giáo dục pháp luật", "phổ biến, giáo dục pháp luật", "Luật Phổ biến, giáo dục pháp luật", null, "BTP"),
        new("Thuế", "quản lý thuế", "Luật Quản lý thuế", null, "BTC"),
        new("Đất đai", "quản lý và sử dụng đất đai", "Luật Đất đai", null, "BNNMT", "BTNMT", "Bộ Tài nguyên và Môi trường"),
        new("Môi trường", "bảo vệ môi trường", "Luật Bảo vệ môi trường", null, "BNNMT", "BTNMT", "Bộ Tài nguyên và Môi trường"),
        new("Giao thông", "trật tự, an toàn giao thông đường bộ", "Luật Giao thông đường bộ", null, "BXD", "BGTVT", "Bộ Giao thông vận tải"),
        new("Xây dựng", "quản lý hoạt động đầu tư xây dựng", "Luật Xây dựng", null, "BXD"),
        new("Giáo dục", "giáo dục phổ thông", "Luật Giáo dục", null, "BGDĐT"),
        new("Y tế", "khám bệnh, chữa bệnh", "Luật Khám bệnh, chữa bệnh", null, "BYT"),
        new("Du lịch", "kinh doanh dịch vụ du lịch", "Luật Du lịch", null, "BVHTTDL"),
        new("Ngân hàng", "hoạt động của tổ chức tín dụng", "Luật Các tổ chức tín dụng", null, "NHNN"),
        new("Thương mại", "thương mại điện tử", "Luật Thương mại", null, "BCT"),
        new("Giao dịch điện tử", "giao dịch điện tử", "Luật Giao dịch điện tử", null, "BKHCN", "BTTTT", "Bộ Thông tin và Truyền thông"),
        new("Cán bộ, công chức", "tuyển dụng, sử dụng và quản lý công chức", "Luật Cán bộ, công chức", null, "BNV"),
    ];

    private static readonly (string, string)[] JointIssuers = [("BTP", "BCA"), ("BTP", "BTC"), ("BTP", "BNG"), ("BCA", "BQP"), ("BTP", "BYT"), ("BTC", "BGDĐT")];


    private readonly Random _random = context.Random;
    private readonly HashSet<(string, Guid?)> _usedNumbers = [.. realDocuments.Keys.Select(k => (k, (Guid?)null))];
    private readonly Dictionary<string, int> _sequences = [];
    private readonly List<(LegalDocument Document, Area Area)> _generated = [];

    public void Generate(Action<LegalDocument> add)
    {
        var from = new DateOnly(2010, 1, 1);
        var to = context.ReferenceDate.AddDays(-20);
        // A handful issued in the last weeks, so some documents are not yet in force on the reference date.
        var recentFrom = context.ReferenceDate.AddDays(-40);
        var dates = Enumerable.Range(0, Count)
            .Select(i => i < RecentCount ? context.DateBetween(recentFrom, context.ReferenceDate.AddDays(-5)) : context.DateBetween(from, to))
            .Order().ToList();
        foreach (var issued in dates)
        {
            var area = context.Pick(Areas);
            var roll = _random.Next(100);
            var document = roll switch
            {
                < 24 => Decree(area, issued),
                < 56 => issued < JointCircularsAbolished && roll < 34 ? JointCircular(area, issued) : Circular(area, issued),
                < 64 => PrimeMinisterDecision(area, issued),
                < 86 => ProvincialDecision(area, issued),
                _ => ProvincialResolution(area, issued),
            };
            document.SetFields([area.Field]);
            if (_random.Next(5) == 0)
                document.AddAttachment("Phụ lục: Biểu mẫu", $"https://vanban.demo.invalid/{issued.Year}/{Slug(document.Number!.Value)}/phu-luc-01.pdf");
            document.RefreshStatus(context.ReferenceDate);
            _generated.Add((document, area));
            add(document);
        }
        // A few local documents suspended after review by the Ministry of Justice's inspection of documents.
        foreach (var (document, _) in _generated.Where(g => !g.Document.IsCentral && g.Document.Status == ValidityStatus.InForce).Take(3))
            document.ChangeStatus(ValidityStatus.Suspended, context.ReferenceDate);
    }

    private LegalDocument Decree(Area area, DateOnly issued)
    {
        var number = NextNumber("NĐ", ["CP"], issued.Year, null);
        var earlier = Latest(area, LegalDocumentType.Decree, issued, includeReal: false);
        var law = area.LawNumber is null ? null : realDocuments[area.LawNumber];
        var variant = _random.Next(4);
        string title = variant switch
        {
            0 => $"Nghị định quy định chi tiết một số điều và biện pháp thi hành {area.LawTitle}",
            1 => $"Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực {area.Phrase}",
            2 when earlier is not null => $"Nghị định sửa đổi, bổ sung một số điều của Nghị định số {earlier.Number} {Tail(earlier.Title, "Nghị định ")}",
            _ => $"Nghị định quy định về {area.Phrase}",
        };
        var document = new LegalDocument(number, LegalDocumentType.Decree, title, "Chính phủ", issueDate: issued);
        document.SetSigner(PersonName(), "TM. Chính phủ – KT. Thủ tướng – Phó Thủ tướng");
        SetDates(document, issued, 30, 60, gazette: true);
        if (law is not null && law.EffectiveDate <= document.EffectiveDate)
        {
            document.AddRelation(LegalDocumentRelationType.LegalBasis, law.Id);
            if (variant == 0) document.AddRelation(LegalDocumentRelationType.Guides, law.Id);
        }
        if (variant == 2 && earlier is not null) Amend(document, earlier);
        var replaced = variant == 3 && earlier is not null && Replace(document, earlier) ? earlier : null;
        AddArticles(document, area, replaced);
        return document;
    }

    private LegalDocument Circular(Area area, DateOnly issued)
    {
        var (code, name, ministryId) = Ministry(area, issued);
        var number = NextNumber("TT", [code], issued.Year, null);
        var decree = Latest(area, LegalDocumentType.Decree, issued);
        var earlier = Latest(area, LegalDocumentType.Circular, issued, includeReal: false);
        var variant = _random.Next(4);
        string title = variant switch
        {
            0 when decree is not null => $"Thông tư quy định chi tiết thi hành một số điều của Nghị định số {decree.Number} {Tail(decree.Title, "Nghị định ")}",
            1 => $"Thông tư quy định chế độ báo cáo thống kê trong lĩnh vực {area.Phrase}",
            2 => $"Thông tư ban hành biểu mẫu, giấy tờ dùng trong lĩnh vực {area.Phrase}",
            _ => $"Thông tư hướng dẫn nghiệp vụ {area.Phrase}",
        };
        var document = new LegalDocument(number, LegalDocumentType.Circular, title, name, ministryId, issued);
        document.SetSigner(PersonName(), "KT. Bộ trưởng – Thứ trưởng");
        SetDates(document, issued, 45, 60, gazette: true);
        if (decree is not null)
        {
            document.AddRelation(LegalDocumentRelationType.LegalBasis, decree.Id);
            if (variant == 0) document.AddRelation(LegalDocumentRelationType.Guides, decree.Id);
        }
        var replaced = variant == 3 && earlier is not null && Replace(document, earlier) ? earlier : null;
        AddArticles(document, area, replaced);
        return document;
    }

    private LegalDocument JointCircular(Area area, DateOnly issued)
    {
        var (first, second) = context.Pick(JointIssuers);
        var number = NextNumber("TTLT", [first, second], issued.Year, null);
        var names = string.Join(" – ", new[] { first, second }.Select(c => ministries.FirstOrDefault(m => m.Code == c)?.Name ?? c));
        var document = new LegalDocument(number, LegalDocumentType.JointCircular,
            $"Thông tư liên tịch hướng dẫn việc phối hợp giữa các cơ quan trong {area.Phrase}", names, issueDate: issued);
        document.SetSigner(PersonName(), "KT. Bộ trưởng – Thứ trưởng");
        SetDates(document, issued, 45, 60, gazette: true);
        AddArticles(document, area, null);
        return document;
    }

    private LegalDocument PrimeMinisterDecision(Area area, DateOnly issued)
    {
        // Programme approvals are not normative and carry no year (1819/QĐ-TTg); normative decisions do.
        var normative = _random.Next(3) == 0;
        var number = NextNumber("QĐ", ["TTg"], normative ? issued.Year : null, null, normative ? 1 : 100);
        var start = issued.Year + 1;
        var title = normative
            ? $"Quyết định quy định tiêu chí, điều kiện trong lĩnh vực {area.Phrase}"
            : $"Quyết định phê duyệt Đề án nâng cao hiệu quả công tác {area.Phrase} giai đoạn {start}–{start + 4}";
        var document = new LegalDocument(number, LegalDocumentType.Decision, title, "Thủ tướng Chính phủ", issueDate: issued);
        document.SetSigner(PersonName(), "KT. Thủ tướng – Phó Thủ tướng");
        SetDates(document, issued, normative ? 30 : 0, normative ? 45 : 0, gazette: normative);
        AddArticles(document, area, null);
        return document;
    }

    private LegalDocument ProvincialDecision(Area area, DateOnly issued)
    {
        var province = Province(issued);
        var place = PlaceName(province);
        var number = NextNumber("QĐ", ["UBND"], issued.Year, province.Id);
        var title = _random.Next(2) == 0
            ? $"Quyết định ban hành Quy định phân cấp quản lý nhà nước về {area.Phrase} trên địa bàn {place}"
            : $"Quyết định quy định chi tiết một số nội dung về {area.Phrase} trên địa bàn {place}";
        var document = new LegalDocument(number, LegalDocumentType.Decision, title, $"Ủy ban nhân dân {place}", issueDate: issued);
        document.SetScope(province.Id);
        document.SetSigner(PersonName(), _random.Next(2) == 0 ? "TM. Ủy ban nhân dân – Chủ tịch" : "TM. Ủy ban nhân dân – KT. Chủ tịch – Phó Chủ tịch");
        SetDates(document, issued, 10, 20, gazette: false);
        AddLocalBasis(document, area, issued);
        var earlier = _generated.LastOrDefault(g => g.Document.ProvinceId == province.Id && g.Area == area && g.Document.Type == LegalDocumentType.Decision).Document;
        var replaced = earlier is not null && Replace(document, earlier) ? earlier : null;
        AddArticles(document, area, replaced, place);
        return document;
    }

    private LegalDocument ProvincialResolution(Area area, DateOnly issued)
    {
        var province = Province(issued);
        var place = PlaceName(province);
        var number = NextNumber("NQ", ["HĐND"], issued.Year, province.Id);
        var title = _random.Next(2) == 0
            ? $"Nghị quyết quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực {area.Phrase} trên địa bàn {place}"
            : $"Nghị quyết quy định chính sách hỗ trợ trong lĩnh vực {area.Phrase} trên địa bàn {place}";
        var document = new LegalDocument(number, LegalDocumentType.Resolution, title, $"Hội đồng nhân dân {place}", issueDate: issued);
        document.SetScope(province.Id);
        document.SetSigner(PersonName(), "Chủ tịch");
        SetDates(document, issued, 10, 20, gazette: false);
        AddLocalBasis(document, area, issued);
        AddArticles(document, area, null, place);
        return document;
    }

    private void AddLocalBasis(LegalDocument document, Area area, DateOnly issued)
    {
        if (area.LawNumber is { } lawNumber && realDocuments[lawNumber].EffectiveDate <= issued)
            document.AddRelation(LegalDocumentRelationType.LegalBasis, realDocuments[lawNumber].Id);
        if (Latest(area, LegalDocumentType.Decree, issued) is { } decree)
            document.AddRelation(LegalDocumentRelationType.LegalBasis, decree.Id);
    }

    private void Amend(LegalDocument amending, LegalDocument amended)
    {
        amending.AddRelation(LegalDocumentRelationType.Amends, amended.Id);
        if (amended.Status == ValidityStatus.InForce && amending.EffectiveDate <= context.ReferenceDate && _random.Next(2) == 0)
            amended.ChangeStatus(ValidityStatus.PartlyExpired, context.ReferenceDate);
    }

    private bool Replace(LegalDocument replacing, LegalDocument replaced)
    {
        if (replaced.ExpiryDate is not null || !(replaced.EffectiveDate < replacing.EffectiveDate)) return false;
        replacing.AddRelation(LegalDocumentRelationType.Replaces, replaced.Id);
        replaced.SetDates(replaced.IssueDate, replaced.EffectiveDate, replacing.EffectiveDate, replaced.GazetteDate);
        replaced.RefreshStatus(context.ReferenceDate);
        return true;
    }

    /// <summary>Effective a set number of days after issue (the usual 45 for decrees), gazette a few days after issue.</summary>
    private void SetDates(LegalDocument document, DateOnly issued, int minDays, int maxDays, bool gazette)
    {
        var effective = issued.AddDays(_random.Next(minDays, maxDays + 1));
        var gazetteDate = gazette ? issued.AddDays(_random.Next(3, 25)) : (DateOnly?)null;
        if (gazetteDate > context.ReferenceDate) gazetteDate = null;
        document.SetDates(issued, effective, null, gazetteDate);
    }

    private void AddArticles(LegalDocument document, Area area, LegalDocument? replaced, string? place = null)
    {
        var kind = document.Type.VietnameseName();
        var scope = place is null ? "" : $" trên địa bàn {place}";
        document.AddProvision(ProvisionKind.Article, "1", "Phạm vi điều chỉnh",
            $"{kind} này quy định về {area.Phrase}{scope}.");
        var subjects = document.AddProvision(ProvisionKind.Article, "2", "Đối tượng áp dụng", "");
        document.AddProvision(ProvisionKind.Clause, "1", null, $"Cơ quan nhà nước có thẩm quyền trong lĩnh vực {area.Phrase}.", subjects);
        document.AddProvision(ProvisionKind.Clause, "2", null, $"Tổ chức, cá nhân có liên quan đến hoạt động {area.Phrase}.", subjects);
        var next = 3;
        if (_random.Next(2) == 0)
        {
            var duties = document.AddProvision(ProvisionKind.Article, "3", "Trách nhiệm tổ chức thực hiện", "");
            document.AddProvision(ProvisionKind.Clause, "1", null, "Thủ trưởng cơ quan, đơn vị có liên quan chịu trách nhiệm hướng dẫn, kiểm tra việc thực hiện.", duties);
            var report = document.AddProvision(ProvisionKind.Clause, "2", null, "Định kỳ hằng năm, cơ quan chủ trì có trách nhiệm:", duties);
            document.AddProvision(ProvisionKind.Point, "a", null, "Tổng hợp kết quả thực hiện;", report);
            document.AddProvision(ProvisionKind.Point, "b", null, "Báo cáo cơ quan cấp trên trước ngày 15 tháng 12.", report);
            next = 4;
        }
        var effect = document.AddProvision(ProvisionKind.Article, next.ToString(CultureInfo.InvariantCulture), "Hiệu lực thi hành", "");
        var effective = document.EffectiveDate!.Value;
        document.AddProvision(ProvisionKind.Clause, "1", null,
            $"{kind} này có hiệu lực thi hành kể từ ngày {effective:dd} tháng {effective:MM} năm {effective:yyyy}.", effect);
        if (replaced is not null)
            document.AddProvision(ProvisionKind.Clause, "2", null,
                $"{replaced.Citation} hết hiệu lực kể từ ngày {kind.ToLowerInvariant()} này có hiệu lực thi hành.", effect);
    }

    private DocumentNumber NextNumber(string typeCode, string[] issuers, int? year, Guid? provinceId, int start = 1)
    {
        var key = $"{typeCode}|{string.Join('-', issuers)}|{year}|{provinceId}";
        while (true)
        {
            var sequence = _sequences.TryGetValue(key, out var last) ? last + _random.Next(1, 12) : start + _random.Next(0, 30);
            _sequences[key] = sequence;
            var formatted = sequence < 10 ? $"0{sequence}" : sequence.ToString(CultureInfo.InvariantCulture);
            var text = year is null ? $"{formatted}/{typeCode}-{string.Join('-', issuers)}" : $"{formatted}/{year}/{typeCode}-{string.Join('-', issuers)}";
            var number = DocumentNumber.Parse(text);
            if (_usedNumbers.Add((number.Value, provinceId))) return number;
        }
    }

    private (string Code, string Name, Guid? Id) Ministry(Area area, DateOnly issued)
    {
        if (area.FormerCode is not null && issued < MinistriesMerged) return (area.FormerCode, area.FormerName!, null);
        var ministry = ministries.FirstOrDefault(m => m.Code == area.MinistryCode);
        return ministry is null ? (area.MinistryCode, area.MinistryCode, null) : (area.MinistryCode, ministry.Name, ministry.Id);
    }

    private LegalDocument? Latest(Area area, LegalDocumentType type, DateOnly before, bool includeReal = true)
    {
        var generated = _generated.LastOrDefault(g => g.Area == area && g.Document.Type == type && g.Document.IsCentral
            && g.Document.EffectiveDate <= before && g.Document.Status != ValidityStatus.Expired).Document;
        if (generated is not null || !includeReal) return generated;
        return realDocuments.Values.FirstOrDefault(d => d.Type == type && d.Fields.Contains(area.Field) && d.EffectiveDate <= before && d.ExpiryDate is null);
    }

    private AdministrativeUnit Province(DateOnly issued)
    {
        var inForce = provinces.Where(p => p.IsInForceOn(issued)).ToList();
        return context.Pick(inForce);
    }

    private static string PlaceName(AdministrativeUnit province) => AdministrativeUnit.ProvinceInSentence(province.Name);

    private static string Tail(string title, string prefix) =>
        title.StartsWith(prefix, StringComparison.Ordinal) ? title[prefix.Length..] : title;

    private static string Slug(string number) => VietnameseText.Fold(number).Replace('/', '-');

    private string PersonName() => DemoPeople.PersonName(context.Random);
}
