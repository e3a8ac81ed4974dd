using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Justice.Search.Analysis;

/// <summary>
/// Replaces syllables by the pairs of adjacent syllables ("hôn nhân" → "hôn_nhân"): most Vietnamese
/// words are two syllables or more, so a bigram weighs a word or a phrase where a syllable alone is
/// ambiguous. Whole document numbers and stacked tokens are left out (their parts take part).
/// </summary>
public sealed class SyllableBigramFilter : TokenFilter
{
    public const char Separator = '_';

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly ITypeAttribute _type;
    private readonly IOffsetAttribute _offset;
    private string? _previous;
    private int _previousStart;

    public SyllableBigramFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            if (_type.Type == SyllableTokenizer.NumberType) continue;
            var current = _term.ToString();
            var start = _offset.StartOffset;
            var previous = _previous;
            var previousStart = _previousStart;
            _previous = current;
            _previousStart = start;
            if (previous is null) continue;
            _term.SetEmpty().Append(previous).Append(Separator).Append(current);
            _offset.SetOffset(previousStart, _offset.EndOffset);
            _positionIncrement.PositionIncrement = 1;
            _type.Type = "<BIGRAM>";
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _previous = null;
        _previousStart = 0;
    }
}
