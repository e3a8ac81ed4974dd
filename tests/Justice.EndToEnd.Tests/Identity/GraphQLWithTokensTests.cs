using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Domain.Audit;
using Justice.Domain.CivilRegistry;
using Justice.Domain.Identity;
using Justice.Domain.Persistence;
using Justice.Portal.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.EndToEnd.Tests.Identity;

/// <summary>
/// The API as an integrating system uses it: a token from /connect/token over real HTTP, then /graphql with
/// the bearer token. Personal data goes only to a caller with the scope, and each read is audited.
/// </summary>
[Collection(IdentityHostCollection.Name)]
public class GraphQLWithTokensTests(IdentityHostFixture fixture)
{
    private const string Registrations = """
        { civilStatusRegistrations(first: 5, purpose: "Đối soát dữ liệu dân cư") { totalCount edges { node { id subjectFullName } } } }
        """;

    [Fact]
    public async Task A_ministry_system_reads_civil_status_with_its_client_credentials_token_and_the_read_is_audited()
    {
        using var client = fixture.NewClient();
        var (status, token) = await IdentityHostFixture.ClientCredentialsAsync(client, DemoIdentities.MinistryClientId,
            DemoIdentities.MinistryClientSecret, JusticeScopes.RegistryRead);
        Assert.Equal(HttpStatusCode.OK, status);

        var body = await PostAsync(client, token.GetProperty("access_token").GetString(), Registrations);

        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        var page = body.GetProperty("data").GetProperty("civilStatusRegistrations");
        var total = await InDatabaseAsync(db => db.Set<CivilStatusRegistration>().CountAsync());
        Assert.Equal(total, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(5, page.GetProperty("edges").GetArrayLength());
        var audited = await InDatabaseAsync(db => db.Set<AuditLogEntry>()
            .Where(a => a.Actor == DemoIdentities.MinistryClientId && a.EntityType == "CivilStatusRegistration").ToListAsync());
        Assert.True(audited.Count >= 5);
        Assert.All(audited, a => Assert.Equal("Đối soát dữ liệu dân cư", a.Purpose));
        Assert.Contains(audited, a => a.Fields!.Contains("subjectFullName"));
    }

    [Fact]
    public async Task A_client_without_the_scope_and_a_caller_without_a_token_get_no_personal_data()
    {
        using var client = fixture.NewClient();
        var (_, token) = await IdentityHostFixture.ClientCredentialsAsync(client, DemoIdentities.NoScopesClientId, DemoIdentities.NoScopesClientSecret);

        var withoutScope = await PostAsync(client, token.GetProperty("access_token").GetString(), Registrations);
        var anonymous = await PostAsync(client, null, Registrations);

        Assert.Equal("FORBIDDEN", Code(withoutScope));
        Assert.Equal("UNAUTHENTICATED", Code(anonymous));
        Assert.Equal(JsonValueKind.Null, withoutScope.GetProperty("data").GetProperty("civilStatusRegistrations").ValueKind);
    }

    [Fact]
    public async Task A_commune_officer_signed_in_with_code_and_PKCE_sees_only_their_commune()
    {
        using var client = fixture.NewClient();
        var tokens = await fixture.SignInWithCodeFlowAsync(client, DemoIdentities.CivilRegistryOfficerEmail, "openid registry.read");

        var body = await PostAsync(client, tokens.GetProperty("access_token").GetString(), Registrations);

        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        var seen = body.GetProperty("data").GetProperty("civilStatusRegistrations").GetProperty("totalCount").GetInt32();
        var total = await InDatabaseAsync(db => db.Set<CivilStatusRegistration>().CountAsync());
        Assert.InRange(seen, 0, total - 1);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string? accessToken, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query }) };
        if (accessToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await client.SendAsync(request);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string? Code(JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private async Task<T> InDatabaseAsync<T>(Func<JusticeDbContext, Task<T>> read)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<JusticeDbContext>());
    }
}
