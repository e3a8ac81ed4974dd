using System.Text;
using Justice.Search.Analysis;

namespace Justice.Search.Tests;

public sealed class VietnameseAnalyzerTests
{
    private static readonly VietnameseAnalyzer Folded = new(VietnameseAnalysis.Folded);
    private static readonly VietnameseAnalyzer Exact = new(VietnameseAnalysis.Exact);
    private static readonly VietnameseAnalyzer Bigrams = new(VietnameseAnalysis.FoldedBigrams);

    private static string[] Terms(VietnameseAnalyzer analyzer, string text) => analyzer.Terms(text).Select(t => t.Term).ToArray();

    [Fact]
    public void Folds_case_and_diacritics_with_d_stroke()
    {
        Assert.Equal(["hon", "nhan", "va", "gia", "dinh"], Terms(Folded, "Hôn nhân và Gia đình"));
        Assert.Equal(["dat", "dai"], Terms(Folded, "ĐẤT ĐAI"));
        Assert.Equal(["hôn", "nhân", "đất"], Terms(Exact, "Hôn nhân ĐẤT"));
    }

    [Fact]
    public void Decomposed_input_analyses_like_composed()
    {
        const string text = "Quyền thừa kế của người được nhận nuôi; Điều đất đai";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(text, decomposed);
        Assert.Equal(Terms(Folded, text), Terms(Folded, decomposed));
        Assert.Equal(Terms(Exact, text), Terms(Exact, decomposed));
        Assert.Equal(Terms(Bigrams, text), Terms(Bigrams, decomposed));
    }

    [Fact]
    public void Bigrams_pair_adjacent_syllables()
    {
        Assert.Equal(["hon_nhan", "nhan_va", "va_gia", "gia_dinh"], Terms(Bigrams, "Hôn nhân và gia đình"));
    }

    [Fact]
    public void Document_numbers_are_kept_whole_and_split()
    {
        var terms = Folded.Terms("theo Nghị định 123/2015/NĐ-CP");
        Assert.Contains(terms, t => t.Term == "123/2015/nd-cp" && t.Type == SyllableTokenizer.NumberType);
        Assert.Equal(["theo", "nghi", "dinh", "123/2015/nd-cp", "123", "2015", "nd", "cp"], terms.Select(t => t.Term));
        var whole = terms.Single(t => t.Term == "123/2015/nd-cp");
        Assert.Equal(whole.Position, terms.Single(t => t.Term == "123").Position);
        Assert.Contains("52/2014/qh13", Terms(Folded, "Luật 52/2014/QH13"));
        Assert.DoesNotContain(Terms(Bigrams, "Luật 52/2014/QH13"), t => t.Contains('/'));
    }

    [Fact]
    public void Ordinary_punctuation_separates_syllables()
    {
        Assert.Equal(["phong", "chong", "ma", "tuy"], Terms(Folded, "Phòng, chống ma túy."));
    }

    [Fact]
    public void The_indexed_form_stacks_the_exact_form_and_the_bigram_on_each_folded_syllable()
    {
        var stacked = new VietnameseAnalyzer(VietnameseAnalysis.Stacked);
        (string, int)[] expected =
        [
            ("hon", 0), ("=hôn", 0), ("nhan", 1), ("=nhân", 1), ("hon_nhan", 1),
            ("52/2014/qh13", 2), ("52", 2), ("=52", 2), ("nhan_52", 2), ("2014", 3), ("=2014", 3), ("52_2014", 3),
            ("qh13", 4), ("=qh13", 4), ("2014_qh13", 4),
        ];
        Assert.Equal(expected, stacked.Terms("Hôn nhân 52/2014/QH13").Select(t => (t.Term, t.Position)));
        Assert.Equal(stacked.Terms("Đăng ký kết hôn"), stacked.Terms("Đăng ký kết hôn".Normalize(NormalizationForm.FormD)));
    }
}
