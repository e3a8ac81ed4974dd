using GraphQL;
using GraphQL.Execution;

namespace Justice.GraphQL.Http;

/// <summary>
/// What an error tells the client: message, locations, path and a stable code — never a stack trace or SQL.
/// In production the "did you mean" hints are cut, so the schema cannot be guessed field by field.
/// </summary>
public sealed class JusticeErrorInfoProvider(GraphQLFeatures features) : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeExceptionDetails = false,
    ExposeData = false,
    ExposeCode = true,
    ExposeCodes = false,
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (!features.FieldSuggestions && info.Message.IndexOf(" Did you mean", StringComparison.Ordinal) is var at and >= 0)
            info.Message = info.Message[..at];
        return info;
    }
}
