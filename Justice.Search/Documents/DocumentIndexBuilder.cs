using Justice.Domain.LegalDocuments;
using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Justice.Search.Documents;

/// <summary>Builds the document index from scratch: one entry per legal document (<see cref="DocumentFields"/>).</summary>
public sealed class DocumentIndexBuilder(LuceneDirectory directory)
{
    public int Build(IEnumerable<LegalDocument> documents)
    {
        using var writer = new IndexWriter(directory, DocumentFields.CreateConfig(OpenMode.CREATE));
        var count = 0;
        foreach (var document in documents)
        {
            writer.AddDocument(DocumentFields.ToLucene(document));
            count++;
        }
        writer.SetCommitData(Indexing.SearchIndexFormat.CommitData(Indexing.OutboxCheckpoint.Start));
        writer.Commit();
        return count;
    }
}
