using System.Net;
using Justice.Domain.Identity;
using Justice.Portal.Identity;

namespace Justice.EndToEnd.Tests.Identity;

[Collection(IdentityHostCollection.Name)]
public class TokenKeysTests(IdentityHostFixture fixture)
{
    [Fact]
    public async Task A_token_issued_by_one_host_is_accepted_by_another_host_on_the_same_data_folder()
    {
        using var client = fixture.NewClient();
        var (_, token) = await IdentityHostFixture.ClientCredentialsAsync(client, DemoIdentities.MinistryClientId,
            DemoIdentities.MinistryClientSecret, JusticeScopes.LegalRead);
        Assert.True(File.Exists(Path.Combine(fixture.Host.DataPath, "keys", "identity-signing.pem")));
        Assert.True(File.Exists(Path.Combine(fixture.Host.DataPath, "keys", "identity-encryption.pem")));

        // A second node: the same data folder (database and keys) and the same public issuer address.
        await using var second = new PortalHost(new Dictionary<string, string>(IdentityHostFixture.Settings)
        {
            ["Justice:DataPath"] = fixture.Host.DataPath,
            // A second node keeps its own search index: Lucene allows one writer per folder.
            ["Search:IndexPath"] = Path.Combine(fixture.Host.DataPath, "search-second-node"),
            ["Justice:Identity:Issuer"] = fixture.BaseAddress.ToString(),
        });
        using var secondClient = second.CreateClient(new() { AllowAutoRedirect = false });

        var claims = await IdentityHostFixture.WhoAmIAsync(secondClient, token.GetProperty("access_token").GetString());

        Assert.Contains((JusticeClaims.Subject, DemoIdentities.MinistryClientId), claims);
        Assert.Contains((JusticeClaims.OpenIddictScope, JusticeScopes.LegalRead), claims);
    }
}
