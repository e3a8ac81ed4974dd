using Lucene.Net.Store;
using Xunit.Abstractions;

namespace Justice.Search.Tests;

/// <summary>
/// Search quality on real legal questions with the articles that answer them. The thresholds sit a little
/// below the measured figures, so a change that makes ranking worse fails here.
/// </summary>
public sealed class RetrievalQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Questions_2023_over_the_28_laws()
    {
        var quality = Measure(TestData.TwentyEightLaws(), TestData.Questions("questions-2023-train"));
        output.WriteLine($"questions-2023-train over laws-28: {quality}");
        Assert.Equal(100, quality.Questions);
        Assert.True(quality.HitAt1 >= 0.86, quality.ToString());
        Assert.True(quality.HitAt10 >= 0.95, quality.ToString());
        Assert.True(quality.MrrAt10 >= 0.90, quality.ToString());
    }

    [Fact]
    public void Questions_2022_over_the_numbered_statutes()
    {
        var quality = Measure(TestData.NumberedStatutes(), TestData.Questions("questions-2022"));
        output.WriteLine($"questions-2022 over laws-2022-numbered: {quality}");
        Assert.Equal(520, quality.Questions);
        Assert.True(quality.HitAt1 >= 0.89, quality.ToString());
        Assert.True(quality.HitAt10 >= 0.96, quality.ToString());
        Assert.True(quality.MrrAt10 >= 0.915, quality.ToString());
    }

    private static RetrievalQuality Measure(IReadOnlyList<Justice.Domain.LegalDocuments.LegalDocument> corpus, IReadOnlyList<JudgedQuestion> questions)
    {
        using var directory = new RAMDirectory();
        new ArticleIndexBuilder(directory).Build(corpus);
        using var search = new LegalArticleSearch(directory);
        return RetrievalEvaluator.Evaluate(search, corpus, questions);
    }
}
