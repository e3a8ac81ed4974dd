namespace Justice.Domain.Common;

/// <summary>Identity for every stored thing: a time-ordered GUID made in-process, so bulk loads need no round trip.</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();
}

/// <summary>
/// An aggregate people edit concurrently. <see cref="Version"/> is the optimistic-concurrency token:
/// the context bumps it on every update, and a write based on a stale version is refused.
/// </summary>
public abstract class AggregateRoot : Entity
{
    public int Version { get; internal set; }
}
