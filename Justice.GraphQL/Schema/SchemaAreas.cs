using GraphQL.Types;

namespace Justice.GraphQL.Schema;

/// <summary>An area's root query fields (<c>LegalDocumentQueries</c>, <c>AuctionQueries</c>…), found by assembly scan.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}

/// <summary>An area's root mutation fields, found by assembly scan.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}
