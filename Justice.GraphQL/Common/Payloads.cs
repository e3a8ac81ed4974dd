using GraphQL;
using GraphQL.Types;
using Justice.Domain.Common;
using Justice.GraphQL.Access;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Common;

/// <summary>A refused change as the client sees it: a stable code, a Vietnamese message, and the input field at fault.</summary>
public sealed record MutationError(string Code, string Message, string? Field = null);

public sealed class MutationErrorType : ObjectGraphType<MutationError>
{
    public MutationErrorType()
    {
        Name = "MutationError";
        Description = "Lý do thao tác bị từ chối: mã ổn định (để chương trình xử lý) và thông báo tiếng Việt.";
        Field(e => e.Code).Description("Mã lỗi ổn định, ví dụ REGISTRATION_NUMBER_TAKEN.");
        Field(e => e.Message).Description("Thông báo cho người dùng.");
        Field(e => e.Field, nullable: true).Description("Trường dữ liệu vào bị lỗi, nếu xác định được.");
    }
}

/// <summary>What every mutation returns: the changed object, or the errors that refused the change (never both).</summary>
public sealed record Payload<T>(T? Result, IReadOnlyList<MutationError> Errors) where T : class
{
    public static Payload<T> Ok(T result) => new(result, []);
    public static Payload<T> Failed(string code, string message, string? field = null) => new(null, [new MutationError(code, message, field)]);
}

/// <summary>
/// A mutation's payload type: <c>{ &lt;resultField&gt;: T, errors: [MutationError!]! }</c>. Declare one small
/// subclass per mutation (<c>class AskLegalQuestionPayloadType() : PayloadType&lt;…&gt;("AskLegalQuestionPayload", "question")</c>).
/// </summary>
public abstract class PayloadType<TGraph, T> : ObjectGraphType<Payload<T>> where TGraph : IGraphType where T : class
{
    protected PayloadType(string name, string resultField)
    {
        Name = name;
        Field<TGraph>(resultField).Resolve(c => c.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MutationErrorType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public static class Mutations
{
    /// <summary>
    /// Runs a change and turns the domain's refusals into payload errors: a broken rule (DomainException)
    /// and a concurrent edit (stale version) come back as data, not as a failed request, and nothing is saved.
    /// Access errors are not caught: they are request errors.
    /// </summary>
    public static async Task<Payload<T>> RunAsync<T>(Func<Task<T>> change) where T : class
    {
        try
        {
            return Payload<T>.Ok(await change());
        }
        catch (DomainException e)
        {
            return Payload<T>.Failed(e.Code, e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Payload<T>.Failed(ErrorCodes.ConcurrentChange,
                "Dữ liệu vừa được người khác thay đổi. Hãy tải lại và thực hiện lại thao tác.");
        }
    }

    /// <summary>The input's <c>expectedVersion</c> must match the stored one: the client edits what it saw.</summary>
    public static void CheckVersion(AggregateRoot aggregate, int? expectedVersion)
    {
        if (expectedVersion is { } expected && aggregate.Version != expected)
            throw new DbUpdateConcurrencyException($"Expected version {expected}, found {aggregate.Version}.");
    }
}
