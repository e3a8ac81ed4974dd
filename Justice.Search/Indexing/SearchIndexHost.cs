using Justice.Domain.Codification;
using Justice.Domain.LegalDocuments;
using Justice.Domain.Persistence;
using Justice.Search.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Justice.Search.Indexing;

/// <summary>
/// The search indexes of this node, under <c>&lt;data&gt;/search</c>: <c>documents/</c> and <c>articles/</c> (document
/// and Code articles). Owns their writers and refreshed searchers, and the node's <see cref="OutboxCheckpoint"/>, which
/// each commit records. An index that is missing, unreadable, of another <see cref="SearchIndexFormat"/> or without a
/// checkpoint is marked for rebuilding from the database; until <see cref="RebuildAsync"/> finishes, searches answer
/// nothing, flagged <c>IndexRebuilding</c>, rather than fail. A rebuild of a sound index keeps serving the old content
/// until the new one is committed.
/// </summary>
public sealed class SearchIndexHost : IDisposable
{
    private const int LoadBatch = 500;

    private readonly ILogger _logger;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private volatile bool _rebuilding;

    public SearchIndexHost(string indexPath, ILogger<SearchIndexHost>? logger = null)
    {
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        IndexPath = indexPath;
        System.IO.Directory.CreateDirectory(indexPath);
        DocumentIndex = new ManagedIndex(Path.Combine(indexPath, "documents"), DocumentFields.CreateConfig, this, _logger);
        ArticleIndex = new ManagedIndex(Path.Combine(indexPath, "articles"), ArticleIndexBuilder.CreateConfig, this, _logger);
        // After a crash between the two commits the indexes may disagree: the older checkpoint is safe (applying again is harmless).
        var checkpoints = new[] { DocumentIndex.Checkpoint, ArticleIndex.Checkpoint };
        Checkpoint = checkpoints.Any(c => c is null) ? null : checkpoints.MinBy(c => c!.Position, Comparer<Guid>.Create(OutboxCheckpoint.Compare));
        NeedsRebuild = DocumentIndex.CreatedEmpty || ArticleIndex.CreatedEmpty || Checkpoint is null;
        _rebuilding = NeedsRebuild;
        Documents = new LegalDocumentSearch(DocumentIndex);
        Articles = new LegalArticleSearch(ArticleIndex);
    }

    public string IndexPath { get; }

    /// <summary>An index was missing or unreadable at start: <see cref="RebuildAsync"/> has to run before searches find anything.</summary>
    public bool NeedsRebuild { get; private set; }

    /// <summary>A rebuild is under way.</summary>
    public bool IsRebuilding => _rebuilding;

    /// <summary>How far this node's indexes have followed the outbox; null until they are rebuilt.</summary>
    public OutboxCheckpoint? Checkpoint { get; private set; }

    public LegalDocumentSearch Documents { get; }
    public LegalArticleSearch Articles { get; }

    internal ManagedIndex DocumentIndex { get; }
    internal ManagedIndex ArticleIndex { get; }

    /// <summary>Documents and Code articles in each index now (after the last commit).</summary>
    public (int Documents, int Articles) Count() => (DocumentIndex.Count(), ArticleIndex.Count());

    /// <summary>
    /// Replaces both indexes' content with what the database holds, and records <paramref name="checkpoint"/> (read
    /// before the database, so what it counts as applied is in what is read); returns the number of documents and of
    /// articles indexed. <paramref name="progress"/> hears (documents done, documents in all) as it goes. The next batch
    /// is read while one is indexed, and the two indexes are written side by side.
    /// </summary>
    public async Task<(int Documents, int Articles)> RebuildAsync(Func<JusticeDbContext> newContext, OutboxCheckpoint checkpoint,
        IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        _rebuilding = true;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            DocumentIndex.Writer.DeleteAll();
            ArticleIndex.Writer.DeleteAll();
            int documents = 0, articles = 0;
            List<Guid> ids;
            await using (var db = newContext())
                ids = await db.Set<LegalDocument>().AsNoTracking().OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(cancellationToken);
            progress?.Report((0, ids.Count));

            var batches = ids.Chunk(LoadBatch).ToList();
            var next = batches.Count > 0 ? LoadAsync(newContext, batches[0], cancellationToken) : null;
            for (var i = 0; next is not null; i++)
            {
                var loaded = await next;
                next = i + 1 < batches.Count ? LoadAsync(newContext, batches[i + 1], cancellationToken) : null;
                articles += await Task.Run(() => AddAll(loaded), cancellationToken);
                documents += loaded.Count;
                progress?.Report((documents, ids.Count));
            }
            await using (var db = newContext())
            {
                var topics = await db.Set<CodificationTopic>().AsNoTracking().AsSplitQuery().Include(t => t.Articles)
                    .Where(t => t.Status == CodificationTopicStatus.Published || t.Status == CodificationTopicStatus.Updating)
                    .ToListAsync(cancellationToken);
                foreach (var topic in topics)
                    foreach (var article in ArticleIndexBuilder.ToLucene(topic))
                    {
                        ArticleIndex.Writer.AddDocument(article);
                        articles++;
                    }
            }
            Commit(checkpoint);
            NeedsRebuild = false;
            _logger.LogInformation("Search index rebuilt: {Documents} documents, {Articles} articles in {Seconds:F1} s",
                documents, articles, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
            return (documents, articles);
        }
        catch
        {
            // What was added so far is not committed: the searchers keep what they had.
            DocumentIndex.Writer.Rollback();
            ArticleIndex.Writer.Rollback();
            DocumentIndex.Reopen();
            ArticleIndex.Reopen();
            throw;
        }
        finally
        {
            _rebuilding = false;
            _writeLock.Release();
        }
    }

