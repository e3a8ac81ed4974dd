using GraphQL;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.GraphQL.Schema;

internal static class NodeResolution
{
    public static async Task<object?> ResolveAsync(IResolveFieldContext context, string globalId)
    {
        if (!GlobalId.TryDecode(globalId, out var typeName, out var id))
            throw new ExecutionError($"Mã định danh \"{GlobalId.Truncate(globalId)}\" không hợp lệ.") { Code = ErrorCodes.InvalidId };
        var resolver = context.RequestServices!.GetServices<INodeResolver>().FirstOrDefault(r => r.TypeName == typeName)
            ?? throw new ExecutionError($"Không có loại đối tượng \"{typeName}\".") { Code = ErrorCodes.InvalidId };
        if (context.GetArgument<string?>("purpose") is { } purpose) context.Request().Audit.StatePurpose(purpose);
        return await resolver.ResolveAsync(context, id);
    }
}
