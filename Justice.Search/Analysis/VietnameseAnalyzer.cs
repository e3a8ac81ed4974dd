using Lucene.Net.Analysis;
using Lucene.Net.Util;

namespace Justice.Search.Analysis;

/// <summary>What a <see cref="VietnameseAnalyzer"/> makes of the syllables.</summary>
public enum VietnameseAnalysis
{
    /// <summary>Lower case, diacritics folded, đ → d: <c>hôn nhân</c> and <c>hon nhan</c> match.</summary>
    Folded,
    /// <summary>Lower case with the diacritics kept, so an exact spelling can rank higher.</summary>
    Exact,
    /// <summary>Folded pairs of adjacent syllables only (<c>hon_nhan</c>).</summary>
    FoldedBigrams,
    /// <summary>Folded syllables with, stacked on each, the bigram it ends (short fields: the headings).</summary>
    FoldedWithBigrams,
    /// <summary>
    /// Folded syllables with, stacked on each, its exact form marked (<c>=hôn</c>) and the bigram it ends: every form
    /// a query looks for, from one pass over the text into one field.
    /// </summary>
    Stacked,
}

/// <summary>
/// Vietnamese analysis (<see cref="SyllableTokenizer"/>): the text is normalised to NFC first (input often arrives
/// decomposed), split into syllables with document numbers kept whole as well as split, lower-cased and, unless
/// exact, folded to ASCII.
/// </summary>
public sealed class VietnameseAnalyzer(VietnameseAnalysis analysis) : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    public VietnameseAnalysis Analysis { get; } = analysis;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new SyllableTokenizer(reader, Analysis));

    /// <summary>The terms <paramref name="text"/> yields, with their positions (stacked tokens share one).</summary>
    public IReadOnlyList<(string Term, int Position, string Type)> Terms(string text, string fieldName = "text") =>
        Tokens(text, fieldName).Select(t => (t.Term, t.Position, t.Type)).ToList();

    /// <summary>
    /// The terms of <paramref name="text"/> with their positions and character offsets; offsets point into
    /// the NFC form of the text (the same text when it is already NFC, as stored text is).
    /// </summary>
    public IReadOnlyList<(string Term, int Position, string Type, int Start, int End)> Tokens(string text, string fieldName = "text")
    {
        var terms = new List<(string, int, string, int, int)>();
        using var stream = GetTokenStream(fieldName, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        var type = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ITypeAttribute>();
        var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position, type.Type, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return terms;
    }
}
