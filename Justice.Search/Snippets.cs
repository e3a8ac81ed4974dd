using System.Text;

namespace Justice.Search;

/// <summary>The passage of a text that best matches a query, and its HTML form with the matches marked.</summary>
internal static class Snippets
{
    /// <summary>
    /// The line of <paramref name="text"/> that holds most of the query's folded syllables, cut around its first
    /// match when long, with the spans of the matching words.
    /// </summary>
    public static (string Snippet, IReadOnlyList<SnippetHighlight> Highlights) Best(string text, HashSet<string> foldedTerms)
    {
        const int MaxLength = 300, Lead = 60;
        var best = "";
        IReadOnlyList<(string Term, int Position, string Type, int Start, int End)> bestTokens = [];
        var bestScore = -1;
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var tokens = ArticleFields.Folded.Tokens(line);
            var score = tokens.Select(t => t.Term).Distinct().Count(foldedTerms.Contains);
            if (score > bestScore)
            {
                (best, bestTokens, bestScore) = (line, tokens, score);
            }
        }

        var matches = bestTokens.Where(t => foldedTerms.Contains(t.Term)).Select(t => (t.Start, t.End)).Distinct().OrderBy(m => m.Start).ToList();
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
