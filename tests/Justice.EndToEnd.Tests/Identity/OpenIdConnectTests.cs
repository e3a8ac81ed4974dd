using System.Net;
using System.Text.Json;
using Justice.Domain.CivilRegistry;
using Justice.Domain.Identity;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Justice.Portal.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.EndToEnd.Tests.Identity;

[Collection(IdentityHostCollection.Name)]
public class OpenIdConnectTests(IdentityHostFixture fixture)
{
    [Fact]
    public async Task The_discovery_document_lists_the_endpoints_grant_types_and_every_scope()
    {
        using var client = fixture.NewClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(".well-known/openid-configuration"));
        var discovery = json.RootElement;

        Assert.EndsWith("/connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.EndsWith("/connect/authorize", discovery.GetProperty("authorization_endpoint").GetString());
        Assert.EndsWith("/connect/logout", discovery.GetProperty("end_session_endpoint").GetString());
        var grants = Strings(discovery.GetProperty("grant_types_supported"));
        Assert.Equal(["authorization_code", "client_credentials", "refresh_token"], grants.Order());
        var scopes = Strings(discovery.GetProperty("scopes_supported"));
        Assert.All(JusticeScopes.All.Concat(["openid", "profile", "email", "offline_access"]), s => Assert.Contains(s, scopes));
        Assert.Contains("S256", Strings(discovery.GetProperty("code_challenge_methods_supported")));
    }

    [Fact]
    public async Task A_ministry_system_gets_a_bearer_token_over_http_that_carries_its_organisation_and_read_scopes()
    {
        using var client = fixture.NewClient();

        var (status, token) = await IdentityHostFixture.ClientCredentialsAsync(client, DemoIdentities.MinistryClientId,
            DemoIdentities.MinistryClientSecret, $"{JusticeScopes.LegalRead} {JusticeScopes.RegistryRead}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Bearer", token.GetProperty("token_type").GetString());
        var claims = await IdentityHostFixture.WhoAmIAsync(client, token.GetProperty("access_token").GetString());
        Assert.Contains((JusticeClaims.Subject, DemoIdentities.MinistryClientId), claims);
        Assert.Contains((JusticeClaims.ClientId, DemoIdentities.MinistryClientId), claims);
        Assert.Equal([JusticeScopes.LegalRead, JusticeScopes.RegistryRead], Values(claims, JusticeClaims.OpenIddictScope).Order());
        Assert.Equal($"{JusticeScopes.LegalRead} {JusticeScopes.RegistryRead}", Assert.Single(Values(claims, JusticeClaims.Scope)));
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
        var ministry = await db.Set<Organisation>().SingleAsync(o => o.Id == Guid.Parse(Assert.Single(Values(claims, JusticeClaims.Organisation))));
        Assert.Equal(OrganisationKind.Ministry, ministry.Kind);
        Assert.Empty(Values(claims, JusticeClaims.Jurisdiction));
    }

    [Fact]
    public async Task Without_a_scope_parameter_a_client_gets_every_scope_it_is_allowed()
    {
        using var client = fixture.NewClient();

        var (_, token) = await IdentityHostFixture.ClientCredentialsAsync(client, DemoIdentities.MinistryClientId, DemoIdentities.MinistryClientSecret);

        var claims = await IdentityHostFixture.WhoAmIAsync(client, token.GetProperty("access_token").GetString());
        Assert.Equal(JusticeScopes.AllRead.Order(), Values(claims, JusticeClaims.OpenIddictScope).Order());
    }

    [Fact]
    public async Task A_commune_registry_client_carries_its_commune_as_jurisdiction()
    {
        using var client = fixture.NewClient();

        var (_, token) = await IdentityHostFixture.ClientCredentialsAsync(client, DemoIdentities.CommuneRegistryClientId,
            DemoIdentities.CommuneRegistryClientSecret, "registry.read registry.write");

        var claims = await IdentityHostFixture.WhoAmIAsync(client, token.GetProperty("access_token").GetString());
        Assert.Equal(DemoIdentities.CommuneRegistryClientScopes.Order(), Values(claims, JusticeClaims.OpenIddictScope).Order());
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
        var commune = await db.Set<Organisation>().SingleAsync(o => o.Id == Guid.Parse(Values(claims, JusticeClaims.Organisation).Single()));
        Assert.Equal(OrganisationKind.CommunePeoplesCommittee, commune.Kind);
        Assert.Equal(commune.AdministrativeUnitId.ToString(), Assert.Single(Values(claims, JusticeClaims.Jurisdiction)));
    }

