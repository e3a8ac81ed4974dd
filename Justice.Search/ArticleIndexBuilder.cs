using Justice.Domain.LegalDocuments;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Justice.Search;

/// <summary>
/// Builds the article index: one Lucene document per article of each legal document, searchable by
/// the document's number and title and the article's title and text (folded, exact and as bigrams).
/// </summary>
public sealed class ArticleIndexBuilder(LuceneDirectory directory)
{
    /// <summary>Replaces the directory's content with the articles of <paramref name="documents"/>; returns how many were indexed.</summary>
    public int Build(IEnumerable<LegalDocument> documents)
    {
        var config = new IndexWriterConfig(Analysis.VietnameseAnalyzer.Version, ArticleFields.CreateAnalyzer())
        {
            OpenMode = OpenMode.CREATE,
            Similarity = LegalArticleSearch.CreateSimilarity(),
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(directory, config);
        var count = 0;
        foreach (var document in documents)
        {
            foreach (var article in document.Articles)
            {
                writer.AddDocument(ToLucene(document, article));
                count++;
            }
        }
        writer.Commit();
        return count;
    }

    private static Document ToLucene(LegalDocument document, LegalProvision article)
    {
        var text = document.FullTextOf(article);
        var number = document.Number?.Value;
        var searchable = string.Join('\n', new[] { number, document.Title, article.Title, text }.Where(s => !string.IsNullOrEmpty(s)));
        var lucene = new Document
        {
            new StringField(ArticleFields.DocumentId, document.Id.ToString(), Field.Store.YES),
            new StoredField(ArticleFields.DocumentTitle, document.Title),
            new StoredField(ArticleFields.ArticleNumber, article.Number),
            new StoredField(ArticleFields.ArticleText, text),
            new TextField(ArticleFields.Body, searchable, Field.Store.NO),
            new TextField(ArticleFields.BodyExact, searchable, Field.Store.NO),
            new TextField(ArticleFields.BodyBigrams, searchable, Field.Store.NO),
        };
        var heading = string.Join('\n', new[] { document.Title, article.Title }.Where(s => !string.IsNullOrEmpty(s)));
        lucene.Add(new TextField(ArticleFields.Heading, heading, Field.Store.NO));
        lucene.Add(new TextField(ArticleFields.HeadingBigrams, heading, Field.Store.NO));
        if (number is not null) lucene.Add(new StoredField(ArticleFields.DocumentNumber, number));
        if (article.Title is not null) lucene.Add(new StoredField(ArticleFields.ArticleTitle, article.Title));
        return lucene;
    }
}
