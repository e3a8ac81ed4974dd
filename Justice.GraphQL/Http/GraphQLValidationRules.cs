using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Justice.GraphQL.Access;

namespace Justice.GraphQL.Http;

/// <summary>At most <c>max</c> aliased fields in a document: aliases are the cheap way to multiply work.</summary>
public sealed class AliasLimitRule(int max) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var count = 0;
        return new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Alias is not null && ++count == max + 1)
                ctx.ReportError(new ValidationError(ctx.Document.Source, ErrorCodes.TooManyAliases,
                    $"Truy vấn dùng quá {max} bí danh (alias).", field) { Code = ErrorCodes.TooManyAliases });
        }));
    }
}

/// <summary>GET may only read: a mutation over GET is refused, so a link or an image tag cannot change data.</summary>
public sealed class QueriesOnlyRule : ValidationRuleBase
{
    public static readonly QueriesOnlyRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
        {
            if (operation.Operation != OperationType.Query && ctx.Operation == operation)
                ctx.ReportError(new ValidationError(ctx.Document.Source, ErrorCodes.MutationOverGet,
                    "Thao tác thay đổi dữ liệu phải gửi bằng POST.", operation) { Code = ErrorCodes.MutationOverGet });
        }));
}
