using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Justice.Domain.LegalDocuments;

namespace Justice.Bench.Search;

/// <summary>
/// The search benchmark's corpus: the real statutes kept with the repository (laws-28 and the four numbered
/// codes) and generated decrees, circulars, decisions and provincial documents up to the wanted size, shaped
/// like the demo data's (<c>GeneratedDocuments</c>): the same areas, title patterns, numbering and articles.
/// Deterministic for a seed.
/// </summary>
internal sealed class BenchCorpus
{
    public sealed record Province(Guid Id, string Name);

    public sealed record Area(string Field, string Phrase, string LawTitle, string Ministry, string MinistryCode);

    public static readonly Area[] Areas =
    [
        new("Hộ tịch", "đăng ký và quản lý hộ tịch", "Luật Hộ tịch", "Bộ Tư pháp", "BTP"),
        new("Dân sự", "đăng ký biện pháp bảo đảm", "Bộ luật Dân sự", "Bộ Tư pháp", "BTP"),
        new("Lao động", "tiền lương và quan hệ lao động", "Bộ luật Lao động", "Bộ Nội vụ", "BNV"),
        new("An ninh quốc gia", "bảo vệ an ninh mạng", "Luật An ninh mạng", "Bộ Công an", "BCA"),
        new("Hình sự", "thi hành án hình sự", "Bộ luật Hình sự", "Bộ Công an", "BCA"),
        new("Bổ trợ tư pháp", "đấu giá tài sản", "Luật Đấu giá tài sản", "Bộ Tư pháp", "BTP"),
        new("Lý lịch tư pháp", "lý lịch tư pháp", "Luật Lý lịch tư pháp", "Bộ Tư pháp", "BTP"),
        new("Thi hành án dân sự", "thi hành án dân sự", "Luật Thi hành án dân sự", "Bộ Tư pháp", "BTP"),
        new("Phổ biến, giáo dục pháp luật", "phổ biến, giáo dục pháp luật", "Luật Phổ biến, giáo dục pháp luật", "Bộ Tư pháp", "BTP"),
        new("Thuế", "quản lý thuế", "Luật Quản lý thuế", "Bộ Tài chính", "BTC"),
        new("Đất đai", "quản lý và sử dụng đất đai", "Luật Đất đai", "Bộ Nông nghiệp và Môi trường", "BNNMT"),
        new("Môi trường", "bảo vệ môi trường", "Luật Bảo vệ môi trường", "Bộ Nông nghiệp và Môi trường", "BNNMT"),
        new("Giao thông", "trật tự, an toàn giao thông đường bộ", "Luật Giao thông đường bộ", "Bộ Xây dựng", "BXD"),
        new("Xây dựng", "quản lý hoạt động đầu tư xây dựng", "Luật Xây dựng", "Bộ Xây dựng", "BXD"),
        new("Giáo dục", "giáo dục phổ thông", "Luật Giáo dục", "Bộ Giáo dục và Đào tạo", "BGDĐT"),
        new("Y tế", "khám bệnh, chữa bệnh", "Luật Khám bệnh, chữa bệnh", "Bộ Y tế", "BYT"),
        new("Du lịch", "kinh doanh dịch vụ du lịch", "Luật Du lịch", "Bộ Văn hóa, Thể thao và Du lịch", "BVHTTDL"),
        new("Ngân hàng", "hoạt động của tổ chức tín dụng", "Luật Các tổ chức tín dụng", "Ngân hàng Nhà nước Việt Nam", "NHNN"),
        new("Thương mại", "thương mại điện tử", "Luật Thương mại", "Bộ Công Thương", "BCT"),
        new("Giao dịch điện tử", "giao dịch điện tử", "Luật Giao dịch điện tử", "Bộ Khoa học và Công nghệ", "BKHCN"),
        new("Cán bộ, công chức", "tuyển dụng, sử dụng và quản lý công chức", "Luật Cán bộ, công chức", "Bộ Nội vụ", "BNV"),
    ];

    private static readonly string[] ProvinceNames =
    [
        "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh",
        "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình",
        "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai",
        "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
    ];

