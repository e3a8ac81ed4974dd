using Justice.Domain.Common;
using Justice.Domain.LegalDocuments;

namespace Justice.Search.Tests;

/// <summary>hit@1, hit@10 and MRR@10 of a set of judged questions.</summary>
public sealed record RetrievalQuality(int Questions, double HitAt1, double HitAt10, double MrrAt10)
{
    public override string ToString() =>
        FormattableString.Invariant($"{Questions} questions: hit@1 {HitAt1:0.000}, hit@10 {HitAt10:0.000}, MRR@10 {MrrAt10:0.000}");
}

/// <summary>
/// Runs judged questions through <see cref="LegalArticleSearch"/> and scores the rank of the first
/// relevant article. A question's <c>law_id</c> names a law as the corpus does: its number when it
/// parses as one, else its title.
/// </summary>
public static class RetrievalEvaluator
{
    public static RetrievalQuality Evaluate(LegalArticleSearch search, IReadOnlyList<LegalDocument> corpus, IReadOnlyList<JudgedQuestion> questions)
    {
        var keyOfDocument = corpus.ToDictionary(d => d.Id, d => d.Number?.Value ?? VietnameseText.Normalize(d.Title));
        double hit1 = 0, hit10 = 0, reciprocal = 0;
        foreach (var question in questions)
        {
            var relevant = question.RelevantArticles
                .Select(r => (Law: LawKey(r.LawId), Article: VietnameseText.Normalize(r.ArticleId)))
                .ToHashSet();
            var hits = search.Search(question.Text, 10);
            var rank = hits.Select((h, i) => (h, i))
                .FirstOrDefault(x => relevant.Contains((keyOfDocument[x.h.DocumentId], x.h.ArticleNumber)), (null!, -1)).i;
            if (rank < 0) continue;
            if (rank == 0) hit1++;
            hit10++;
            reciprocal += 1.0 / (rank + 1);
        }
        var n = questions.Count;
        return new RetrievalQuality(n, hit1 / n, hit10 / n, reciprocal / n);
    }

    private static string LawKey(string lawId) =>
        DocumentNumber.TryParse(lawId, out var number) ? number.Value : VietnameseText.Normalize(lawId);
}
