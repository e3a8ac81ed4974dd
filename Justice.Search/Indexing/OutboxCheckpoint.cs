using System.Buffers.Binary;

namespace Justice.Search.Indexing;

/// <summary>
/// How far one node's indexes have followed the outbox, kept in each index's commit (so it moves with the change it
/// records, and a node never reads another node's). Outbox ids are time-ordered (UUIDv7), and the outbox is read in
/// id order; but a row gets its id before its transaction commits, so a slow transaction can commit a row below one
/// already applied. Hence the checkpoint is a <see cref="Position"/> (the highest id read) and the ids applied in a
/// window of time below it (<see cref="Recent"/>): each drain reads again from <see cref="Floor"/>, and what is not in
/// <see cref="Recent"/> there is a late row, applied now. A row committed later than the window after it was written
/// (a transaction longer than the window, or a writer's clock that far behind) would be missed: the window is chosen
/// far above both (<see cref="SearchOptions.LateCommitWindow"/>).
/// </summary>
public sealed record OutboxCheckpoint(Guid Position, IReadOnlySet<Guid> Recent)
{
    private const string PositionKey = "justice.outbox.position";
    private const string RecentKey = "justice.outbox.recent";

    /// <summary>Nothing applied yet: the whole outbox is ahead.</summary>
    public static readonly OutboxCheckpoint Start = new(Guid.Empty, new HashSet<Guid>());

    /// <summary>Where reading starts again: the lowest id that may still arrive late, <paramref name="window"/> below the position.</summary>
    public Guid Floor(TimeSpan window) => Position == Guid.Empty ? Guid.Empty : LowestIdAt(TimeOf(Position) - window);

    /// <summary>
    /// The checkpoint after applying <paramref name="applied"/>, having read every message up to <paramref name="readUpTo"/>:
    /// the position moves up to it, and the ids that fall below the new floor are forgotten.
    /// </summary>
    public OutboxCheckpoint After(IEnumerable<Guid> applied, Guid readUpTo, TimeSpan window)
    {
        var position = Compare(readUpTo, Position) > 0 ? readUpTo : Position;
        var floor = new OutboxCheckpoint(position, Recent).Floor(window);
        return new OutboxCheckpoint(position, Recent.Concat(applied).Where(id => Compare(id, floor) > 0).ToHashSet());
    }

    /// <summary>Orders ids as the database does (UUIDv7 byte order: time first).</summary>
    public static int Compare(Guid a, Guid b)
    {
        Span<byte> x = stackalloc byte[16], y = stackalloc byte[16];
        a.TryWriteBytes(x, bigEndian: true, out _);
        b.TryWriteBytes(y, bigEndian: true, out _);
        return x.SequenceCompareTo(y);
    }

    /// <summary>The checkpoint as commit user data.</summary>
    public IEnumerable<KeyValuePair<string, string>> ToCommitData()
    {
        yield return new(PositionKey, Position.ToString("N"));
        var ids = new byte[Recent.Count * 16];
        var at = 0;
        foreach (var id in Recent)
        {
            id.TryWriteBytes(ids.AsSpan(at, 16));
            at += 16;
        }
        yield return new(RecentKey, Convert.ToBase64String(ids));
    }

    /// <summary>The checkpoint a commit holds; null when it holds none (an index written before checkpoints, or by hand).</summary>
    public static OutboxCheckpoint? FromCommitData(IDictionary<string, string>? data)
    {
        if (data is null || !data.TryGetValue(PositionKey, out var position) || !Guid.TryParseExact(position, "N", out var at)) return null;
        var recent = new HashSet<Guid>();
        var ids = data.TryGetValue(RecentKey, out var text) ? Convert.FromBase64String(text) : [];
        for (var i = 0; i + 16 <= ids.Length; i += 16) recent.Add(new Guid(ids.AsSpan(i, 16)));
        return new OutboxCheckpoint(at, recent);
    }

    private static DateTimeOffset TimeOf(Guid uuidV7)
    {
        Span<byte> bytes = stackalloc byte[16];
        uuidV7.TryWriteBytes(bytes, bigEndian: true, out _);
        Span<byte> millis = stackalloc byte[8];
        bytes[..6].CopyTo(millis[2..]);
        return DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(millis));
    }

    /// <summary>The lowest id a UUIDv7 written at <paramref name="time"/> can have.</summary>
    private static Guid LowestIdAt(DateTimeOffset time)
    {
        var millis = Math.Max(0, time.ToUnixTimeMilliseconds());
        Span<byte> bytes = stackalloc byte[16];
        Span<byte> millisBytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(millisBytes, millis);
        millisBytes[2..].CopyTo(bytes);
        return new Guid(bytes, bigEndian: true);
    }
}
