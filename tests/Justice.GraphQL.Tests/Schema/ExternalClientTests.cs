using System.Diagnostics;
using Justice.GraphQL.Http;
using Justice.GraphQL.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.GraphQL.Tests.Schema;

/// <summary>
/// The schema as an outside client sees it, checked by the reference implementation (graphql-js, installed by
/// ./test.sh under tests/tools/graphql-js): the standard introspection query works and the SDL is valid.
/// </summary>
public class ExternalClientTests(ExternalClientTests.Host host) : IClassFixture<ExternalClientTests.Host>
{
    public sealed class Host : GraphQLHost;

    private static readonly string ToolDirectory = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../tools/graphql-js"));

    [Fact]
    public async Task Graphql_js_accepts_the_SDL_and_the_result_of_its_own_introspection_query()
    {
        var introspectionQuery = await RunNodeAsync("introspection-query");
        var introspection = await host.PostAsync(introspectionQuery);
        introspection.AssertNoErrors();

        var directory = Directory.CreateTempSubdirectory("justice-sdl-");
        try
        {
            var sdlPath = Path.Combine(directory.FullName, "schema.graphql");
            var introspectionPath = Path.Combine(directory.FullName, "introspection.json");
            await File.WriteAllTextAsync(sdlPath, SchemaDocument.Print(host.Services.GetRequiredService<JusticeSchema>()));
            await File.WriteAllTextAsync(introspectionPath, introspection.Text);

            var output = await RunNodeAsync("check", sdlPath, introspectionPath);

            Assert.StartsWith("valid:", output);
        }
        finally { directory.Delete(recursive: true); }
    }

    private static async Task<string> RunNodeAsync(params string[] arguments)
    {
        Assert.True(Directory.Exists(Path.Combine(ToolDirectory, "node_modules", "graphql")),
            $"graphql-js is not installed in {ToolDirectory}: run ./test.sh (it runs npm ci there).");
        var start = new ProcessStartInfo("node") { WorkingDirectory = ToolDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("check-schema.mjs");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await error);
        return await output;
    }
}
