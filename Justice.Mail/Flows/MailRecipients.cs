using Justice.Domain.Common;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Mail.Flows;

/// <summary>
/// The one place that turns "the staff of this organisation who hold this role" into addresses: the staff
/// accounts, their roles (ASP.NET Core Identity tables) and their organisation. Accounts locked out and addresses
/// the outbox would refuse are left out, so one odd account never blocks the workflow step that mails the others.
/// </summary>
public static class MailRecipients
{
    /// <param name="organisationId">Only accounts of this organisation; null: every organisation.</param>
    public static async Task<IReadOnlyList<string>> StaffAsync(JusticeDbContext db, string role, Guid? organisationId, DateTime now,
        CancellationToken cancellationToken)
    {
        var accounts =
            from account in db.Users.AsNoTracking()
            join link in db.UserRoles.AsNoTracking() on account.Id equals link.UserId
            join granted in db.Roles.AsNoTracking() on link.RoleId equals granted.Id
            where granted.Name == role && account.Email != null
            select account;
        if (organisationId is { } organisation) accounts = accounts.Where(a => a.OrganisationId == organisation);
        // Lock-out is a DateTimeOffset, which SQLite cannot compare: the few rows are filtered here.
        var rows = await accounts.Select(a => new { a.Email, a.LockoutEnd }).ToListAsync(cancellationToken);
        return
        [
            .. rows.Where(r => r.LockoutEnd is null || r.LockoutEnd.Value.UtcDateTime <= now)
                .Select(r => r.Email!.Trim())
                .Where(EmailAddress.IsValid)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Order(StringComparer.Ordinal),
        ];
    }
}
