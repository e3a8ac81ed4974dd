using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Justice.Search.Analysis;

/// <summary>
/// Splits Vietnamese text into syllables and writes each in the forms its <see cref="VietnameseAnalysis"/> asks for,
/// in one pass over the text: folded, exact (lower case with diacritics), pairs of adjacent folded syllables. A
/// document number such as <c>52/2014/QH13</c> or <c>123/2015/NĐ-CP</c> is emitted whole (type
/// <see cref="NumberType"/>) and then part by part, the whole stacked on the first part's position, so the number is
/// found whole and by its parts; its parts take part in bigrams, the whole does not. In the stacked analyses the
/// other forms share the folded syllable's position, so phrases over folded syllables still match and a field's
/// length (for BM25) is its number of syllables.
/// </summary>
public sealed class SyllableTokenizer : Tokenizer
{
    public const string NumberType = "<NUMBER>";
    public const string SyllableType = "<SYLLABLE>";
    public const string ExactType = "<EXACT>";
    public const string BigramType = "<BIGRAM>";

    /// <summary>Joins the syllables of a bigram: <c>hon_nhan</c>.</summary>
    public const char BigramSeparator = '_';
    /// <summary>Starts an exact form stacked on a folded one (<c>=hôn</c> on <c>hon</c>), so the two never meet.</summary>
    public const char ExactMarker = '=';

    private enum Form { Folded, Exact, Bigram }

    private readonly record struct Pending(Form Form, int Start, int End, int Increment, string Type, int PreviousStart = 0, int PreviousEnd = 0);

    private readonly VietnameseAnalysis _analysis;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly ITypeAttribute _type;
    private readonly List<(int Start, int End)> _parts = [];
    private readonly List<Pending> _pending = [];
    private char[] _read = new char[4096];
    private int _next;
    private string _text = "";
    private int _cursor;
    /// <summary>The previous syllable, for bigrams; -1 at the start of the text.</summary>
    private int _previousStart = -1, _previousEnd;

    public SyllableTokenizer(TextReader input, VietnameseAnalysis analysis = VietnameseAnalysis.Folded) : base(input)
    {
        _analysis = analysis;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    private bool Folded => _analysis is VietnameseAnalysis.Folded or VietnameseAnalysis.FoldedWithBigrams or VietnameseAnalysis.Stacked;
    private bool Exact => _analysis is VietnameseAnalysis.Exact or VietnameseAnalysis.Stacked;
    private bool Bigrams => _analysis is VietnameseAnalysis.FoldedBigrams or VietnameseAnalysis.FoldedWithBigrams or VietnameseAnalysis.Stacked;
    /// <summary>Bigrams alone take a position each; stacked on syllables they take none.</summary>
    private bool BigramsOnly => _analysis == VietnameseAnalysis.FoldedBigrams;

    public override bool IncrementToken()
    {
        while (_next >= _pending.Count)
        {
            _pending.Clear();
            _next = 0;
            if (!Syllables.NextRun(_text, ref _cursor, _parts, out var number)) return false;
            QueueRun(number);
        }
        ClearAttributes();
        var token = _pending[_next++];
        var buffer = _term.ResizeBuffer(token.End - token.Start + token.PreviousEnd - token.PreviousStart + 2);
        var length = token.Form switch
        {
            Form.Folded => Syllables.FoldInto(_text, token.Start, token.End, buffer, 0),
            Form.Exact => Lower(token.Start, token.End, buffer, Folded ? Marked(buffer) : 0),
            _ => Syllables.FoldInto(_text, token.Start, token.End, buffer,
                Separated(buffer, Syllables.FoldInto(_text, token.PreviousStart, token.PreviousEnd, buffer, 0))),
        };
        _term.Length = length;
        _offset.SetOffset(CorrectOffset(token.Form == Form.Bigram ? token.PreviousStart : token.Start), CorrectOffset(token.End));
        _positionIncrement.PositionIncrement = token.Increment;
        _type.Type = token.Type;
        return true;
    }

    /// <summary>Queues the tokens of the run in <see cref="_parts"/>.</summary>
    private void QueueRun(bool number)
    {
        var (runStart, runEnd) = (_parts[0].Start, _parts[^1].End);
        var stackOnNumber = false;
        if (number && (Folded || Exact))
        {
            _pending.Add(new Pending(Folded ? Form.Folded : Form.Exact, runStart, runEnd, 1, NumberType));
            stackOnNumber = true;
        }
        foreach (var (start, end) in _parts)
        {
            var increment = stackOnNumber ? 0 : 1;
            stackOnNumber = false;
            if (Folded) _pending.Add(new Pending(Form.Folded, start, end, increment, SyllableType));
            if (Exact) _pending.Add(new Pending(Form.Exact, start, end, Folded ? 0 : increment, Folded ? ExactType : SyllableType));
            if (Bigrams && _previousStart >= 0)
                _pending.Add(new Pending(Form.Bigram, start, end, BigramsOnly ? 1 : 0, BigramType, _previousStart, _previousEnd));
            (_previousStart, _previousEnd) = (start, end);
        }
    }

    private int Lower(int start, int end, char[] buffer, int at)
    {
        for (var i = start; i < end; i++) buffer[at++] = char.ToLowerInvariant(_text[i]);
        return at;
    }

    private static int Marked(char[] buffer)
    {
        buffer[0] = ExactMarker;
        return 1;
    }

    private static int Separated(char[] buffer, int at)
    {
        buffer[at] = BigramSeparator;
        return at + 1;
    }

    public override void Reset()
    {
        base.Reset();
        var length = 0;
        int read;
        while ((read = m_input.Read(_read, length, _read.Length - length)) > 0)
        {
            length += read;
            if (length == _read.Length) Array.Resize(ref _read, _read.Length * 2);
        }
        _text = Syllables.Composed(new string(_read, 0, length));
        _cursor = 0;
        _pending.Clear();
        _next = 0;
        _previousStart = -1;
        _previousEnd = 0;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_text.Length);
        _offset.SetOffset(final, final);
    }
}
