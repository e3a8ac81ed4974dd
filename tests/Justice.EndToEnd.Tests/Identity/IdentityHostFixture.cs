using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Justice.Portal.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.EndToEnd.Tests.Identity;

[CollectionDefinition(Name)]
public sealed class IdentityHostCollection : ICollectionFixture<IdentityHostFixture>
{
    public const string Name = "identity host";
}

/// <summary>
/// One host with the demo data and identities, served by Kestrel on a free loopback port so the flows go over
/// real HTTP; every test gets its own HttpClient (own cookies, redirects not followed).
/// </summary>
public sealed partial class IdentityHostFixture : IAsyncLifetime
{
    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["Justice:Identity:AllowHttp"] = "true",
        ["Justice:Identity:ExposeWhoAmI"] = "true",
    };

    public PortalHost Host { get; } = new(Settings);
    public Uri BaseAddress { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host.UseKestrel(0);
        Host.StartServer();
        var address = Host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1") + "/");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };

    public static async Task<(HttpStatusCode Status, JsonElement Body)> RequestTokenAsync(HttpClient client, Dictionary<string, string> form)
    {
        using var response = await client.PostAsync("connect/token", new FormUrlEncodedContent(form));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, body);
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> ClientCredentialsAsync(HttpClient client, string clientId,
        string secret, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null) form["scope"] = scope;
        return await RequestTokenAsync(client, form);
    }

    /// <summary>The caller's claims as the host sees them (<c>GET /connect/whoami</c>), as (type, value) pairs.</summary>
    public static async Task<IReadOnlyList<(string Type, string Value)>> WhoAmIAsync(HttpClient client, string? accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "connect/whoami");
        if (accessToken is not null) request.Headers.Authorization = new("Bearer", accessToken);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("claims").EnumerateArray()
            .Select(c => (c.GetProperty("type").GetString()!, c.GetProperty("value").GetString()!)).ToList();
    }

    /// <summary>
    /// Authorization code with PKCE as a browser-based app drives it: authorize, the sign-in page (with its
    /// antiforgery token), back to authorize, the code at the redirect URI, then the code exchanged for tokens.
    /// </summary>
    public async Task<JsonElement> SignInWithCodeFlowAsync(HttpClient client, string email, string scope)
    {
        var verifier = Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlTextEncoder.Encode(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));
        var authorize = QueryHelpers.AddQueryString("connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = DemoIdentities.StaffAppClientId, ["response_type"] = "code",
            ["redirect_uri"] = DemoIdentities.StaffAppRedirectUri, ["scope"] = scope, ["state"] = "xyz",
            ["code_challenge"] = challenge, ["code_challenge_method"] = "S256",
        });

        using var toSignIn = await client.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Found, toSignIn.StatusCode);
        var signInPage = toSignIn.Headers.Location!;
        Assert.Equal("/dang-nhap", signInPage.AbsolutePath);
        var returnUrl = QueryHelpers.ParseQuery(signInPage.Query)["ReturnUrl"].ToString();

        var html = await client.GetStringAsync(signInPage);
        var antiforgery = AntiforgeryToken().Match(html).Groups[1].Value;
        using var signedIn = await client.PostAsync("dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = DemoIdentities.Password, ["ReturnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = antiforgery,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(returnUrl, signedIn.Headers.Location!.OriginalString);

        using var toCallback = await client.GetAsync(returnUrl.TrimStart('/'));
        Assert.Equal(HttpStatusCode.Found, toCallback.StatusCode);
        var callback = toCallback.Headers.Location!;
        Assert.StartsWith(DemoIdentities.StaffAppRedirectUri, callback.ToString());
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal("xyz", query["state"].ToString());

        var (status, tokens) = await RequestTokenAsync(client, new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = query["code"].ToString(), ["client_id"] = DemoIdentities.StaffAppClientId,
            ["redirect_uri"] = DemoIdentities.StaffAppRedirectUri, ["code_verifier"] = verifier,
        });
        Assert.True(status == HttpStatusCode.OK, tokens.ToString());
        return tokens;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
