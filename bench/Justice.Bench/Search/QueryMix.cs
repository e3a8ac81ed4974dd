using Justice.Domain.Common;
using Justice.Domain.LegalDocuments;
using Justice.Search.Documents;

namespace Justice.Bench.Search;

/// <summary>
/// One query of the mix: a document search (with filters, facets, paging) or a legal question over articles;
/// <see cref="Shape"/> names its kind, for latencies per kind.
/// </summary>
internal sealed record BenchQuery(string Shape, LegalDocumentQuery Document, string? Text = null, bool Question = false);

/// <summary>
/// A realistic mix for the national legal database: topics typed with and without diacritics, law titles,
/// document numbers, the same with filters (type, field, year, province, in force), filtered browsing newest first,
/// and real legal questions asked of the articles.
/// </summary>
internal static class QueryMix
{
    public static List<BenchQuery> Create(BenchCorpus corpus, int count, int seed = 7)
    {
        var random = new Random(seed);
        var questions = BenchCorpus.Questions("questions-2023-train").Concat(BenchCorpus.Questions("questions-2022")).Select(q => q.Text).ToList();
        var titles = corpus.TwentyEightLaws.Select(d => d.Title).ToList();
        var numbered = corpus.Generated.Where(g => g.Document.Number is not null).ToList();
        var mix = new List<BenchQuery>(count);
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(100);
            var (document, area) = numbered[random.Next(numbered.Count)];
            var topic = Maybe(random, Words(random, area.Phrase));
            mix.Add(roll switch
            {
                < 30 => new BenchQuery("topic", new LegalDocumentQuery(topic, Limit: 10)),
                < 40 => new BenchQuery("law title", new LegalDocumentQuery(Maybe(random, titles[random.Next(titles.Count)].ToLowerInvariant()), Limit: 10)),
                < 50 => new BenchQuery("number", new LegalDocumentQuery(document.Number!.Value, Limit: 10)),
                < 60 => new BenchQuery("topic, type", new LegalDocumentQuery(topic, Types: [document.Type], InForceOnly: random.Next(2) == 0, Limit: 10)),
                < 68 => new BenchQuery("topic, years, by date", new LegalDocumentQuery(topic, FromYear: 2010 + random.Next(10), ToYear: 2020 + random.Next(6),
                    Sort: DocumentSort.DateDescending, Limit: 10)),
                < 76 => new BenchQuery("topic, province", new LegalDocumentQuery(topic, ProvinceIds: [corpus.Provinces[random.Next(corpus.Provinces.Count)].Id], Limit: 10)),
                < 85 => new BenchQuery("browse field in force", new LegalDocumentQuery(Fields: [area.Field], InForceOnly: true, Sort: DocumentSort.DateDescending, Limit: 10,
                    Offset: 10 * random.Next(3))),
                _ => new BenchQuery("question", new LegalDocumentQuery(), questions[random.Next(questions.Count)], Question: true),
            });
        }
        return mix;
    }

    /// <summary>Two to four consecutive words of a phrase, as people type a topic.</summary>
    private static string Words(Random random, string phrase)
    {
        var words = phrase.Replace(",", "").Split(' ');
        var length = Math.Min(words.Length, 2 + random.Next(3));
        var start = random.Next(words.Length - length + 1);
        return string.Join(' ', words.Skip(start).Take(length));
    }

    /// <summary>Half the people type without diacritics.</summary>
    private static string Maybe(Random random, string text) => random.Next(2) == 0 ? VietnameseText.Fold(text) : text;
}