    /// <summary>Sentences that vary the generated articles' wording, as real documents do.</summary>
    private static readonly string[] Duties =
    [
        "Cơ quan chủ trì có trách nhiệm hướng dẫn, kiểm tra, thanh tra việc thực hiện",
        "Tổ chức, cá nhân vi phạm thì tùy theo tính chất, mức độ vi phạm mà bị xử lý kỷ luật, xử phạt vi phạm hành chính",
        "Kinh phí thực hiện được bố trí từ ngân sách nhà nước theo phân cấp hiện hành",
        "Hồ sơ, thủ tục được thực hiện trực tuyến trên Cổng dịch vụ công quốc gia",
        "Ủy ban nhân dân cấp xã có trách nhiệm tiếp nhận, giải quyết hồ sơ trong thời hạn 05 ngày làm việc",
        "Báo cáo định kỳ được gửi trước ngày 15 tháng 12 hằng năm",
        "Cơ sở dữ liệu được kết nối, chia sẻ với Cơ sở dữ liệu quốc gia về dân cư",
        "Người đứng đầu cơ quan, đơn vị chịu trách nhiệm trước pháp luật về quyết định của mình",
    ];

    public required IReadOnlyList<LegalDocument> Documents { get; init; }
    /// <summary>The 28 laws the judged questions are about.</summary>
    public required IReadOnlyList<LegalDocument> TwentyEightLaws { get; init; }
    /// <summary>The real statutes: laws-28 and the four numbered codes.</summary>
    public required IReadOnlyList<LegalDocument> Statutes { get; init; }
    public required IReadOnlyList<Province> Provinces { get; init; }
    public required IReadOnlyList<(LegalDocument Document, Area Area)> Generated { get; init; }

    public static BenchCorpus Create(int size, int seed = 42)
    {
        var reader = new StatuteCorpusReader(splitPoints: false);
        var laws28 = ReadGzip(reader, "tests", "data", "legal-corpus", "laws-28.json.gz");
        var numbered = LegalDocumentsDemoData.ReadShippedStatutes()
            .Select(e => reader.ToDocument(e, LegalDocumentsDemoData.ShippedStatutes.GetValueOrDefault(e.Id))).ToList();
        var today = new DateOnly(2025, 9, 1);
        foreach (var statute in laws28.Concat(numbered))
        {
            if (statute.EffectiveDate is null) statute.ChangeStatus(ValidityStatus.InForce, today);
            else statute.RefreshStatus(today);
        }

        var random = new Random(seed);
        var provinces = ProvinceNames.Select((name, i) => new Province(new Guid(i + 1, 0, 0, new byte[8]), name)).ToList();
        var generated = new List<(LegalDocument, Area)>();
        var sequences = new Dictionary<string, int>();
        var target = size - laws28.Count - numbered.Count;
        for (var i = 0; i < target; i++)
        {
            var area = Areas[random.Next(Areas.Length)];
            var issued = new DateOnly(2000, 1, 1).AddDays(random.Next(9000));
            generated.Add((Generate(random, area, issued, provinces, sequences, today), area));
        }
        return new BenchCorpus
        {
            Documents = [.. laws28, .. numbered, .. generated.Select(g => g.Item1)],
            TwentyEightLaws = laws28,
            Statutes = [.. laws28, .. numbered],
            Provinces = provinces,
            Generated = generated,
        };
    }

