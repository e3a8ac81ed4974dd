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

    /// <summary>Document number and title, article title and text, folded syllables.</summary>
    public const string Body = "body";
    /// <summary>The same text with its diacritics kept.</summary>
    public const string BodyExact = "body_exact";
    /// <summary>The same text as folded syllable bigrams.</summary>
    public const string BodyBigrams = "body_bigrams";

    /// <summary>The document title and the article title, folded syllables.</summary>
    public const string Heading = "heading";
    /// <summary>The same headings as folded syllable bigrams.</summary>
    public const string HeadingBigrams = "heading_bigrams";

    public static readonly VietnameseAnalyzer Folded = new(VietnameseAnalysis.Folded);
    public static readonly VietnameseAnalyzer Exact = new(VietnameseAnalysis.Exact);
    public static readonly VietnameseAnalyzer Bigrams = new(VietnameseAnalysis.FoldedBigrams);

    /// <summary>The analyzer of each indexed field.</summary>
    public static Analyzer CreateAnalyzer() => new PerFieldAnalyzerWrapper(Folded, new Dictionary<string, Analyzer>
    {
        [BodyExact] = Exact,
        [BodyBigrams] = Bigrams,
        [HeadingBigrams] = Bigrams,
    });
}
