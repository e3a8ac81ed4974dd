using System.Text;
using Justice.Search.Analysis;

namespace Justice.Search;

/// <summary>The passage of a text that best matches a query, and its HTML form with the matches marked.</summary>
internal static class Snippets
{
    /// <summary>
    /// The line of <paramref name="text"/> that holds most of the query's folded syllables, cut around its first
    /// match when long, with the spans of the matching words. One pass over the text, folding as it goes: a hit's
    /// stored text is read for every search.
    /// </summary>
    public static (string Snippet, IReadOnlyList<SnippetHighlight> Highlights) Best(string text, HashSet<string> foldedTerms)
    {
        const int MaxLength = 300, Lead = 60;
        text = Syllables.Composed(text);
        var (bestStart, bestEnd, bestMatches) = BestLine(text, foldedTerms);
        var best = text[bestStart..bestEnd];
        var matches = bestMatches.Select(m => (Start: m.Start - bestStart, End: m.End - bestStart)).ToList();
        var from = 0;
        if (best.Length > MaxLength && matches.Count > 0 && matches[0].Start > Lead)
        {
            from = best.LastIndexOf(' ', matches[0].Start - Lead) + 1;
        }
        var to = Math.Min(best.Length, from + MaxLength);
        if (to < best.Length && best.LastIndexOf(' ', to - 1, to - from) is var space and > 0 && space > from) to = space;
        var prefix = from > 0 ? "…" : "";
        var snippet = prefix + best[from..to].TrimEnd() + (to < best.Length ? "…" : "");
        var highlights = new List<SnippetHighlight>();
        var covered = -1;
        foreach (var (start, end) in matches)
        {
            if (start < from || end > to || start < covered) continue;
            highlights.Add(new SnippetHighlight(start - from + prefix.Length, end - start));
            covered = end;
        }
        return (snippet, highlights);
    }

    /// <summary>
    /// The bounds of the non-blank line (trimmed) with the most distinct query terms, the first of equals, and the
    /// spans of its matching words in order (a whole document number before its parts).
    /// </summary>
    private static (int Start, int End, List<(int Start, int End)> Matches) BestLine(string text, HashSet<string> foldedTerms)
    {
        var ordinal = foldedTerms.Comparer == StringComparer.Ordinal ? foldedTerms : new HashSet<string>(foldedTerms, StringComparer.Ordinal);
        var lookup = ordinal.GetAlternateLookup<ReadOnlySpan<char>>();
        var parts = new List<(int Start, int End)>();
        var buffer = new char[64];
        (int Start, int End, List<(int, int)> Matches) best = (0, 0, []);
        var bestScore = -1;
        var lineMatches = new List<(int, int)>();
        var lineTerms = new HashSet<string>(StringComparer.Ordinal);
        var cursor = 0;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart) is var newline and >= 0 ? newline : text.Length;
            var (start, end) = Trimmed(text, lineStart, lineEnd);
            if (start < end)
            {
                lineMatches.Clear();
                lineTerms.Clear();
                cursor = start;
                while (ordinal.Count > 0 && cursor < end && Syllables.NextRun(text, ref cursor, parts, out var number) && parts[0].Start < end)
                {
                    if (number) Match(text, parts[0].Start, parts[^1].End);
                    foreach (var (partStart, partEnd) in parts) Match(text, partStart, partEnd);
                }
                if (lineTerms.Count > bestScore)
                {
                    best = (start, end, [.. lineMatches]);
                    bestScore = lineTerms.Count;
                    // No later line can hold more: the rest of a long law need not be read.
                    if (bestScore == ordinal.Count) break;
                }
            }
            lineStart = lineEnd + 1;
        }
        return best;

        void Match(string source, int from, int to)
        {
            if (buffer.Length < to - from) buffer = new char[to - from];
            var length = Syllables.FoldInto(source, from, to, buffer, 0);
            if (!lookup.TryGetValue(buffer.AsSpan(0, length), out var term)) return;
            lineTerms.Add(term);
            lineMatches.Add((from, to));
        }
    }

    private static (int Start, int End) Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }

    /// <summary>The snippet as HTML: its text escaped, each highlight inside <c>&lt;mark&gt;</c>.</summary>
    public static string ToHtml(string snippet, IReadOnlyList<SnippetHighlight> highlights)
    {
        var html = new StringBuilder(snippet.Length + highlights.Count * 13);
        var at = 0;
        foreach (var (start, length) in highlights)
        {
            if (start < at || start + length > snippet.Length) continue;
            html.Append(Escape(snippet[at..start]))
                .Append("<mark>").Append(Escape(snippet.Substring(start, length))).Append("</mark>");
            at = start + length;
        }
        return html.Append(Escape(snippet[at..])).ToString();
    }

    /// <summary>Escapes what HTML would read as markup and nothing else: Vietnamese letters stay as they are.</summary>
    private static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
