using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Justice.Search.Tests;

/// <summary>MaxScore finds what Lucene's own disjunction finds, with the same scores, for real questions.</summary>
public sealed class MaxScoreSearchTests
{
    [Fact]
    public void The_best_articles_and_their_scores_are_those_of_the_boolean_query()
    {
        using var directory = new RAMDirectory();
        new ArticleIndexBuilder(directory).Build(TestData.TwentyEightLaws());
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var compared = 0;
        foreach (var question in TestData.Questions("questions-2023-train").Take(60))
        {
            var built = SearchQueries.BuildParts(question.Text, ArticleSearchWeights.Default)!;
            // A question with a quoted phrase is not a plain sum of terms: Lucene runs it.
            if (built.TermsOnly is null) continue;
            var expected = searcher.Search(built.Query, 10).ScoreDocs;
            var actual = MaxScoreSearch.Search(searcher, built.TermsOnly, 10);
            Assert.Equal(expected.Length, actual.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.Equal(expected[i].Score, actual[i].Score, 0.0001f * expected[i].Score);
                // Where scores tie (to rounding) the order may differ; elsewhere it is the same article.
                var tied = (i > 0 && Close(expected[i - 1].Score, expected[i].Score))
                           || (i + 1 < expected.Length && Close(expected[i + 1].Score, expected[i].Score));
                if (!tied) Assert.Equal(expected[i].Doc, actual[i].Doc);
            }
            compared++;
        }
        Assert.True(compared >= 50, $"{compared} questions compared");
    }

    private static bool Close(float a, float b) => Math.Abs(a - b) <= 0.0001f * Math.Max(a, b);
}