    private static LegalDocument Generate(Random random, Area area, DateOnly issued, List<Province> provinces,
        Dictionary<string, int> sequences, DateOnly today)
    {
        string Number(string type, string issuer, string scope)
        {
            var key = $"{type}|{issuer}|{issued.Year}|{scope}";
            var next = sequences[key] = sequences.GetValueOrDefault(key) + 1 + random.Next(3);
            return string.Create(CultureInfo.InvariantCulture, $"{next:00}/{issued.Year}/{type}-{issuer}");
        }

        var roll = random.Next(100);
        Province? province = null;
        LegalDocument document;
        if (roll < 25)
        {
            var title = random.Next(3) switch
            {
                0 => $"Nghị định quy định chi tiết một số điều và biện pháp thi hành {area.LawTitle}",
                1 => $"Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực {area.Phrase}",
                _ => $"Nghị định quy định về {area.Phrase}",
            };
            document = new LegalDocument(DocumentNumber.Parse(Number("NĐ", "CP", "")), LegalDocumentType.Decree, title, "Chính phủ", issueDate: issued);
        }
        else if (roll < 55)
        {
            var title = random.Next(3) switch
            {
                0 => $"Thông tư quy định chế độ báo cáo thống kê trong lĩnh vực {area.Phrase}",
                1 => $"Thông tư ban hành biểu mẫu, giấy tờ dùng trong lĩnh vực {area.Phrase}",
                _ => $"Thông tư hướng dẫn nghiệp vụ {area.Phrase}",
            };
            document = new LegalDocument(DocumentNumber.Parse(Number("TT", area.MinistryCode, "")), LegalDocumentType.Circular, title, area.Ministry, issueDate: issued);
        }
        else if (roll < 62)
        {
            document = new LegalDocument(DocumentNumber.Parse(Number("QĐ", "TTg", "")), LegalDocumentType.Decision,
                $"Quyết định quy định tiêu chí, điều kiện trong lĩnh vực {area.Phrase}", "Thủ tướng Chính phủ", issueDate: issued);
        }
        else
        {
            province = provinces[random.Next(provinces.Count)];
            var place = province.Name is "Hà Nội" or "Huế" or "Hải Phòng" or "Đà Nẵng" or "Hồ Chí Minh" or "Cần Thơ"
                ? $"thành phố {province.Name}" : $"tỉnh {province.Name}";
            document = roll < 88
                ? new LegalDocument(DocumentNumber.Parse(Number("QĐ", "UBND", province.Name)), LegalDocumentType.Decision,
                    $"Quyết định ban hành Quy định phân cấp quản lý nhà nước về {area.Phrase} trên địa bàn {place}", $"Ủy ban nhân dân {place}", issueDate: issued)
                : new LegalDocument(DocumentNumber.Parse(Number("NQ", "HĐND", province.Name)), LegalDocumentType.Resolution,
                    $"Nghị quyết quy định mức chi cho công tác {area.Phrase} trên địa bàn {place}", $"Hội đồng nhân dân {place}", issueDate: issued);
            document.SetScope(province.Id);
        }
        var effective = issued.AddDays(random.Next(10, 60));
        DateOnly? expiry = random.Next(5) == 0 ? effective.AddDays(random.Next(200, 3000)) : null;
        document.SetDates(issued, effective, expiry, null);
        document.SetFields(random.Next(6) == 0 ? [area.Field, Areas[random.Next(Areas.Length)].Field] : [area.Field]);
        AddArticles(random, document, area, province);
        document.RefreshStatus(today);
        if (document.Status == ValidityStatus.InForce && random.Next(8) == 0) document.ChangeStatus(ValidityStatus.PartlyExpired, today);
        return document;
    }

    private static void AddArticles(Random random, LegalDocument document, Area area, Province? province)
    {
        var kind = document.Type.VietnameseName();
        var scope = province is null ? "" : $" trên địa bàn {province.Name}";
        document.AddProvision(ProvisionKind.Article, "1", "Phạm vi điều chỉnh", $"{kind} này quy định về {area.Phrase}{scope}.");
        var subjects = document.AddProvision(ProvisionKind.Article, "2", "Đối tượng áp dụng", "");
        document.AddProvision(ProvisionKind.Clause, "1", null, $"Cơ quan nhà nước có thẩm quyền trong lĩnh vực {area.Phrase}.", subjects);
        document.AddProvision(ProvisionKind.Clause, "2", null, $"Tổ chức, cá nhân có liên quan đến hoạt động {area.Phrase}.", subjects);
        var duties = document.AddProvision(ProvisionKind.Article, "3", "Tổ chức thực hiện", "");
        for (var i = 0; i < 2 + random.Next(3); i++)
            document.AddProvision(ProvisionKind.Clause, (i + 1).ToString(CultureInfo.InvariantCulture), null,
                $"{Duties[random.Next(Duties.Length)]} về {Areas[random.Next(Areas.Length)].Phrase}.", duties);
        var effective = document.EffectiveDate!.Value;
        document.AddProvision(ProvisionKind.Article, "4", "Hiệu lực thi hành",
            $"{kind} này có hiệu lực thi hành kể từ ngày {effective:dd} tháng {effective:MM} năm {effective:yyyy}.");
    }

    public static string RepositoryFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Justice.sln"))) return Path.Combine([dir.FullName, .. parts]);
        throw new DirectoryNotFoundException("Repository root (Justice.sln) not found above the benchmark binaries.");
    }

    private static List<LegalDocument> ReadGzip(StatuteCorpusReader reader, params string[] parts)
    {
        using var gzip = new GZipStream(File.OpenRead(RepositoryFile(parts)), CompressionMode.Decompress);
        return [.. reader.ReadDocuments(gzip)];
    }

    public static IReadOnlyList<JudgedQuestion> Questions(string name)
    {
        using var gzip = new GZipStream(File.OpenRead(RepositoryFile("tests", "data", "legal-retrieval-dev", name + ".json.gz")), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<List<JudgedQuestion>>(gzip) ?? [];
    }
}

public sealed record JudgedQuestion(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("relevant_articles")] IReadOnlyList<RelevantArticle> RelevantArticles);

public sealed record RelevantArticle(
    [property: JsonPropertyName("law_id")] string LawId,
    [property: JsonPropertyName("article_id")] string ArticleId);
