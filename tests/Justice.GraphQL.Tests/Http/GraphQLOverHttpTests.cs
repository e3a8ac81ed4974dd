using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Justice.GraphQL.Tests.Http;

/// <summary>The endpoint follows GraphQL over HTTP: media types, status codes, GET for queries only, no batching.</summary>
public class GraphQLOverHttpTests(GraphQLOverHttpTests.Host host) : IClassFixture<GraphQLOverHttpTests.Host>
{
    public sealed class Host : GraphQLHost;

    private const string Query = "{ administrativeUnits { code name } }";

    [Fact]
    public async Task A_POSTed_query_answers_with_the_graphql_response_media_type_and_unescaped_vietnamese()
    {
        var response = await host.PostAsync(Query);

        Assert.Equal(200, response.Status);
        Assert.Equal("application/graphql-response+json", response.ContentType);
        var units = response.AssertNoErrors().Data.GetProperty("administrativeUnits").EnumerateArray().ToList();
        Assert.Equal(34, units.Count);
        Assert.Contains("Thành phố Hà Nội", response.Text);
    }

    [Fact]
    public async Task A_client_that_accepts_only_application_json_gets_application_json()
    {
        using var client = host.CreateClient();
        using var request = Post(client, JsonSerializer.Serialize(new { query = "{ nope }" }), "application/json");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var response = await GraphQLResponse.ReadAsync(await client.SendAsync(request));

        Assert.Equal("application/json", response.ContentType);
        Assert.Equal(200, response.Status); // legacy media type: errors travel in a 200
        Assert.True(response.HasErrors);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "query=%7B__typename%7D")]
    [InlineData("text/plain", "{\"query\":\"{__typename}\"}")]
    [InlineData("multipart/form-data; boundary=x", "--x--")]
    public async Task Content_types_a_web_form_can_send_are_refused(string contentType, string body)
    {
        using var client = host.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var response = await GraphQLResponse.ReadAsync(await client.PostAsync("/graphql", content));

        Assert.Equal(415, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_query_over_GET_runs()
    {
        using var client = host.CreateClient();
        var response = await GraphQLResponse.ReadAsync(await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(Query)));

        Assert.Equal(200, response.Status);
        Assert.Equal(34, response.AssertNoErrors().Data.GetProperty("administrativeUnits").GetArrayLength());
    }

    [Fact]
    public async Task A_mutation_over_GET_is_refused_with_405()
    {
        using var client = host.CreateClient();
        var raw = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));
        var response = await GraphQLResponse.ReadAsync(raw);

        Assert.Equal(405, response.Status);
        Assert.Contains("POST", raw.Content.Headers.Allow);
        Assert.Contains("MUTATION_NOT_ALLOWED_OVER_GET", response.ErrorCodes);
    }

    [Fact]
    public async Task Batched_requests_are_refused()
    {
        using var client = host.CreateClient();
        using var request = Post(client, "[{\"query\":\"{__typename}\"},{\"query\":\"{__typename}\"}]", "application/json");

        var response = await GraphQLResponse.ReadAsync(await client.SendAsync(request));

        Assert.Equal(400, response.Status);
        Assert.Equal(["BATCHING_NOT_SUPPORTED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Malformed_JSON_and_a_missing_query_are_400()
    {
        using var client = host.CreateClient();
        var broken = await GraphQLResponse.ReadAsync(await client.SendAsync(Post(client, "{\"query\":", "application/json")));
        var empty = await GraphQLResponse.ReadAsync(await client.SendAsync(Post(client, "{}", "application/json")));

        Assert.Equal(400, broken.Status);
        Assert.Equal(["BAD_REQUEST"], broken.ErrorCodes);
        Assert.Equal(400, empty.Status);
    }

    [Fact]
    public async Task A_syntax_error_is_400_with_its_location()
    {
        var response = await host.PostAsync("{ administrativeUnits { code ");

        Assert.Equal(400, response.Status);
        var error = response.Body.GetProperty("errors")[0];
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task An_unknown_field_is_a_validation_error_with_location_and_no_stack_trace()
    {
        var response = await host.PostAsync("{ administrativeUnits { codee } }");

        Assert.Equal(400, response.Status);
        Assert.Contains("codee", response.Text);
        Assert.DoesNotContain("   at ", response.Text);
        Assert.True(response.Body.GetProperty("errors")[0].TryGetProperty("locations", out _));
    }

    [Fact]
    public async Task Variables_of_the_wrong_type_are_refused_before_execution()
    {
        var response = await host.PostAsync("query($on: Date) { administrativeUnits(on: $on) { code } }", new { on = "31/12/2024" });

        Assert.Equal(400, response.Status);
        Assert.True(response.HasErrors);
    }

    private static HttpRequestMessage Post(HttpClient client, string body, string contentType) =>
        new(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, contentType) };
}
