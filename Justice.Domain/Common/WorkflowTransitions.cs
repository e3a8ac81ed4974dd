namespace Justice.Domain.Common;

/// <summary>
/// A table of allowed status changes. Aggregates with a workflow declare theirs once and call
/// <see cref="Ensure"/>; a refused change is a <see cref="DomainException"/> with the caller's stable code.
/// </summary>
public sealed class WorkflowTransitions<TStatus>(string refusedCode, params (TStatus From, TStatus To)[] allowed)
    where TStatus : struct, Enum
{
    private readonly HashSet<(TStatus, TStatus)> _allowed = [.. allowed];

    public bool IsAllowed(TStatus from, TStatus to) => _allowed.Contains((from, to));

    public void Ensure(TStatus from, TStatus to)
    {
        if (!IsAllowed(from, to))
            throw new DomainException(refusedCode, $"Không thể chuyển trạng thái từ {from} sang {to}.");
    }
}