    [Fact]
    public async Task A_wrong_secret_is_an_invalid_client()
    {
        using var client = fixture.NewClient();

        var (status, error) = await IdentityHostFixture.ClientCredentialsAsync(client, DemoIdentities.MinistryClientId, "not-the-secret");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_client", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_wrong_secret_in_the_authorization_header_is_a_401_invalid_client()
    {
        using var client = fixture.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
            Headers = { Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes($"{DemoIdentities.MinistryClientId}:wrong"))) },
        };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_client", error.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Asking_for_a_scope_the_client_is_not_allowed_is_an_invalid_scope()
    {
        using var client = fixture.NewClient();

        var (status, error) = await IdentityHostFixture.ClientCredentialsAsync(client, DemoIdentities.MinistryClientId,
            DemoIdentities.MinistryClientSecret, $"{JusticeScopes.LegalRead} {JusticeScopes.RegistryWrite}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_scope", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_client_without_scopes_gets_a_token_without_scopes()
    {
        using var client = fixture.NewClient();

        var (status, token) = await IdentityHostFixture.ClientCredentialsAsync(client, DemoIdentities.NoScopesClientId, DemoIdentities.NoScopesClientSecret);

        Assert.Equal(HttpStatusCode.OK, status);
        var claims = await IdentityHostFixture.WhoAmIAsync(client, token.GetProperty("access_token").GetString());
        Assert.Contains((JusticeClaims.Subject, DemoIdentities.NoScopesClientId), claims);
        Assert.Empty(Values(claims, JusticeClaims.OpenIddictScope));
        Assert.Empty(Values(claims, JusticeClaims.Scope));
    }

    [Fact]
    public async Task A_request_without_a_token_or_cookie_is_not_let_through()
    {
        using var client = fixture.NewClient();

        using var anonymous = await client.GetAsync("connect/whoami");
        using var request = new HttpRequestMessage(HttpMethod.Get, "connect/whoami") { Headers = { Authorization = new("Bearer", "not-a-token") } };
        using var forged = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task A_commune_officer_signs_in_with_code_and_pkce_and_gets_only_the_scopes_of_the_role_then_refreshes()
    {
        using var client = fixture.NewClient();

        var tokens = await fixture.SignInWithCodeFlowAsync(client, DemoIdentities.CivilRegistryOfficerEmail,
            "openid profile email offline_access registry.read registry.write judicial.read");

        Assert.Equal(["email", "offline_access", "openid", "profile", "registry.read", "registry.write"],
            tokens.GetProperty("scope").GetString()!.Split(' ').Order());
        Assert.True(tokens.TryGetProperty("id_token", out _));
        var claims = await IdentityHostFixture.WhoAmIAsync(client, tokens.GetProperty("access_token").GetString());
        Assert.Contains((JusticeClaims.Email, DemoIdentities.CivilRegistryOfficerEmail), claims);
        Assert.Contains((JusticeClaims.Role, StaffRoles.CivilRegistryOfficer), claims);
        Assert.Contains((JusticeClaims.Name, "Nguyễn Thị Hương"), claims);
        Assert.DoesNotContain(JusticeScopes.JudicialRead, Values(claims, JusticeClaims.OpenIddictScope));
        Assert.Contains(JusticeScopes.RegistryWrite, Values(claims, JusticeClaims.OpenIddictScope));
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
            var account = await db.Users.SingleAsync(u => u.Email == DemoIdentities.CivilRegistryOfficerEmail);
            Assert.Contains((JusticeClaims.Subject, account.Id.ToString()), claims);
            var commune = await db.Set<Organisation>().SingleAsync(o => o.Id == account.OrganisationId);
            Assert.Equal(OrganisationKind.CommunePeoplesCommittee, commune.Kind);
            Assert.Contains((JusticeClaims.Organisation, commune.Id.ToString()), claims);
            Assert.Contains((JusticeClaims.Jurisdiction, commune.AdministrativeUnitId.ToString()!), claims);
        }

        var (status, refreshed) = await IdentityHostFixture.RequestTokenAsync(client, new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
            ["client_id"] = DemoIdentities.StaffAppClientId,
        });
        Assert.True(status == HttpStatusCode.OK, refreshed.ToString());
        Assert.NotEqual(tokens.GetProperty("access_token").GetString(), refreshed.GetProperty("access_token").GetString());
        var again = await IdentityHostFixture.WhoAmIAsync(client, refreshed.GetProperty("access_token").GetString());
        Assert.Contains((JusticeClaims.Role, StaffRoles.CivilRegistryOfficer), again);
        Assert.Contains(JusticeScopes.RegistryWrite, Values(again, JusticeClaims.OpenIddictScope));
    }

    [Fact]
    public async Task The_sign_in_cookie_gives_pages_the_same_claims_as_a_token()
    {
        using var client = fixture.NewClient();
        await fixture.SignInWithCodeFlowAsync(client, DemoIdentities.AdministratorEmail, "openid");

        var claims = await IdentityHostFixture.WhoAmIAsync(client, accessToken: null);

        Assert.Contains((JusticeClaims.Email, DemoIdentities.AdministratorEmail), claims);
        Assert.Contains((JusticeClaims.Role, StaffRoles.Administrator), claims);
        Assert.Equal(JusticeScopes.All.Order(), Values(claims, JusticeClaims.OpenIddictScope).Order());
        Assert.Single(Values(claims, JusticeClaims.Organisation));
    }

    [Fact]
    public async Task Signing_out_ends_the_cookie_session()
    {
        using var client = fixture.NewClient();
        await fixture.SignInWithCodeFlowAsync(client, DemoIdentities.ConferenceOperatorEmail, "openid");

        using var signedOut = await client.GetAsync("connect/logout");
        using var afterwards = await client.GetAsync("connect/whoami");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterwards.StatusCode);
    }

    [Fact]
    public async Task A_citizen_token_carries_the_personal_id_number_of_a_person_in_the_register()
    {
        using var client = fixture.NewClient();

        var tokens = await fixture.SignInWithCodeFlowAsync(client, DemoIdentities.CitizenEmail, "openid profile legal.write");

        Assert.Equal(["openid", "profile"], tokens.GetProperty("scope").GetString()!.Split(' ').Order());
        var claims = await IdentityHostFixture.WhoAmIAsync(client, tokens.GetProperty("access_token").GetString());
        Assert.Contains((JusticeClaims.Role, StaffRoles.Citizen), claims);
        Assert.Empty(Values(claims, JusticeClaims.Organisation));
        var pin = Assert.Single(Values(claims, JusticeClaims.PersonalIdNumber));
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
        var people = await db.Set<Person>().Where(p => p.PersonalIdNumber != null).Select(p => p.PersonalIdNumber!.Value).ToListAsync();
        Assert.Contains(pin, people);
    }

    [Fact]
    public async Task A_wrong_password_on_the_sign_in_page_shows_a_vietnamese_error()
    {
        using var client = fixture.NewClient();
        var html = await client.GetStringAsync("dang-nhap");
        var antiforgery = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        using var response = await client.PostAsync("dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = DemoIdentities.PortalEditorEmail, ["Password"] = "Sai@12345", ["__RequestVerificationToken"] = antiforgery,
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Thư điện tử hoặc mật khẩu không đúng.", page);
        Assert.Contains("<h1>Đăng nhập</h1>", page);
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    private static List<string> Values(IEnumerable<(string Type, string Value)> claims, string type) =>
        claims.Where(c => c.Type == type).Select(c => c.Value).ToList();
}
