using GraphQL.Types;
using Justice.Domain.Common;

namespace Justice.GraphQL.Common;

/// <summary>The Relay <c>Node</c> interface: anything with a global ID can be fetched again with <c>node(id)</c>.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Một đối tượng có mã định danh toàn cục, lấy lại được bằng node(id).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Mã định danh toàn cục (không phân tích được phía client).");
    }
}

/// <summary>
/// Base of every type that is a node: named after the domain type, with the global <c>id</c> field and
/// the interface set, so an area only declares its own fields.
/// </summary>
public abstract class NodeType<T> : ObjectGraphType<T> where T : Entity
{
    protected NodeType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = o => o is T;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(name, c.Source.Id));
    }
}

/// <summary>How <c>node(id)</c> finds one type of node: registered once per node type by its area.</summary>
public interface INodeResolver
{
    string TypeName { get; }
    /// <summary>Loads the entity, applying the same access rules as the area's own fields; null when absent.</summary>
    Task<object?> ResolveAsync(global::GraphQL.IResolveFieldContext context, Guid id);
}
