namespace Justice.GraphQL.Access;

/// <summary>
/// What one GraphQL request carries besides its query: the caller, the personal-data reads to audit and
/// the request's batch loaders. It is the execution's user context.
/// </summary>
public sealed class JusticeRequestContext(Caller caller) : Dictionary<string, object?>
{
    public Caller Caller { get; } = caller;
    public PersonalDataAudit Audit { get; } = new();
    internal Dictionary<string, object> Loaders { get; } = new(StringComparer.Ordinal);
}
