using GraphQL;

namespace Justice.GraphQL.Access;

/// <summary>
/// The personal-data records a request has read, with the fields asked for and the purpose given.
/// Collected while resolving; written as audit entries before the response leaves (see
/// <see cref="Http.JusticeGraphQLExecutor"/>), so data never goes out unaudited.
/// </summary>
public sealed class PersonalDataAudit
{
    private readonly Dictionary<(string Type, string Id), SortedSet<string>> _reads = new();

    /// <summary>The purpose stated by the caller on the root field (mục đích khai thác).</summary>
    public string? Purpose { get; private set; }

    public IEnumerable<AuditedRead> Reads =>
        _reads.Select(r => new AuditedRead(r.Key.Type, r.Key.Id, string.Join(",", r.Value)));

    public void StatePurpose(string? purpose)
    {
        var text = Justice.Domain.Common.VietnameseText.NormalizeOptional(purpose);
        if (text is null or { Length: < 5 })
            throw new ExecutionError("Hãy nêu mục đích khai thác dữ liệu cá nhân (ít nhất 5 ký tự).") { Code = ErrorCodes.PurposeRequired };
        Purpose = text.Length > 500 ? text[..500] : text;
    }

    /// <summary>Notes a read of one record; refuses when no purpose was stated for this request.</summary>
    public void Read(string entityType, Guid id, IEnumerable<string> fields)
    {
        if (Purpose is null)
            throw new ExecutionError("Đọc dữ liệu cá nhân cần nêu mục đích (tham số purpose).") { Code = ErrorCodes.PurposeRequired };
        var key = (entityType, id.ToString());
        if (!_reads.TryGetValue(key, out var set)) _reads[key] = set = new SortedSet<string>(StringComparer.Ordinal);
        set.UnionWith(fields);
    }
}

public sealed record AuditedRead(string EntityType, string EntityId, string Fields);
