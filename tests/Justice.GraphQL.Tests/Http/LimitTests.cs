using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Justice.GraphQL.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.GraphQL.Tests.Http;

/// <summary>Every limit, exceeded, ends in a clear error with a stable code.</summary>
public class LimitTests(LimitTests.Host host) : IClassFixture<LimitTests.Host>
{
    public sealed class Host() : GraphQLHost(new Dictionary<string, string>
    {
        ["Justice:GraphQL:MaxDepth"] = "6",
        ["Justice:GraphQL:MaxComplexity"] = "500",
        ["Justice:GraphQL:MaxAliases"] = "5",
        ["Justice:GraphQL:MaxDocumentBytes"] = "4000",
    });

    [Fact]
    public async Task A_query_deeper_than_the_limit_is_refused()
    {
        var response = await host.PostAsync("{ administrativeUnits { parent { parent { parent { parent { parent { parent { code } } } } } } } }");

        Assert.Equal(400, response.Status);
        Assert.Contains("MAX_DEPTH_EXCEEDED", response.ErrorCodes);
    }

    [Fact]
    public async Task A_query_above_the_complexity_limit_is_refused()
    {
        var response = await host.PostAsync("""
            { legalDocuments(first: 100) { edges { node { title number articles { number text } relations { type } } } } }
            """);

        Assert.Equal(400, response.Status);
        Assert.Contains("TOO_COMPLEX", response.ErrorCodes);
    }

    [Fact]
    public async Task A_known_document_with_a_larger_page_size_variable_is_analysed_again()
    {
        const string query = """
            query($first: Int) { legalDocuments(first: $first) { edges { node { title number articles { number text } relations { type } } } } }
            """;

        var small = await host.PostAsync(query, new { first = 1 });
        var smallAgain = await host.PostAsync(query, new { first = 1 });
        var large = await host.PostAsync(query, new { first = 100 });

        small.AssertNoErrors();
        smallAgain.AssertNoErrors();
        Assert.Equal(400, large.Status);
        Assert.Contains("TOO_COMPLEX", large.ErrorCodes);
    }

    [Fact]
    public async Task More_aliases_than_the_limit_are_refused()
    {
        var aliases = string.Join(" ", Enumerable.Range(1, 6).Select(i => $"a{i}: __typename"));
        var response = await host.PostAsync("{ " + aliases + " }");

        Assert.Equal(400, response.Status);
        Assert.Contains("TOO_MANY_ALIASES", response.ErrorCodes);
    }

    [Fact]
    public async Task A_page_larger_than_the_maximum_is_refused()
    {
        var response = await host.PostAsync("{ legalDocuments(first: 101) { totalCount } }");

        Assert.Contains("PAGE_TOO_LARGE", response.ErrorCodes);
    }

    [Fact]
    public async Task A_document_larger_than_the_limit_is_413()
    {
        var response = await host.PostAsync("{ __typename " + new string(' ', 5000) + "}");

        Assert.Equal(413, response.Status);
        Assert.Equal(["DOCUMENT_TOO_LARGE"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_malformed_id_or_cursor_is_refused_with_its_code()
    {
        var id = await host.PostAsync("""{ legalDocument(id: "not-an-id") { title } }""");
        var cursor = await host.PostAsync("""{ legalDocuments(after: "%%%") { totalCount } }""");

        Assert.Equal(["INVALID_ID"], id.ErrorCodes);
        Assert.Equal(["INVALID_CURSOR"], cursor.ErrorCodes);
    }
}

public class RateLimitTests(RateLimitTests.Host host) : IClassFixture<RateLimitTests.Host>
{
    public sealed class Host() : GraphQLHost(new Dictionary<string, string> { ["Justice:GraphQL:RequestsPerMinute"] = "3" });

    [Fact]
    public async Task Requests_beyond_the_rate_per_minute_get_429_with_retry_after()
    {
        for (var i = 0; i < 3; i++) Assert.Equal(200, (await host.PostAsync("{ __typename }")).Status);

        using var client = host.CreateClient();
        var raw = await client.PostAsync("/graphql", new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json"));
        var response = await GraphQLResponse.ReadAsync(raw);

        Assert.Equal(429, response.Status);
        Assert.Equal(["RATE_LIMITED"], response.ErrorCodes);
        Assert.True(raw.Headers.RetryAfter is not null);
        // A client with its own identity has its own budget.
        Assert.Equal(200, (await host.PostAsync("{ __typename }", null, TestCallers.Client("other-system", null))).Status);
    }
}

public class TimeoutTests(TimeoutTests.Host host) : IClassFixture<TimeoutTests.Host>
{
    public sealed class Host() : GraphQLHost(new Dictionary<string, string> { ["Justice:GraphQL:Timeout"] = "00:00:02" })
    {
        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.AddSingleton<IQueryFields, SlowField>();
    }

    /// <summary>A field that takes as long as asked, honouring cancellation like every real resolver's database call.</summary>
    private sealed class SlowField : IQueryFields
    {
        public void AddTo(ObjectGraphType query) =>
            query.Field<IntGraphType>("testSleep").Argument<IntGraphType>("milliseconds").ResolveAsync(async c =>
            {
                var milliseconds = c.GetArgument<int>("milliseconds");
                await Task.Delay(milliseconds, c.CancellationToken);
                return (object?)milliseconds;
            });
    }

    [Fact]
    public async Task An_operation_running_past_the_time_limit_is_stopped_with_an_error()
    {
        await host.PostAsync("{ __typename }"); // the first request also builds the schema
        var quick = await host.PostAsync("{ testSleep(milliseconds: 10) }");
        var slow = await host.PostAsync("{ testSleep(milliseconds: 10000) }");

        Assert.Equal(10, quick.AssertNoErrors().Data.GetProperty("testSleep").GetInt32());
        Assert.Contains("TIMEOUT", slow.ErrorCodes);
    }
}

public class ProductionSettingsTests(ProductionSettingsTests.Host host) : IClassFixture<ProductionSettingsTests.Host>
{
    public sealed class Host() : GraphQLHost(new Dictionary<string, string>(), environment: "Production");

    [Fact]
    public async Task Introspection_is_off_in_production()
    {
        var response = await host.PostAsync("{ __schema { types { name } } }");

        Assert.Equal(400, response.Status);
        Assert.True(response.HasErrors);
    }

    [Fact]
    public async Task Validation_errors_give_no_field_suggestions_in_production()
    {
        var response = await host.PostAsync("{ administrativeUnits { nam } }");

        Assert.Equal(400, response.Status);
        Assert.DoesNotContain("Did you mean", response.Text);
    }
}
