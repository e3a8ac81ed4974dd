using Justice.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace Justice.Search;

/// <summary>The fields of the article index: one Lucene document per article.</summary>
public static class ArticleFields
{
    public const string DocumentId = "document_id";
    public const string DocumentNumber = "document_number";
    public const string DocumentTitle = "document_title";
    public const string ArticleNumber = "article_number";
    public const string ArticleTitle = "article_title";
    public const string ArticleText = "article_text";
    /// <summary><c>document</c> or <c>code</c> (<see cref="ArticleKind"/>).</summary>
    public const string Kind = "kind";
    /// <summary>The Code topic (đề mục) an article of the Code belongs to.</summary>
    public const string TopicId = "topic_id";

    public static string KindValue(ArticleKind kind) => kind == ArticleKind.Code ? "code" : "document";

    /// <summary>
    /// Document number and title, article title and text, analysed once into every form a query looks for
    /// (<see cref="VietnameseAnalysis.Stacked"/>): folded syllables, their exact forms (<see cref="ExactTerm"/>) and
    /// folded bigrams.
    /// </summary>
    public const string Body = "body";

    /// <summary>The document title and the article title: folded syllables and bigrams.</summary>
    public const string Heading = "heading";

    /// <summary>Query-side analyses: one form each.</summary>
    public static readonly VietnameseAnalyzer Folded = new(VietnameseAnalysis.Folded);
    public static readonly VietnameseAnalyzer Exact = new(VietnameseAnalysis.Exact);
    public static readonly VietnameseAnalyzer Bigrams = new(VietnameseAnalysis.FoldedBigrams);

    /// <summary>The term of <see cref="Body"/> that holds an exact (lower-case, with diacritics) syllable.</summary>
    public static string ExactTerm(string exact) => SyllableTokenizer.ExactMarker + exact;

    /// <summary>The analyzer of each indexed field (both indexes).</summary>
    public static Analyzer CreateAnalyzer() => new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(VietnameseAnalysis.Stacked),
        new Dictionary<string, Analyzer> { [Heading] = new VietnameseAnalyzer(VietnameseAnalysis.FoldedWithBigrams) });
}
