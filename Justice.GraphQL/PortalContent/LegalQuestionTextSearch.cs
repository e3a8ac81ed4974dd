using System.Collections.Concurrent;
using Justice.Domain.Common;
using Justice.Domain.PortalContent;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.PortalContent;

/// <summary>
/// Text search over published questions (title, question, answer), insensitive to case and diacritics like the rest
/// of the system (<see cref="VietnameseText.Fold"/>): "dat dai" finds "đất đai". The table has no folded column, so the
/// folded text of each published question is kept in memory and built once: a published question never changes
/// (the workflow ends there), and the key carries its version and publication instant so a stale entry is never used.
/// Only the ids and versions of the candidates are read on each search.
/// </summary>
public static class LegalQuestionTextSearch
{
    public const int MaxQueryLength = 200;

    private static readonly ConcurrentDictionary<(Guid Id, int Version, DateTime? PublishedAt), string> Folded = new();

    /// <summary>The published questions among <paramref name="published"/> whose text holds every word of <paramref name="query"/>.</summary>
    public static async Task<IQueryable<LegalQuestion>> FilterAsync(IQueryable<LegalQuestion> published, string query, CancellationToken ct)
    {
        var words = VietnameseText.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray();
        if (words.Length == 0) return published;
        var candidates = await published.Select(q => new { q.Id, q.Version, q.PublishedAt }).ToListAsync(ct);
        var missing = candidates.Where(c => !Folded.ContainsKey((c.Id, c.Version, c.PublishedAt))).Select(c => c.Id).ToList();
        foreach (var chunk in missing.Chunk(500))
        {
            var texts = await published.Where(q => chunk.Contains(q.Id))
                .Select(q => new { q.Id, q.Version, q.PublishedAt, q.Title, q.QuestionText, q.AnswerText }).ToListAsync(ct);
            foreach (var t in texts)
                Folded[(t.Id, t.Version, t.PublishedAt)] = VietnameseText.Fold($"{t.Title} {t.QuestionText} {t.AnswerText}");
        }
        var matching = candidates
            .Where(c => Folded.TryGetValue((c.Id, c.Version, c.PublishedAt), out var text) && words.All(w => text.Contains(w, StringComparison.Ordinal)))
            .Select(c => c.Id).ToList();
        return published.Where(q => matching.Contains(q.Id));
    }
}
