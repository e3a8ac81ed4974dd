using GraphQL;
using GraphQL.Types;
using Justice.GraphQL.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.GraphQL.Schema;

/// <summary>
/// The one schema. Root fields come from the areas (<see cref="IQueryFields"/>, <see cref="IMutationFields"/>),
/// each in its own folder, so adding an area never edits this file.
/// </summary>
public sealed class JusticeSchema : global::GraphQL.Types.Schema
{
    public JusticeSchema(IServiceProvider services, IEnumerable<IQueryFields> queries, IEnumerable<IMutationFields> mutations)
        : base(services)
    {
        Description = "API thống nhất của Bộ Tư pháp: hộ tịch, lý lịch tư pháp, văn bản pháp luật, pháp điển, đấu giá, thi hành án, thống kê, cổng thông tin, hội nghị truyền hình.";
        RegisterTypeMapping(typeof(DateOnly), typeof(DateScalar));
        // What current tools (graphql-js, GraphiQL) ask for in their introspection query.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;

        var query = new ObjectGraphType { Name = "Query" };
        query.Field<NodeInterface>("node")
            .Description("Lấy một đối tượng bất kỳ theo mã định danh toàn cục.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<StringGraphType>("purpose", "Mục đích khai thác, bắt buộc khi đối tượng là dữ liệu cá nhân.")
            .ResolveAsync(async c => await NodeResolution.ResolveAsync(c, c.GetArgument<string>("id")));
        foreach (var area in queries.OrderBy(a => a.GetType().FullName, StringComparer.Ordinal)) area.AddTo(query);
        Query = query;

        var mutation = new ObjectGraphType { Name = "Mutation" };
        foreach (var area in mutations.OrderBy(a => a.GetType().FullName, StringComparer.Ordinal)) area.AddTo(mutation);
        if (mutation.Fields.Count > 0) Mutation = mutation;
    }
}
