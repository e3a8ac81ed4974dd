namespace Justice.Domain.Common;

/// <summary>
/// A change the domain refuses. <see cref="Code"/> is stable (API clients branch on it);
/// the message is Vietnamese for the person who made the change.
/// </summary>
public sealed class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
