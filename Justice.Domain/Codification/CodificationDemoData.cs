using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Justice.Domain.DemoData;
using Justice.Domain.LegalDocuments;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Domain.Codification;

/// <summary>
/// The real structure of the Code: 45 subjects, the topics in use and their chapters, each topic assigned
/// to its lead ministry with a realistic status; and the Code articles of three topics entered through the
/// workflow from the shipped statutes: Civil (9.1, Part One of the Civil Code, published), Cybersecurity
/// (1.11, the whole law, under appraisal after one return) and Labour (20.2, chapters I–II, in progress).
/// </summary>
public sealed class CodificationDemoData : IDemoDataContributor
{
    public int Order => 110;
    public string Area => "Codification";

    public sealed record SubjectRecord([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("stt")] int Number, [property: JsonPropertyName("ten")] string Name);
    public sealed record TopicRecord([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("chu_de_id")] string SubjectId,
        [property: JsonPropertyName("stt")] int Number, [property: JsonPropertyName("ten")] string Name)
    {
        /// <summary>The Code database keeps removed topics, marked in their name.</summary>
        public bool IsRemoved => Name.Contains("(loại bỏ)", StringComparison.Ordinal);
    }
    public sealed record ChapterRecord([property: JsonPropertyName("mapc")] string Code, [property: JsonPropertyName("stt")] int Number,
        [property: JsonPropertyName("ten")] string Name, [property: JsonPropertyName("de_muc_id")] string TopicId);

    /// <summary>Lead ministry per subject (check: the assignment follows each ministry's remit since 01/03/2025).</summary>
    private static readonly string[] SubjectMinistries =
    [
        "BCA", "BTC", "BKHCN", "BTP", "BNV", "BNV", "BCT", "BYT", "BTP", "BDTTG",
        "BNNMT", "BTC", "BGDĐT", "BXD", "BTP", "BCA", "BTC", "TTCP", "BKHCN", "BNV",
        "BNNMT", "NHNN", "BNG", "BNNMT", "BQP", "BTC", "BNNMT", "BTC", "BNV", "BTP",
        "BTC", "BVHTTDL", "BTC", "BCT", "BNV", "BNV", "BTP", "BDTTG", "BCA", "BTP",
        "BVHTTDL", "BNV", "BXD", "BTP", "BYT",
    ];

    /// <summary>Topics of the demo entered article by article: (subject, topic, source number, chapter → last source article).</summary>
    private static readonly (int Subject, int Topic, string Source, int[] ChapterEnds)[] EnteredTopics =
    [
        (9, 1, "91/2015/QH13", [7, 15, 73, 96, 100, 104, 115, 133, 143, 157]),
        (1, 11, "24/2018/QH14", [9, 15, 22, 29, 35, 42, 43]),
        (20, 2, "45/2019/QH14", [8, 12]),
    ];

    public static IReadOnlyList<SubjectRecord> ReadSubjects() => Read<List<SubjectRecord>>("chu_de_45.json");
    public static IReadOnlyList<TopicRecord> ReadTopics() => Read<List<TopicRecord>>("de_muc.json");
    public static IReadOnlyList<ChapterRecord> ReadChapters() => Read<List<ChapterRecord>>("chuong.json.gz");

    public async Task SeedAsync(JusticeDbContext db, DemoDataContext context, CancellationToken cancellationToken)
    {
        var ministries = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Ministry).OrderBy(o => o.Code).ToListAsync(cancellationToken);
        var justice = ministries.Single(m => m.Code == CodificationTopic.AppraisingMinistryCode);

