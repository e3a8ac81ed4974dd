using GraphQL;
using Justice.Domain.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.GraphQL.Access;

/// <summary>The few things every resolver needs from its context: who asks, the database, the access checks.</summary>
public static class ResolveContextAccess
{
    public static JusticeRequestContext Request(this IResolveFieldContext context) =>
        context.UserContext as JusticeRequestContext
        ?? throw new InvalidOperationException("The GraphQL request was executed without a JusticeRequestContext.");

    public static Caller Caller(this IResolveFieldContext context) => context.Request().Caller;

    public static JusticeDbContext Db(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<JusticeDbContext>();

    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();

    /// <summary>Refuses an anonymous caller, then one without the scope.</summary>
    public static Caller RequireScope(this IResolveFieldContext context, string scope)
    {
        var caller = context.Caller();
        if (!caller.IsAuthenticated)
            throw new ExecutionError("Cần đăng nhập hoặc dùng mã truy cập (access token) để xem dữ liệu này.") { Code = ErrorCodes.Unauthenticated };
        if (!caller.Has(scope))
            throw new ExecutionError($"Tài khoản không có quyền \"{scope}\".") { Code = ErrorCodes.Forbidden };
        return caller;
    }

    public static Caller RequireAuthenticated(this IResolveFieldContext context)
    {
        var caller = context.Caller();
        if (!caller.IsAuthenticated)
            throw new ExecutionError("Cần đăng nhập để thực hiện thao tác này.") { Code = ErrorCodes.Unauthenticated };
        return caller;
    }

    public static ExecutionError OutsideJurisdiction() =>
        new("Dữ liệu này nằm ngoài phạm vi quản lý của tài khoản.") { Code = ErrorCodes.OutsideJurisdiction };

    /// <summary>Records a read of personal data with the fields the query selected on it.</summary>
    public static void AuditRead(this IResolveFieldContext context, string entityType, Guid id) =>
        context.Request().Audit.Read(entityType, id, context.SubFields?.Keys ?? Enumerable.Empty<string>());
}
