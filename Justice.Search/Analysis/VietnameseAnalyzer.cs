using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
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
}

/// <summary>
/// Vietnamese analysis: the text is normalised to NFC first (input often arrives decomposed and
/// <see cref="ASCIIFoldingFilter"/> folds only precomposed letters), split into syllables with document
/// numbers kept whole as well as split, lower-cased and, unless exact, folded to ASCII.
/// </summary>
public sealed class VietnameseAnalyzer(VietnameseAnalysis analysis) : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    public VietnameseAnalysis Analysis { get; } = analysis;

    protected override TextReader InitReader(string fieldName, TextReader reader)
    {
        var text = reader.ReadToEnd();
        return new StringReader(text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC));
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new SyllableTokenizer(reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        if (Analysis != VietnameseAnalysis.Exact) stream = new ASCIIFoldingFilter(stream);
        if (Analysis == VietnameseAnalysis.FoldedBigrams) stream = new SyllableBigramFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

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
