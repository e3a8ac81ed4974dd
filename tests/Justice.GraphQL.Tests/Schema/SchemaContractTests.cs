using Justice.GraphQL.Http;
using Justice.GraphQL.Schema;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace Justice.GraphQL.Tests.Schema;

public class SchemaContractTests(SchemaContractTests.Host host) : IClassFixture<SchemaContractTests.Host>
{
    public sealed class Host : GraphQLHost;

    [Fact]
    public void The_schema_matches_the_reviewed_contract()
    {
        var schema = host.Services.GetRequiredService<JusticeSchema>();
        Snapshot.Match(SchemaDocument.Print(schema));
    }

    [Fact]
    public async Task The_SDL_is_served_as_text()
    {
        using var client = host.CreateClient();
        var response = await client.GetAsync("/graphql/schema.graphql");
        var sdl = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("type Query", sdl);
        Assert.Contains("interface Node", sdl);
        Assert.Contains("scalar Date", sdl);
        Assert.Contains("Văn bản quy phạm pháp luật", sdl);
    }

    [Fact]
    public async Task Standard_introspection_works_in_development()
    {
        var response = await host.PostAsync("""
            query IntrospectionQuery { __schema { queryType { name } types { name kind } directives { name } } }
            """);

        response.AssertNoErrors();
        var names = response.Data.GetProperty("__schema").GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("LegalDocument", names);
        Assert.Contains("PageInfo", names);
    }
}
