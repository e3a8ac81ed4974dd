using Justice.Domain.Codification;
using Justice.Domain.Identity;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Justice.Portal.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace Justice.EndToEnd.Tests.Identity;

[Collection(IdentityHostCollection.Name)]
public class DemoIdentitiesTests(IdentityHostFixture fixture)
{
    [Theory]
    [InlineData(DemoIdentities.AdministratorEmail, StaffRoles.Administrator)]
    [InlineData(DemoIdentities.CivilRegistryOfficerEmail, StaffRoles.CivilRegistryOfficer)]
    [InlineData(DemoIdentities.JudicialRecordsOfficerEmail, StaffRoles.JudicialRecordsOfficer)]
    [InlineData(DemoIdentities.CodificationEditorEmail, StaffRoles.CodificationEditor)]
    [InlineData(DemoIdentities.OtherCodificationEditorEmail, StaffRoles.CodificationEditor)]
    [InlineData(DemoIdentities.CodificationAppraiserEmail, StaffRoles.CodificationAppraiser)]
    [InlineData(DemoIdentities.AuctionPublisherEmail, StaffRoles.AuctionPublisher)]
    [InlineData(DemoIdentities.StatisticsReporterEmail, StaffRoles.StatisticsReporter)]
    [InlineData(DemoIdentities.PortalEditorEmail, StaffRoles.PortalEditor)]
    [InlineData(DemoIdentities.ConferenceOperatorEmail, StaffRoles.ConferenceOperator)]
    [InlineData(DemoIdentities.CitizenEmail, StaffRoles.Citizen)]
    public async Task Each_demo_account_exists_with_its_role_and_the_demo_password(string email, string role)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();

        var account = await users.FindByEmailAsync(email);

        Assert.NotNull(account);
        Assert.Equal([role], await users.GetRolesAsync(account));
        Assert.True(await users.CheckPasswordAsync(account, DemoIdentities.Password));
    }

    [Fact]
    public async Task The_two_codification_editors_work_for_two_ministries_that_have_code_topics_assigned()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();

        var ministries = await db.Users
            .Where(u => u.Email == DemoIdentities.CodificationEditorEmail || u.Email == DemoIdentities.OtherCodificationEditorEmail)
            .Select(u => u.OrganisationId!.Value).ToListAsync();

        Assert.Equal(2, ministries.Distinct().Count());
        foreach (var ministry in ministries)
        {
            Assert.Equal(OrganisationKind.Ministry, (await db.Set<Organisation>().SingleAsync(o => o.Id == ministry)).Kind);
            Assert.True(await db.Set<CodificationTopic>().AnyAsync(t => t.AssignedMinistryId == ministry));
        }
    }

    [Theory]
    [InlineData(DemoIdentities.MinistryClientId)]
    [InlineData(DemoIdentities.CommuneRegistryClientId)]
    [InlineData(DemoIdentities.NoScopesClientId)]
    [InlineData(DemoIdentities.StaffAppClientId)]
    public async Task Each_demo_client_exists(string clientId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();

        Assert.NotNull(await applications.FindByClientIdAsync(clientId));
    }

    [Fact]
    public async Task A_host_that_loads_no_demo_data_has_no_demo_accounts_or_clients()
    {
        await using var host = new PortalHost(new Dictionary<string, string> { ["Justice:SeedDemoDataWhenEmpty"] = "false" });
        using var client = host.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        await using var scope = host.Services.CreateAsyncScope();

        Assert.False(await scope.ServiceProvider.GetRequiredService<JusticeDbContext>().Users.AnyAsync());
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>()
            .FindByClientIdAsync(DemoIdentities.MinistryClientId));
    }
}
