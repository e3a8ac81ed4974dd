using System.Runtime.CompilerServices;
using Justice.Domain.Common;
using Justice.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Justice.Search.Documents;

/// <summary>
/// What a query that found nothing probably meant: each syllable the index does not know is replaced by the
/// most frequent known syllable within two edits of it, and every syllable is written with the diacritics it
/// most often has in the indexed text ("hon nhan gia dinh" → "hôn nhân gia đình").
/// </summary>
internal sealed class SpellingSuggester
{
    /// <summary>Folded syllable → its most frequent spelling with diacritics, per reader (built once, on the first miss).</summary>
    private readonly ConditionalWeakTable<IndexReader, Dictionary<string, string>> _spellings = new();

    public string? Suggest(IndexReader reader, string query)
    {
        var tokens = ArticleFields.Folded.Tokens(query.Normalize(System.Text.NormalizationForm.FormC));
        if (tokens.Count == 0) return null;
        var body = MultiFields.GetTerms(reader, ArticleFields.Body);
        if (body is null) return null;
        var spellings = _spellings.GetValue(reader, BuildSpellings);

        var normalized = query.Normalize(System.Text.NormalizationForm.FormC);
        var suggestion = new System.Text.StringBuilder();
        var at = 0;
        var changed = false;
        foreach (var (term, _, type, start, end) in tokens)
        {
            if (type == SyllableTokenizer.NumberType || start < at) continue;
            var known = reader.DocFreq(new Term(ArticleFields.Body, term)) > 0 ? term : Nearest(body, term);
            var written = known is null ? normalized[start..end] : spellings.GetValueOrDefault(known, known);
            if (!string.Equals(written, normalized[start..end], StringComparison.OrdinalIgnoreCase)) changed = true;
            suggestion.Append(normalized, at, start - at).Append(MatchCase(written, normalized[start..end]));
            at = end;
        }
        suggestion.Append(normalized, at, normalized.Length - at);
        return changed ? suggestion.ToString().Trim() : null;
    }

    private static string? Nearest(Terms terms, string term)
    {
        if (term.Length < 2) return null;
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(ArticleFields.Body, term), term.Length <= 4 ? 1 : 2, 0, true);
        var boost = fuzzy.Attributes.AddAttribute<IBoostAttribute>();
        string? best = null;
        var bestBoost = float.MinValue;
        var bestFrequency = -1;
        while (fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term;
            // The field also holds exact forms and bigrams: only a folded syllable can stand for a folded syllable.
            if (!IsFoldedSyllable(candidate)) continue;
            var frequency = fuzzy.DocFreq;
            // Fewer edits first (a higher boost), then the more frequent syllable.
            if (boost.Boost > bestBoost || (boost.Boost == bestBoost && frequency > bestFrequency))
            {
                (best, bestBoost, bestFrequency) = (candidate.Utf8ToString(), boost.Boost, frequency);
            }
        }
        return best;
    }

    private static bool IsFoldedSyllable(BytesRef term)
    {
        var bytes = term.Bytes.AsSpan(term.Offset, term.Length);
        return bytes.IndexOfAny((byte)SyllableTokenizer.ExactMarker, (byte)SyllableTokenizer.BigramSeparator) < 0;
    }

    private static Dictionary<string, string> BuildSpellings(IndexReader reader)
    {
        var best = new Dictionary<string, (string Spelling, int Frequency)>(StringComparer.Ordinal);
        if (MultiFields.GetTerms(reader, ArticleFields.Body) is not { } body) return [];
        // The exact forms sit together in the term dictionary, after their marker.
        var marker = new BytesRef(SyllableTokenizer.ExactMarker.ToString());
        var terms = body.GetEnumerator();
        if (terms.SeekCeil(marker) == TermsEnum.SeekStatus.END) return [];
        do
        {
            if (!StringHelper.StartsWith(terms.Term, marker)) break;
            var spelling = terms.Term.Utf8ToString()[1..];
            var folded = VietnameseText.Fold(spelling).ToLowerInvariant();
            if (!best.TryGetValue(folded, out var current) || terms.DocFreq > current.Frequency)
                best[folded] = (spelling, terms.DocFreq);
        }
        while (terms.MoveNext());
        return best.ToDictionary(e => e.Key, e => e.Value.Spelling, StringComparer.Ordinal);
    }

    private static string MatchCase(string word, string typed) =>
        typed.Length > 0 && char.IsUpper(typed[0]) && word.Length > 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word;
}
