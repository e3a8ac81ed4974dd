using System.Net;
using Justice.Domain.Identity;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.EndToEnd.Tests.Identity;

/// <summary>
/// A production database has no demo accounts: the operator creates the first administrator and the ministries'
/// client applications with verbs, and those work at once over HTTP.
/// </summary>
public class ProductionAccountsTests
{
    private const string Password = "Bo-Tu-Phap-2026!";

    [Fact]
    public async Task An_operator_creates_the_first_administrator_and_a_ministry_client_that_gets_tokens()
    {
        await using var host = new PortalHost(new Dictionary<string, string>(IdentityHostFixture.Settings)
        {
            ["Justice:SeedDemoDataWhenEmpty"] = "false",
        });
        string[] configuration = [$"--Justice:DataPath={host.DataPath}", "--Justice:SeedDemoDataWhenEmpty=false"];
        Assert.Equal(0, (await OperatorProcess.RunAsync(["migrate", .. configuration])).ExitCode);
        var ministry = new Organisation("Bộ Tư pháp", OrganisationKind.Ministry, code: "BTP");
        await using (var db = JusticeDomainServiceCollectionExtensions.CreateContext(DatabaseProvider.Sqlite,
                         $"Data Source={Path.Combine(host.DataPath, "justice.db")}"))
        {
            db.Add(ministry);
            await db.SaveChangesAsync();
        }

        var admin = await OperatorProcess.RunAsync(["create-admin", "--email", "quantri@moj.gov.vn", "--name", "Nguyễn Văn Quản",
            "--organisation", "BTP", .. configuration], new Dictionary<string, string> { ["JUSTICE_ADMIN_PASSWORD"] = Password });
        Assert.True(admin.ExitCode == 0, admin.Output);
        Assert.Contains("Administrator quantri@moj.gov.vn created in Bộ Tư pháp.", admin.Output);
        var again = await OperatorProcess.RunAsync(["create-admin", "--email", "quantri@moj.gov.vn", "--name", "Nguyễn Văn Quản", .. configuration],
            new Dictionary<string, string> { ["JUSTICE_ADMIN_PASSWORD"] = Password });
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Output);
        var weak = await OperatorProcess.RunAsync(["create-admin", "--email", "yeu@moj.gov.vn", "--name", "Trần Yếu", .. configuration],
            new Dictionary<string, string> { ["JUSTICE_ADMIN_PASSWORD"] = "abc" });
        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("The account was not created", weak.Output);
        var noPassword = await OperatorProcess.RunAsync(["create-admin", "--email", "khong@moj.gov.vn", "--name", "Lê Không", .. configuration]);
        Assert.Equal(2, noPassword.ExitCode);
        Assert.Contains("JUSTICE_ADMIN_PASSWORD", noPassword.Output);

        var unknownScope = await OperatorProcess.RunAsync(["create-client", "--client-id", "btp-system", "--name", "Hệ thống của Bộ Tư pháp",
            "--organisation", "BTP", "--scopes", "legal.read everything", .. configuration]);
        Assert.Equal(2, unknownScope.ExitCode);
        Assert.Contains("Unknown scopes: everything", unknownScope.Output);
        var client = await OperatorProcess.RunAsync(["create-client", "--client-id", "btp-system", "--name", "Hệ thống của Bộ Tư pháp",
            "--organisation", "BTP", "--scopes", $"{JusticeScopes.LegalRead} {JusticeScopes.RegistryRead}", .. configuration]);
        Assert.True(client.ExitCode == 0, client.Output);
        var secret = client.Output.Split('\n').Single(l => l.StartsWith("Secret", StringComparison.Ordinal)).Split(": ")[1].Trim();

        host.UseKestrel(0);
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1") + "/") };
        var (status, token) = await IdentityHostFixture.ClientCredentialsAsync(http, "btp-system", secret, JusticeScopes.LegalRead);
        Assert.Equal(HttpStatusCode.OK, status);
        var claims = await IdentityHostFixture.WhoAmIAsync(http, token.GetProperty("access_token").GetString());
        Assert.Contains((JusticeClaims.Organisation, ministry.Id.ToString()), claims);
        var (wrongSecret, _) = await IdentityHostFixture.ClientCredentialsAsync(http, "btp-system", secret + "x", JusticeScopes.LegalRead);
        Assert.NotEqual(HttpStatusCode.OK, wrongSecret);

        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        var account = await users.FindByEmailAsync("quantri@moj.gov.vn");
        Assert.NotNull(account);
        Assert.Equal(ministry.Id, account.OrganisationId);
        Assert.True(await users.CheckPasswordAsync(account, Password));
        Assert.True(await users.IsInRoleAsync(account, StaffRoles.Administrator));
        Assert.Null(await users.FindByEmailAsync("yeu@moj.gov.vn"));
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<StaffRole>>();
        Assert.All(StaffRoles.All, role => Assert.True(roles.RoleExistsAsync(role).GetAwaiter().GetResult(), role));
    }
}
