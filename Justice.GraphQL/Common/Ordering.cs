using System.Linq.Expressions;
using GraphQL.Types;

namespace Justice.GraphQL.Common;

public enum SortDirection { Asc, Desc }

/// <summary>The shared shape of every list's <c>order</c> argument: a field of the list's enum and a direction.</summary>
public sealed record Order<TField>(TField Field, SortDirection Direction = SortDirection.Asc) where TField : struct, Enum;

/// <summary>
/// <c>{ field: X_FIELD, direction: ASC|DESC }</c> for one list. Each list declares its sortable fields as a C#
/// enum and maps them to keys with <see cref="OrderMap{T,TField}"/>; this is the one way lists are ordered.
/// </summary>
public class OrderInputType<TField> : InputObjectGraphType<Order<TField>> where TField : struct, Enum
{
    public OrderInputType()
    {
        // LegalDocumentOrderField → LegalDocumentOrder
        var fieldEnum = typeof(TField).Name;
        Name = fieldEnum.EndsWith("Field", StringComparison.Ordinal) ? fieldEnum[..^"Field".Length] : fieldEnum + "Order";
        Field<NonNullGraphType<EnumerationGraphType<TField>>>("field");
        Field<NonNullGraphType<EnumerationGraphType<SortDirection>>>("direction").DefaultValue(SortDirection.Asc);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new Order<TField>((TField)value["field"]!, value.TryGetValue("direction", out var d) && d is SortDirection s ? s : SortDirection.Asc);
}

/// <summary>Maps a list's sort fields to keys; always ends with the Id so pages are stable.</summary>
public sealed class OrderMap<T, TField> where T : Justice.Domain.Common.Entity where TField : struct, Enum
{
    private readonly Dictionary<TField, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> _keys = new();

    public OrderMap<T, TField> Add<TKey>(TField field, Expression<Func<T, TKey>> key)
    {
        _keys[field] = (query, descending) => descending ? query.OrderByDescending(key) : query.OrderBy(key);
        return this;
    }

    public IQueryable<T> Apply(IQueryable<T> query, Order<TField>? order, Order<TField> byDefault)
    {
        var chosen = order ?? byDefault;
        var ordered = _keys[chosen.Field](query, chosen.Direction == SortDirection.Desc);
        return ordered.ThenBy(e => e.Id);
    }
}