    private static async Task<List<LegalDocument>> LoadAsync(Func<JusticeDbContext> newContext, Guid[] ids, CancellationToken cancellationToken)
    {
        await using var db = newContext();
        return await db.Set<LegalDocument>().AsNoTracking().AsSplitQuery().Include(d => d.Provisions)
            .Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
    }

    /// <summary>Adds the documents to both indexes, one thread each (a writer takes documents from several threads); returns the articles added.</summary>
    private int AddAll(List<LegalDocument> documents)
    {
        var articles = 0;
        Parallel.Invoke(
            () =>
            {
                foreach (var document in documents) DocumentIndex.Writer.AddDocument(DocumentFields.ToLucene(document));
            },
            () =>
            {
                foreach (var document in documents)
                    foreach (var article in ArticleIndexBuilder.ToLucene(document))
                    {
                        ArticleIndex.Writer.AddDocument(article);
                        articles++;
                    }
            });
        return articles;
    }

    /// <summary>
    /// Brings the entries of these documents and Code topics up to date with the database (deleted ones are removed) and
    /// records <paramref name="checkpoint"/>, in one commit per index. A document or topic that cannot be indexed is left
    /// out and returned with the error, so one bad entry does not hold the others back; a failure to read the database
    /// throws, and nothing is committed.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, string>> ApplyAsync(JusticeDbContext db, IReadOnlyCollection<Guid> documentIds,
        IReadOnlyCollection<Guid> topicIds, OutboxCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        var documents = documentIds.Count == 0 ? [] : await db.Set<LegalDocument>().AsNoTracking().AsSplitQuery()
            .Include(d => d.Provisions).Where(d => documentIds.Contains(d.Id)).ToListAsync(cancellationToken);
        var topics = topicIds.Count == 0 ? [] : await db.Set<CodificationTopic>().AsNoTracking().AsSplitQuery()
            .Include(t => t.Articles).Where(t => topicIds.Contains(t.Id)).ToListAsync(cancellationToken);
        var failed = new Dictionary<Guid, string>();
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            foreach (var id in documentIds)
            {
                var key = id.ToString();
                DocumentIndex.Writer.DeleteDocuments(new Term(DocumentFields.Id, key));
                ArticleIndex.Writer.DeleteDocuments(new BooleanQuery
                {
                    { new TermQuery(new Term(ArticleFields.Kind, ArticleFields.KindValue(ArticleKind.Document))), Occur.MUST },
                    { new TermQuery(new Term(ArticleFields.DocumentId, key)), Occur.MUST },
                });
            }
            foreach (var document in documents)
            {
                Index(document.Id, () =>
                {
                    var entry = DocumentFields.ToLucene(document);
                    var articles = ArticleIndexBuilder.ToLucene(document).ToList();
                    DocumentIndex.Writer.AddDocument(entry);
                    ArticleIndex.Writer.AddDocuments(articles);
                });
            }
            foreach (var id in topicIds) ArticleIndex.Writer.DeleteDocuments(new Term(ArticleFields.TopicId, id.ToString()));
            foreach (var topic in topics) Index(topic.Id, () => ArticleIndex.Writer.AddDocuments(ArticleIndexBuilder.ToLucene(topic).ToList()));
            Commit(checkpoint);
        }
        finally
        {
            _writeLock.Release();
        }
        return failed;

        void Index(Guid id, Action add)
        {
            try
            {
                add();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or NullReferenceException)
            {
                _logger.LogError(e, "Search index: entry {Id} could not be indexed and is left out", id);
                failed[id] = $"{e.GetType().Name}: {e.Message}";
            }
        }
    }

    /// <summary>Commits both indexes with the checkpoint, documents first; the searchers see the change after it.</summary>
    private void Commit(OutboxCheckpoint checkpoint)
    {
        DocumentIndex.Commit(checkpoint);
        ArticleIndex.Commit(checkpoint);
        Checkpoint = checkpoint;
    }

    internal bool ServesNothing => _rebuilding && NeedsRebuild;

    public void Dispose()
    {
        DocumentIndex.Dispose();
        ArticleIndex.Dispose();
        _writeLock.Dispose();
    }

    /// <summary>One index folder with its writer and the searchers refreshed after each commit.</summary>
    internal sealed class ManagedIndex : ISearcherSource, IDisposable
    {
        private readonly string _path;
        private readonly Func<OpenMode, IndexWriterConfig> _config;
        private readonly SearchIndexHost _host;
        private FSDirectory _directory = null!;
        private SearcherManager _searchers = null!;

        public ManagedIndex(string path, Func<OpenMode, IndexWriterConfig> config, SearchIndexHost host, ILogger logger)
        {
            _path = path;
            _config = config;
            _host = host;
            try
            {
                using (var probe = FSDirectory.Open(path)) CreatedEmpty = !DirectoryReader.IndexExists(probe);
                Open(CreatedEmpty ? OpenMode.CREATE : OpenMode.APPEND);
                if (!SearchIndexFormat.IsCurrent(Writer.CommitData))
                {
                    logger.LogInformation("Search index in {Path} was written by another version; it is rebuilt from the database", path);
                    Close();
                    System.IO.Directory.Delete(path, recursive: true);
                    CreatedEmpty = true;
                    Open(OpenMode.CREATE);
                }
            }
            catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
                                           or InvalidOperationException or ArgumentException or UnauthorizedAccessException)
            {
                if (e is LockObtainFailedException) throw;
                logger.LogWarning(e, "Search index in {Path} is unreadable; it is rebuilt from the database", path);
                Writer?.Dispose();
                _directory?.Dispose();
                System.IO.Directory.Delete(path, recursive: true);
                CreatedEmpty = true;
                Open(OpenMode.CREATE);
            }
        }

        public bool CreatedEmpty { get; }
        public IndexWriter Writer { get; private set; } = null!;

        /// <summary>The checkpoint of the last commit; null in an index created empty.</summary>
        public OutboxCheckpoint? Checkpoint => OutboxCheckpoint.FromCommitData(Writer.CommitData);

        private void Open(OpenMode mode)
        {
            System.IO.Directory.CreateDirectory(_path);
            _directory = FSDirectory.Open(_path);
            Writer = new IndexWriter(_directory, _config(mode));
            if (mode == OpenMode.CREATE)
            {
                // Empty, of this version, with no checkpoint: it has to be rebuilt.
                Writer.SetCommitData(SearchIndexFormat.Empty());
                Writer.Commit();
            }
            _searchers = new SearcherManager(Writer, applyAllDeletes: true, new Bm25SearcherFactory());
            // Reading every segment's header now finds a damaged index at start rather than at the first search.
            var searcher = _searchers.Acquire();
            try
            {
                foreach (var leaf in searcher.IndexReader.Leaves) _ = leaf.AtomicReader.Fields;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }

        /// <summary>After a rollback the writer is closed: open it again on the last commit.</summary>
        public void Reopen()
        {
            _searchers.Dispose();
            _directory.Dispose();
            Open(OpenMode.CREATE_OR_APPEND);
        }

        public void Commit(OutboxCheckpoint checkpoint)
        {
            Writer.SetCommitData(SearchIndexFormat.CommitData(checkpoint));
            Writer.Commit();
            _searchers.MaybeRefreshBlocking();
        }

        public int Count()
        {
            var searcher = _searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }

        public SearcherLease Acquire()
        {
            if (_host.ServesNothing) return new SearcherLease(null, null, rebuilding: true);
            var searcher = _searchers.Acquire();
            return new SearcherLease(searcher, _searchers.Release, _host.IsRebuilding);
        }

        public void Dispose() => Close();

        private void Close()
        {
            _searchers.Dispose();
            Writer.Dispose();
            _directory.Dispose();
        }
    }
}