        var subjectRecords = ReadSubjects();
        var subjects = subjectRecords.ToDictionary(s => s.Id, s => new CodificationSubject(s.Number, s.Name));
        var chaptersByTopic = ReadChapters().OrderBy(c => c.Code, StringComparer.Ordinal).ToLookup(c => c.TopicId);
        var topics = new List<CodificationTopic>();
        foreach (var record in ReadTopics().Where(t => !t.IsRemoved).OrderBy(t => subjects[t.SubjectId].Number).ThenBy(t => t.Number).ThenBy(t => t.Id, StringComparer.Ordinal))
        {
            var subject = subjects[record.SubjectId];
            var ministryId = MinistryFor(subject, record.Name, ministries);
            var chapters = chaptersByTopic[record.Id].Select(c => SplitChapter(c)).ToList();
            var entered = EnteredTopics.FirstOrDefault(e => e.Subject == subject.Number && e.Topic == record.Number);
            if (entered.Source is not null)
            {
                var source = await db.Set<LegalDocument>().AsNoTracking().Include(d => d.Provisions)
                    .SingleOrDefaultAsync(d => d.Number == DocumentNumber.Parse(entered.Source) && d.ProvinceId == null, cancellationToken);
                if (source is not null)
                {
                    topics.Add(Enter(subject, record, ministryId, chapters, source, entered.ChapterEnds, justice, context));
                    continue;
                }
            }
            topics.Add(ImportWithStatus(subject, record, ministryId, chapters, context));
        }
        db.AddRange(subjects.Values.OrderBy(s => s.Number));
        db.AddRange(topics);
    }

    private static CodificationTopic ImportWithStatus(CodificationSubject subject, TopicRecord record, Guid ministryId,
        List<(string, string, string?)> chapters, DemoDataContext context)
    {
        var roll = context.Random.Next(100);
        var status = chapters.Count == 0
            ? (roll < 60 ? CodificationTopicStatus.NotStarted : CodificationTopicStatus.InProgress)
            : roll switch
            {
                < 55 => CodificationTopicStatus.Published,
                < 65 => CodificationTopicStatus.Approved,
                < 73 => CodificationTopicStatus.SubmittedToGovernment,
                < 80 => CodificationTopicStatus.Appraisal,
                < 92 => CodificationTopicStatus.InProgress,
                _ => CodificationTopicStatus.Updating,
            };
        DateOnly? approvedOn = null, publishedOn = null;
        string? decision = null;
        if (status is CodificationTopicStatus.Approved or CodificationTopicStatus.Published or CodificationTopicStatus.Updating)
        {
            var approved = context.DateBetween(new DateOnly(2016, 1, 1), context.ReferenceDate.AddDays(-60));
            approvedOn = approved;
            decision = $"Phiên họp Chính phủ thường kỳ tháng {approved.Month} năm {approved.Year}";
            if (status != CodificationTopicStatus.Approved) publishedOn = approved.AddDays(context.Random.Next(10, 45));
        }
        return CodificationTopic.Import(subject, record.Number, record.Name, ministryId, status,
            status == CodificationTopicStatus.NotStarted ? [] : chapters, approvedOn, decision, publishedOn);
    }

    /// <summary>Enters a topic through the workflow, as its ministry and the Ministry of Justice would.</summary>
    private static CodificationTopic Enter(CodificationSubject subject, TopicRecord record, Guid ministryId,
        List<(string Number, string Title, string? Code)> chapters, LegalDocument source, int[] chapterEnds,
        Organisation justice, DemoDataContext context)
    {
        var topic = new CodificationTopic(subject, record.Number, record.Name, ministryId);
        topic.StartEntering(ministryId);
        var format = CodeSymbolFormat.Default;
        var articles = source.Articles.ToList();
        var next = 0;
        for (var i = 0; i < chapters.Count; i++)
        {
            var chapter = topic.AddChapter(ministryId, chapters[i].Number, chapters[i].Title, chapters[i].Code);
            if (i >= chapterEnds.Length) continue;
            for (; next < articles.Count && int.Parse(articles[next].Number, System.Globalization.CultureInfo.InvariantCulture) <= chapterEnds[i]; next++)
                topic.AddArticle(ministryId, chapter, null, source, articles[next], format);
        }
        if (chapterEnds.Length < chapters.Count && subject.Number == 20) return topic; // Labour: still being entered.

        topic.SubmitForAppraisal(ministryId);
        if (subject.Number == 1)
        {
            topic.ReturnFromAppraisal(justice, "Đề nghị rà soát lại ghi chú nguồn của các điều thuộc Chương II.");
            topic.SubmitForAppraisal(ministryId);
            return topic;
        }
        topic.SubmitToGovernment(justice);
        var approved = context.DateBetween(new DateOnly(2017, 6, 1), new DateOnly(2019, 12, 31));
        topic.Approve(justice, approved, $"Phiên họp Chính phủ thường kỳ tháng {approved.Month} năm {approved.Year}");
        topic.Publish(justice, approved.AddDays(context.Random.Next(10, 45)));
        return topic;
    }

    private static Guid MinistryFor(CodificationSubject subject, string topicName, IReadOnlyList<Organisation> ministries)
    {
        var code = SubjectMinistries[(subject.Number - 1) % SubjectMinistries.Length];
        // Criminal matters inside the enforcement and procedure subjects are led by the Ministry of Public Security.
        if (subject.Number is 30 or 37 && topicName.Contains("hình sự", StringComparison.OrdinalIgnoreCase)) code = "BCA";
        return (ministries.FirstOrDefault(m => m.Code == code) ?? ministries[(subject.Number - 1) % ministries.Count]).Id;
    }

    /// <summary>"Chương IV PHÁP NHÂN" → ("IV", "PHÁP NHÂN").</summary>
    public static (string Number, string Title, string? Code) SplitChapter(ChapterRecord record)
    {
        var name = Common.VietnameseText.Normalize(record.Name);
        var parts = name.Split(' ', 3);
        return parts is ["Chương", var number, var title]
            ? (number, title, record.Code)
            : (record.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), name, record.Code);
    }

    private static T Read<T>(string fileName)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Codification.Data." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var content = fileName.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        return JsonSerializer.Deserialize<T>(content) ?? throw new InvalidOperationException($"Embedded resource {fileName} is empty.");
    }
}
