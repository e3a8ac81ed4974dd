using System.Globalization;
using System.Text;

namespace Justice.Search.Analysis;

/// <summary>
/// The character-level rules of Vietnamese analysis, shared by the tokenizer and the snippets: what a syllable is
/// made of, how a run such as a document number is split, and how a letter is folded. Folding goes through a table
/// built once, so analysing a text costs one pass over its characters.
/// </summary>
internal static class Syllables
{
    /// <summary>Characters below this are folded by table; above it (no Vietnamese letter lives there) by lower-casing.</summary>
    private const int TableSize = 0x2000;

    private static readonly char[] FoldTable = BuildFoldTable();
    /// <summary>Whether a character below <see cref="TableSize"/> belongs to a word: snippets ask it of every character of a hit's text.</summary>
    private static readonly bool[] WordTable = BuildWordTable();

    /// <summary>Lower case without diacritics, <c>đ</c> → <c>d</c>; combining marks stay as they are.</summary>
    public static char Fold(char c) => c < TableSize ? FoldTable[c] : char.ToLowerInvariant(c);

    public static bool IsWordChar(char c) => c < TableSize ? WordTable[c] : IsWordCharSlow(c);

    private static bool IsWordCharSlow(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c)
            : char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>
    /// Text as the analysis reads it: NFC, since input often arrives decomposed and only precomposed letters fold.
    /// Only combining diacritics make NFD differ from NFC in Vietnamese, so text without them is returned as is.
    /// </summary>
    public static string Composed(string text) =>
        text.AsSpan().IndexOfAnyInRange('\u0300', '\u036F') >= 0 ? text.Normalize(NormalizationForm.FormC) : text;

    /// <summary>
    /// Reads the next run of word characters from <paramref name="cursor"/> into <paramref name="parts"/>; false at the
    /// end of the text. Parts joined by <c>/</c> (or by <c>-</c> with a digit in the run), such as <c>52/2014/QH13</c>
    /// or <c>123/2015/NĐ-CP</c>, make a <paramref name="number"/>, to be indexed whole as well as part by part.
    /// </summary>
    public static bool NextRun(string text, ref int cursor, List<(int Start, int End)> parts, out bool number)
    {
        parts.Clear();
        number = false;
        while (cursor < text.Length && !IsWordChar(text[cursor])) cursor++;
        if (cursor >= text.Length) return false;

        var hasSlash = false;
        var hasDigit = false;
        while (true)
        {
            var partStart = cursor;
            while (cursor < text.Length && IsWordChar(text[cursor]))
            {
                hasDigit |= char.IsDigit(text[cursor]);
                cursor++;
            }
            parts.Add((partStart, cursor));
            if (cursor + 1 < text.Length && text[cursor] is '/' or '-' && IsWordChar(text[cursor + 1]))
            {
                hasSlash |= text[cursor] == '/';
                cursor++;
                continue;
            }
            break;
        }
        number = parts.Count > 1 && (hasSlash || hasDigit);
        return true;
    }

    /// <summary>Writes the folded form of <c>text[start..end]</c> into <paramref name="buffer"/> at <paramref name="at"/>; returns the new end.</summary>
    public static int FoldInto(string text, int start, int end, char[] buffer, int at)
    {
        for (var i = start; i < end; i++) buffer[at++] = Fold(text[i]);
        return at;
    }

    private static bool[] BuildWordTable()
    {
        var table = new bool[TableSize];
        for (var i = 0; i < TableSize; i++) table[i] = IsWordCharSlow((char)i);
        return table;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var lower = char.ToLowerInvariant((char)i);
            table[i] = lower switch
            {
                'đ' or 'ð' => 'd',
                _ when lower < 128 || char.IsSurrogate(lower) => lower,
                _ when lower.ToString().Normalize(NormalizationForm.FormD) is { Length: > 1 } decomposed && char.IsAsciiLetter(decomposed[0]) => decomposed[0],
                _ => lower,
            };
        }
        return table;
    }
}
