using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Justice.Search.Documents;

/// <summary>
/// Notes every matching document (for the total and, per segment, as the documents ranking may return), without
/// scoring any: ranking then reads only the postings it needs (<see cref="MaxScoreSearch"/>).
/// </summary>
internal sealed class MatchedDocuments(int maxDoc) : ICollector
{
    private readonly FixedBitSet _all = new(maxDoc);
    private int _docBase;

    public int Count { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        _all.Set(_docBase + doc);
        Count++;
    }

    /// <summary>The matching documents of one segment, numbered as in the segment.</summary>
    public IBits In(AtomicReaderContext segment) => new SegmentView(_all, segment.DocBase, segment.AtomicReader.MaxDoc);

    private sealed class SegmentView(FixedBitSet all, int docBase, int length) : IBits
    {
        public int Length => length;

        public bool Get(int index) => all.Get(docBase + index);
    }
}
