using System.Security.Cryptography;
using Justice.Domain.Identity;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Justice.Portal.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;

namespace Justice.Portal.Operator;

/// <summary>
/// The first administrator and the ministries' client applications of a production database, which has no demo
/// accounts. Secrets never go on the command line (shell history, process lists): the administrator's password is read
/// from <c>JUSTICE_ADMIN_PASSWORD</c> or standard input, and a client's secret is generated and shown once.
/// </summary>
internal static class AccountVerbs
{
    public const string PasswordVariable = "JUSTICE_ADMIN_PASSWORD";

    public static async Task<int> CreateAdministratorAsync(WebApplication app, string[] args)
    {
        var email = OperatorCommand.Required(args, "--email");
        var name = OperatorCommand.Required(args, "--name");
        var password = Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : ReadPassword();

        await using var scope = app.Services.CreateAsyncScope();
        var organisation = await OrganisationAsync(scope.ServiceProvider, OperatorCommand.Option(args, "--organisation"));
        await StaffRoleSetup.EnsureRolesAsync(scope.ServiceProvider);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            Console.Error.WriteLine($"An account with the email {email} already exists.");
            return 1;
        }
        var account = new StaffAccount(email, name, organisation?.Id) { EmailConfirmed = true };
        var created = await users.CreateAsync(account, password);
        if (created.Succeeded) created = await users.AddToRoleAsync(account, StaffRoles.Administrator);
        if (!created.Succeeded)
        {
            Console.Error.WriteLine($"The account was not created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            return 1;
        }
        Console.WriteLine($"Administrator {email} created{(organisation is null ? "" : $" in {organisation.Name}")}.");
        return 0;
    }

    public static async Task<int> CreateClientAsync(WebApplication app, string[] args)
    {
        var clientId = OperatorCommand.Required(args, "--client-id");
        var name = OperatorCommand.Required(args, "--name");
        var scopes = OperatorCommand.Required(args, "--scopes").Split(' ', ',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = scopes.Where(s => !JusticeScopes.All.Contains(s)).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"Unknown scopes: {string.Join(", ", unknown)}. Known: {string.Join(" ", JusticeScopes.All)}");

        await using var scope = app.Services.CreateAsyncScope();
        var organisation = await OrganisationAsync(scope.ServiceProvider, OperatorCommand.Required(args, "--organisation"));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        if (!await ClientRegistration.CreateAsync(applications, clientId, secret, name, organisation!.Id, scopes, default))
        {
            Console.Error.WriteLine($"A client with the id {clientId} already exists.");
            return 1;
        }
        Console.WriteLine($"Client {clientId} created for {organisation.Name} with scopes {string.Join(" ", scopes)}.");
        Console.WriteLine($"Secret (shown once, keep it safe): {secret}");
        return 0;
    }

    private static async Task<Organisation?> OrganisationAsync(IServiceProvider services, string? code)
    {
        if (code is null) return null;
        var db = services.GetRequiredService<JusticeDbContext>();
        return await db.Set<Organisation>().AsNoTracking().OrderBy(o => o.Kind).FirstOrDefaultAsync(o => o.Code == code)
            ?? throw new ArgumentException($"No organisation has the code {code}.");
    }

    private static string ReadPassword()
    {
        if (!Console.IsInputRedirected) Console.Write("Password: ");
        return Console.ReadLine() is { Length: > 0 } line
            ? line
            : throw new ArgumentException($"Give the password on standard input or in {PasswordVariable}.");
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
