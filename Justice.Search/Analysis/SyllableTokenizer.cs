using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Justice.Search.Analysis;

/// <summary>
/// Splits Vietnamese text into syllables (runs of letters, combining marks and digits). A run joined by
/// <c>/</c> (or by <c>-</c> with a digit in it), such as a document number <c>52/2014/QH13</c> or
/// <c>123/2015/NĐ-CP</c>, is emitted whole (type <see cref="NumberType"/>) and then part by part, the
/// whole stacked on the first part's position, so the number is found whole and by its parts.
/// </summary>
public sealed class SyllableTokenizer : Tokenizer
{
    public const string NumberType = "<NUMBER>";
    public const string SyllableType = "<SYLLABLE>";

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly ITypeAttribute _type;
    private readonly Queue<(string Text, int Start, int End, int Increment, string Type)> _pending = new();
    private string _text = "";
    private int _cursor;

    public SyllableTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_pending.Count == 0 && !ReadNextRun()) return false;
        var (text, start, end, increment, type) = _pending.Dequeue();
        _term.SetEmpty().Append(text);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        _positionIncrement.PositionIncrement = increment;
        _type.Type = type;
        return true;
    }

    /// <summary>Queues the tokens of the next run of word characters; false at the end of the text.</summary>
    private bool ReadNextRun()
    {
        while (_cursor < _text.Length && !IsWordChar(_text[_cursor])) _cursor++;
        if (_cursor >= _text.Length) return false;

        var start = _cursor;
        var parts = new List<(int Start, int End)>();
        var hasSlash = false;
        var hasDigit = false;
        while (true)
        {
            var partStart = _cursor;
            while (_cursor < _text.Length && IsWordChar(_text[_cursor]))
            {
                hasDigit |= char.IsDigit(_text[_cursor]);
                _cursor++;
            }
            parts.Add((partStart, _cursor));
            if (_cursor + 1 < _text.Length && _text[_cursor] is '/' or '-' && IsWordChar(_text[_cursor + 1]))
            {
                hasSlash |= _text[_cursor] == '/';
                _cursor++;
                continue;
            }
            break;
        }

        var whole = parts.Count > 1 && (hasSlash || hasDigit);
        if (whole) _pending.Enqueue((_text[start.._cursor], start, _cursor, 1, NumberType));
        for (var i = 0; i < parts.Count; i++)
        {
            var (s, e) = parts[i];
            _pending.Enqueue((_text[s..e], s, e, whole && i == 0 ? 0 : 1, SyllableType));
        }
        return true;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    public override void Reset()
    {
        base.Reset();
        var builder = new StringBuilder();
        var buffer = new char[4096];
        int read;
        while ((read = m_input.Read(buffer, 0, buffer.Length)) > 0) builder.Append(buffer, 0, read);
        _text = builder.ToString();
        _cursor = 0;
        _pending.Clear();
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_text.Length);
        _offset.SetOffset(final, final);
    }
}
