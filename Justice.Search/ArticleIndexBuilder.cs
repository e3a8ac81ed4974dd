using Justice.Domain.Codification;
using Justice.Domain.LegalDocuments;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Justice.Search;

/// <summary>
/// Builds the article index: one Lucene document per article of each legal document, and per article of the
/// Code (marked <see cref="ArticleKind.Code"/>), searchable by the document's number and title (the topic's name
/// for the Code) and the article's title and text (folded, exact and as bigrams).
/// </summary>
public sealed class ArticleIndexBuilder(LuceneDirectory directory)
{
    /// <summary>Replaces the directory's content with the articles of <paramref name="documents"/> and of <paramref name="codeTopics"/>; returns how many were indexed.</summary>
    public int Build(IEnumerable<LegalDocument> documents, IEnumerable<CodificationTopic>? codeTopics = null)
    {
        using var writer = new IndexWriter(directory, CreateConfig(OpenMode.CREATE));
        var count = 0;
        foreach (var document in documents)
        {
            foreach (var article in ToLucene(document))
            {
                writer.AddDocument(article);
                count++;
            }
        }
        foreach (var topic in codeTopics ?? [])
        {
            foreach (var article in ToLucene(topic))
            {
                writer.AddDocument(article);
                count++;
            }
        }
        writer.SetCommitData(Indexing.SearchIndexFormat.CommitData(Indexing.OutboxCheckpoint.Start));
        writer.Commit();
        return count;
    }

    public static IndexWriterConfig CreateConfig(OpenMode mode) =>
        new(Analysis.VietnameseAnalyzer.Version, ArticleFields.CreateAnalyzer())
        {
            OpenMode = mode,
            Similarity = LegalArticleSearch.CreateSimilarity(),
            RAMBufferSizeMB = 256,
        };

    /// <summary>The index entries of a document's articles (all carry <see cref="ArticleFields.DocumentId"/>, to replace them together).</summary>
    public static IEnumerable<Document> ToLucene(LegalDocument document) =>
        ArticleTexts.Of(document).Select(a => Entry(ArticleKind.Document, document.Id, null, document.Number?.Value, document.Title,
            a.Article.Number, a.Article.Title, a.Text));

    /// <summary>
    /// The index entries of a Code topic's articles, published or being updated (a draft topic is not yet the
    /// Code). All carry <see cref="ArticleFields.TopicId"/>, to replace them together.
    /// </summary>
    public static IEnumerable<Document> ToLucene(CodificationTopic topic) =>
        topic.Status is CodificationTopicStatus.Published or CodificationTopicStatus.Updating
            ? topic.Articles.OrderBy(a => a.Position).Select(article => Entry(ArticleKind.Code, article.SourceDocumentId, topic.Id, null,
                $"Đề mục {topic.Code}. {topic.Name}", article.Symbol, article.Title, article.Text))
            : [];

    private static Document Entry(ArticleKind kind, Guid documentId, Guid? topicId, string? number, string documentTitle,
        string articleNumber, string? articleTitle, string text)
    {
        var searchable = string.Join('\n', new[] { number, documentTitle, articleTitle, text }.Where(s => !string.IsNullOrEmpty(s)));
        var lucene = new Document
        {
            new StringField(ArticleFields.Kind, ArticleFields.KindValue(kind), Field.Store.YES),
            new StringField(ArticleFields.DocumentId, documentId.ToString(), Field.Store.YES),
            new StoredField(ArticleFields.DocumentTitle, documentTitle),
            new StoredField(ArticleFields.ArticleNumber, articleNumber),
            new StoredField(ArticleFields.ArticleText, text),
            new TextField(ArticleFields.Body, searchable, Field.Store.NO),
            new TextField(ArticleFields.Heading, string.Join('\n', new[] { documentTitle, articleTitle }.Where(s => !string.IsNullOrEmpty(s))), Field.Store.NO),
        };
        if (topicId is { } topic) lucene.Add(new StringField(ArticleFields.TopicId, topic.ToString(), Field.Store.YES));
        if (number is not null) lucene.Add(new StoredField(ArticleFields.DocumentNumber, number));
        if (articleTitle is not null) lucene.Add(new StoredField(ArticleFields.ArticleTitle, articleTitle));
        return lucene;
    }
}
