using GraphQL;
using GraphQL.Types;
using Justice.Domain.Organisations;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Organisations;

/// <summary>Public directory of the bodies in the system.</summary>
public sealed class OrganisationQueries : IQueryFields, INodeResolver
{
    public string TypeName => "Organisation";

    public void AddTo(ObjectGraphType query)
    {
        query.Connection<OrganisationGraphType>("organisations")
            .Description("Danh bạ cơ quan, tổ chức, lọc theo loại và tên.")
            .Argument<EnumerationGraphType<OrganisationKind>>("kind")
            .Argument<StringGraphType>("nameContains")
            .ResolveAsync(async c =>
            {
                var query = c.Db().Set<Organisation>().AsNoTracking();
                if (c.GetArgument<OrganisationKind?>("kind") is { } kind) query = query.Where(o => o.Kind == kind);
                if (Justice.Domain.Common.VietnameseText.NormalizeOptional(c.GetArgument<string?>("nameContains")) is { } name)
                    query = query.Where(o => o.Name.Contains(name));
                return await query.OrderBy(o => o.Name).ThenBy(o => o.Id).ToConnectionAsync(c);
            });
    }

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id) =>
        await context.Db().Set<Organisation>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, context.CancellationToken);
}
