namespace Justice.Portal.Portal;

/// <summary>A connection's <c>pageInfo</c>, as every list operation selects it.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>A connection page: <c>{ totalCount, pageInfo, items }</c>.</summary>
public sealed record Connection<T>(int? TotalCount, PageInfo PageInfo, IReadOnlyList<T> Items);

/// <summary>
/// What the pagination partial needs: the cursor of the next page (from <c>pageInfo.endCursor</c>) and of the
/// previous one (the cursors seen so far travel in the query string as <c>truoc</c>, so "previous" works with
/// forward-only connections and without JavaScript).
/// </summary>
public sealed record Pager(string Path, IReadOnlyDictionary<string, string?> Query, string? After, string? Back, PageInfo PageInfo,
    int? TotalCount)
{
    public const string AfterKey = "sau";
    public const string BackKey = "truoc";

    public string? NextHref => PageInfo.HasNextPage && PageInfo.EndCursor is { } end
        ? Href(new() { [AfterKey] = end, [BackKey] = Join(Back, After ?? "") })
        : null;

    public string? PreviousHref
    {
        get
        {
            if (After is null) return null;
            var trail = (Back ?? "").Split('~');
            var previous = trail[^1];
            var rest = trail.Length > 1 ? string.Join('~', trail[..^1]) : null;
            return Href(new() { [AfterKey] = previous.Length == 0 ? null : previous, [BackKey] = rest });
        }
    }

    private static string? Join(string? trail, string cursor) => trail is null ? cursor : trail + "~" + cursor;

    private string Href(Dictionary<string, string?> paging)
    {
        var query = Query.Where(p => p.Key is not AfterKey and not BackKey && !string.IsNullOrEmpty(p.Value))
            .Concat(paging.Where(p => !string.IsNullOrEmpty(p.Value)))
            .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value!));
        var text = string.Join('&', query);
        return text.Length == 0 ? Path : Path + "?" + text;
    }
}
