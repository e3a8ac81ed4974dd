using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Justice.Search;

/// <summary>
/// The best <c>k</c> documents for a weighted sum of terms (what a BooleanQuery of SHOULD TermQuery clauses scores
/// under BM25), found with MaxScore (Turtle and Flood, 1995). A term can add at most its weight × (k1 + 1) to a score.
/// Once <c>k</c> documents are held, the terms whose bounds together cannot lift a document above the k-th score no
/// longer bring candidates: they only score the documents the other terms bring, by skipping to them. A question of
/// twenty words, most of them common ("người", "có", "được", "quy định"), then reads the postings of its rare words and
/// bigrams instead of those of nearly every article. The scores are the clauses' own, so the ranking is the same as
/// Lucene's (Lucene.NET 4.8 has no such pruning of its own); ties go to the lower document number, as there.
/// </summary>
internal static class MaxScoreSearch
{
    /// <param name="accept">The documents of a segment that may be returned (default: those not deleted).</param>
    public static ScoreDoc[] Search(IndexSearcher searcher, IReadOnlyList<TermQuery> clauses, int k, Func<AtomicReaderContext, IBits>? accept = null)
    {
        var similarity = searcher.Similarity;
        var weighted = new List<(TermQuery Clause, TermContext Context, Similarity.SimWeight Weight)>(clauses.Count);
        var contexts = Contexts(searcher, clauses);
        for (var i = 0; i < clauses.Count; i++)
        {
            var (clause, context) = (clauses[i], contexts[i]);
            if (context.DocFreq == 0) continue;
            var weight = similarity.ComputeWeight(clause.Boost, searcher.CollectionStatistics(clause.Term.Field),
                searcher.TermStatistics(clause.Term, context));
            // As IndexSearcher does for a top-level query; BM25 has no query norm and the enclosing queries no boost.
            weight.Normalize(similarity.QueryNorm(weight.GetValueForNormalization()), 1f);
            weighted.Add((clause, context, weight));
        }

        var best = new TopK(k);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var postings = new List<Postings>(weighted.Count);
            var accepted = accept is null ? leaf.AtomicReader.LiveDocs : accept(leaf);
            var enumerators = new TermsEnumerators(leaf.AtomicReader);
            foreach (var (clause, context, weight) in weighted)
            {
                if (context.Get(leaf.Ord) is not { } state) continue;
                var terms = enumerators.For(clause.Term.Field)!;
                terms.SeekExact(clause.Term.Bytes, state);
                var docs = terms.Docs(accepted, null, DocsFlags.FREQS);
                postings.Add(new Postings(docs, similarity.GetSimScorer(weight, leaf)));
            }
            ScoreSegment(postings, leaf.DocBase, best);
        }
        return best.Sorted();
    }

    /// <summary>
    /// Each clause's term in each segment, as <see cref="TermContext.Build"/> finds it but with one terms enumerator per
    /// segment and field for all the clauses: a question has a hundred clauses, and an enumerator is costly to open.
    /// </summary>
    private static TermContext[] Contexts(IndexSearcher searcher, IReadOnlyList<TermQuery> clauses)
    {
        var top = searcher.TopReaderContext;
        var contexts = new TermContext[clauses.Count];
        for (var i = 0; i < contexts.Length; i++) contexts[i] = new TermContext(top);
        foreach (var leaf in top.Leaves)
        {
            var enumerators = new TermsEnumerators(leaf.AtomicReader);
            for (var i = 0; i < clauses.Count; i++)
            {
                var term = clauses[i].Term;
                if (enumerators.For(term.Field) is { } terms && terms.SeekExact(term.Bytes))
                    contexts[i].Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }
        return contexts;
    }

    /// <summary>One terms enumerator per field of a segment, opened when first needed (null: the segment has no such field).</summary>
    private sealed class TermsEnumerators(AtomicReader reader)
    {
        private readonly Dictionary<string, TermsEnum?> _byField = new(StringComparer.Ordinal);

        public TermsEnum? For(string field)
        {
            if (!_byField.TryGetValue(field, out var terms)) _byField[field] = terms = reader.GetTerms(field)?.GetEnumerator();
            return terms;
        }
    }

    /// <summary>Documents scored together: the essential terms add into an array over this many documents at a time.</summary>
    private const int Window = 2048;

    /// <summary>
    /// Scores a segment window by window: the essential terms' postings are added into an array (a question has dozens
    /// of such terms, and merging them document by document cost more than scoring), then each document they brought,
    /// in order, takes the other terms' scores while it can still enter the best k.
    /// </summary>
    private static void ScoreSegment(List<Postings> postings, int docBase, TopK best)
    {
        if (postings.Count == 0) return;
        postings.Sort((a, b) => a.Bound.CompareTo(b.Bound));
        // boundBelow[i]: the most the terms before i can add together.
        var boundBelow = new float[postings.Count + 1];
        for (var i = 0; i < postings.Count; i++) boundBelow[i + 1] = boundBelow[i] + postings[i].Bound;
        var scores = new float[Window];
        var brought = new bool[Window];
        var candidates = new int[Window];
        var essential = FirstEssential(boundBelow, best);
        while (true)
        {
            var next = DocIdSetIterator.NO_MORE_DOCS;
            for (var i = essential; i < postings.Count; i++) next = Math.Min(next, postings[i].Doc);
            if (next == DocIdSetIterator.NO_MORE_DOCS) return;
            var windowStart = next - next % Window;
            var windowEnd = windowStart + Window;

            var count = 0;
            for (var i = essential; i < postings.Count; i++)
            {
                var term = postings[i];
                while (term.Doc < windowEnd)
                {
                    var at = term.Doc - windowStart;
                    if (!brought[at])
                    {
                        brought[at] = true;
                        candidates[count++] = at;
                    }
                    scores[at] += term.ScoreAndMoveOn();
                }
            }
            Array.Sort(candidates, 0, count);
            for (var c = 0; c < count; c++)
            {
                var at = candidates[c];
                var doc = windowStart + at;
                var score = scores[at];
                scores[at] = 0;
                brought[at] = false;
                var competitive = true;
                for (var i = essential - 1; i >= 0 && competitive; i--)
                {
                    if (best.IsFull && score + boundBelow[i + 1] <= best.Threshold) competitive = false;
                    else score += postings[i].ScoreAt(doc);
                }
                if (competitive) best.Offer(docBase + doc, score);
            }
            // Terms that can no longer lift a document into the best k stop bringing candidates from the next window on.
            essential = FirstEssential(boundBelow, best);
        }
    }

    /// <summary>The first term that must bring candidates: the terms before it cannot, together, beat the k-th score.</summary>
    private static int FirstEssential(float[] boundBelow, TopK best)
    {
        if (!best.IsFull) return 0;
        var essential = 0;
        while (essential + 1 < boundBelow.Length && boundBelow[essential + 1] <= best.Threshold) essential++;
        return essential;
    }

    /// <summary>One term's postings in one segment, positioned on <see cref="Doc"/>.</summary>
    private sealed class Postings
    {
        private readonly DocsEnum _docs;
        private readonly Similarity.SimScorer _scorer;

        public Postings(DocsEnum docs, Similarity.SimScorer scorer)
        {
            _docs = docs;
            _scorer = scorer;
            Doc = docs.NextDoc();
            // BM25 tends to weight × (k1 + 1) as the frequency grows: a huge frequency gives the bound (with room for rounding).
            Bound = Doc == DocIdSetIterator.NO_MORE_DOCS ? 0 : scorer.Score(Doc, 1e12f) * 1.0001f;
        }

        public int Doc { get; private set; }
        public float Bound { get; }

        public float ScoreAndMoveOn()
        {
            var score = _scorer.Score(Doc, _docs.Freq);
            Doc = _docs.NextDoc();
            return score;
        }

        /// <summary>The term's score in <paramref name="doc"/> (0 when absent), skipping there.</summary>
        public float ScoreAt(int doc)
        {
            if (Doc < doc) Doc = _docs.Advance(doc);
            return Doc == doc ? ScoreAndMoveOn() : 0;
        }
    }

    /// <summary>The best k (document, score) pairs; among equal scores the lower document, which comes first.</summary>
    private sealed class TopK(int k)
    {
        private readonly PriorityQueue<ScoreDoc, (float Score, int NegativeDoc)> _heap = new();

        public bool IsFull => _heap.Count >= k;

        /// <summary>The k-th best score: a document must beat it to enter.</summary>
        public float Threshold => _heap.TryPeek(out _, out var worst) ? worst.Score : float.NegativeInfinity;

        /// <summary>Keeps the document if it is among the best k so far; true when the threshold may have moved.</summary>
        public bool Offer(int doc, float score)
        {
            if (!IsFull)
            {
                _heap.Enqueue(new ScoreDoc(doc, score), (score, -doc));
                return IsFull;
            }
            // Documents come in increasing order: a newcomer loses ties.
            if (score <= Threshold) return false;
            _heap.DequeueEnqueue(new ScoreDoc(doc, score), (score, -doc));
            return true;
        }

        public ScoreDoc[] Sorted() =>
            _heap.UnorderedItems.Select(e => e.Element).OrderByDescending(d => d.Score).ThenBy(d => d.Doc).ToArray();
    }
}
