using System.Text.RegularExpressions;

namespace Justice.Search;

/// <summary>
/// The reviewed abbreviations of legal Vietnamese, expanded at query time: the abbreviation stays in the
/// query and its expansion is added, so a text that spells either is found.
/// </summary>
public static partial class LegalSynonyms
{
    /// <summary>Abbreviation → expansion. Short codes that are also common syllables match upper case only.</summary>
    public static readonly IReadOnlyList<(string Abbreviation, string Expansion, bool IgnoreCase)> Entries =
    [
        ("BLDS", "bộ luật dân sự", true),
        ("BLHS", "bộ luật hình sự", true),
        ("BLTTDS", "bộ luật tố tụng dân sự", true),
        ("BLTTHS", "bộ luật tố tụng hình sự", true),
        ("BLLĐ", "bộ luật lao động", true),
        ("NĐ", "nghị định", false),
        ("TT", "thông tư", false),
        ("TTLT", "thông tư liên tịch", false),
        ("QĐ", "quyết định", false),
        ("NQ", "nghị quyết", false),
        ("UBND", "ủy ban nhân dân", true),
        ("HĐND", "hội đồng nhân dân", true),
    ];

    /// <summary>The expansions of the abbreviations standing alone in <paramref name="query"/> (not inside a document number).</summary>
    public static IEnumerable<string> ExpansionsIn(string query)
    {
        foreach (Match word in StandaloneWord().Matches(query))
        {
            foreach (var (abbreviation, expansion, ignoreCase) in Entries)
            {
                if (string.Equals(word.Value, abbreviation, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
                    || (abbreviation.Contains('Đ') && string.Equals(word.Value, abbreviation.Replace('Đ', 'D'),
                        ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)))
                {
                    yield return expansion;
                }
            }
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{M}\p{N}/\-])[\p{L}\p{M}]+(?![\p{L}\p{M}\p{N}/\-])")]
    private static partial Regex StandaloneWord();
}
