using Justice.Domain.Common;
using Justice.Domain.LegalDocuments;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Search.Indexing;

/// <param name="Imported">Laws added as new documents.</param>
/// <param name="AlreadyPresent">Laws skipped because a document with the same number (or, without a number, the same title) exists.</param>
/// <param name="Articles">Articles of the imported laws.</param>
public sealed record StatuteImportResult(int Imported, int AlreadyPresent, int Articles);

/// <summary>
/// Loads a statute corpus (<c>[{"id", "articles": [{"id", "text"}]}]</c>) as legal documents with their
/// articles. A law is identified by its number when its id parses as one, else by its title, so importing the
/// same file again adds nothing. Each new document is announced to the search index in the same transaction.
/// </summary>
public sealed class StatuteImport(TimeProvider clock)
{
    public async Task<StatuteImportResult> ImportAsync(JusticeDbContext db, Stream utf8Json, IProgress<(int Done, int Total)>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var entries = StatuteCorpusReader.ReadEntries(utf8Json);
        var reader = new StatuteCorpusReader(splitPoints: true);
        var today = VietnamTime.LocalDate(clock.GetUtcNow().UtcDateTime);
        int imported = 0, present = 0, articles = 0, done = 0;
        progress?.Report((0, entries.Count));
        foreach (var entry in entries)
        {
            var document = reader.ToDocument(entry, LegalDocumentsDemoData.ShippedStatutes.GetValueOrDefault(entry.Id));
            if (await ExistsAsync(db, document, cancellationToken))
            {
                present++;
            }
            else
            {
                // The corpus holds laws in force; without dates the status is the corpus's word for it.
                if (document.EffectiveDate is null) document.ChangeStatus(ValidityStatus.InForce, today);
                else document.RefreshStatus(today);
                db.Add(document);
                SearchOutbox.DocumentChanged(db, document.Id, clock);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                imported++;
                articles += entry.Articles.Count;
            }
            progress?.Report((++done, entries.Count));
        }
        return new StatuteImportResult(imported, present, articles);
    }

    private static Task<bool> ExistsAsync(JusticeDbContext db, LegalDocument document, CancellationToken cancellationToken)
    {
        var documents = db.Set<LegalDocument>().AsNoTracking();
        return document.Number is { } number
            ? documents.AnyAsync(d => d.Number == number && d.ProvinceId == null, cancellationToken)
            : documents.AnyAsync(d => d.Number == null && d.Title == document.Title, cancellationToken);
    }
}
