using GraphQL;
using GraphQL.Utilities;
using Justice.GraphQL.Schema;

namespace Justice.GraphQL.Http;

/// <summary>The schema as SDL: served at <c>/graphql/schema.graphql</c> and guarded by a snapshot test.</summary>
public static class SchemaDocument
{
    public static string Print(JusticeSchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal });
}
