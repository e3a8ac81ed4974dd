using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types.Relay.DataObjects;
using Justice.GraphQL.Access;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Common;

/// <summary>
/// Cursor connections (<c>first/after</c>, <c>pageInfo</c>, <c>totalCount</c>) over an ordered query.
/// A cursor is the opaque position in that order; a page never exceeds <see cref="MaxPageSize"/>.
/// </summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The window asked for: how many items to skip and to take. Refuses bad sizes and cursors.</summary>
    public static (int Offset, int Size) Window(IResolveConnectionContext context) => Window(context.First, context.After);

    /// <summary>The same for a field that declares <c>first</c> and <c>after</c> itself.</summary>
    public static (int Offset, int Size) Window(int? first, string? after)
    {
        var size = first ?? DefaultPageSize;
        if (size < 0)
            throw new ExecutionError("Tham số first không được âm.") { Code = ErrorCodes.InvalidArgument };
        if (size > MaxPageSize)
            throw new ExecutionError($"Mỗi trang tối đa {MaxPageSize} mục (first = {size}).") { Code = ErrorCodes.PageTooLarge };
        var offset = after is null ? 0 : DecodeCursor(after) + 1;
        return (offset, size);
    }

    /// <summary>Counts and pages an ordered query; the order must be total (end with the Id) for stable pages.</summary>
    public static async Task<Connection<T>> ToConnectionAsync<T>(this IQueryable<T> ordered, IResolveConnectionContext context)
    {
        var (offset, size) = Window(context);
        var cancellationToken = context.CancellationToken;
        if (size == 0) return Connection(Array.Empty<T>(), offset, await ordered.CountAsync(cancellationToken));
        // One round trip: the total rides along with each row of the page (the database counts once). Only a page
        // past the end, which has no rows to carry it, costs a second query.
        var rows = await ordered.Skip(offset).Take(size)
            .Select(item => new PageRow<T>(item, ordered.Count()))
            .ToListAsync(cancellationToken);
        var total = rows.Count > 0 ? rows[0].Total : offset == 0 ? 0 : await ordered.CountAsync(cancellationToken);
        return Connection(rows.Select(r => r.Item).ToList(), offset, total);
    }

    /// <summary>A connection over one page already fetched (e.g. from the search index) at this offset.</summary>
    public static Connection<T> Connection<T>(IReadOnlyList<T> items, int offset, int total)
    {
        var edges = items.Select((item, i) => new Edge<T> { Node = item, Cursor = EncodeCursor(offset + i) }).ToList();
        return new Connection<T>
        {
            Edges = edges,
            TotalCount = total,
            PageInfo = new PageInfo
            {
                HasNextPage = offset + items.Count < total,
                HasPreviousPage = offset > 0,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    private sealed record PageRow<T>(T Item, int Total);

    private static string EncodeCursor(int position) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes("o:" + position.ToString(CultureInfo.InvariantCulture)));

    private static int DecodeCursor(string cursor)
    {
        try
        {
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("o:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
                return position;
        }
        catch (FormatException) { }
        throw new ExecutionError($"Con trỏ phân trang \"{GlobalId.Truncate(cursor)}\" không hợp lệ.") { Code = ErrorCodes.InvalidCursor };
    }
}
