using System.Text;
using Justice.Domain.Common;
using Justice.Domain.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Justice.Domain.Persistence;

/// <summary>
/// The one EF Core model. Each area contributes <c>IEntityTypeConfiguration</c> classes beside its
/// aggregates; they are picked up from this assembly. Provider specifics live in the two subclasses,
/// each with its own migrations. Accounts (ASP.NET Core Identity) and the OpenID Connect server's
/// applications, authorizations, scopes and tokens (OpenIddict, Guid keys) live in the same database.
/// </summary>
public abstract class JusticeDbContext(DbContextOptions options) : IdentityDbContext<StaffAccount, StaffRole, Guid>(options)
{
    private const int DefaultStringLength = 500;

    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict<Guid>();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(JusticeDbContext).Assembly);
        IdentityModel.UnboundLibraryStrings(modelBuilder, DefaultStringLength);
        var entities = modelBuilder.Model.GetEntityTypes()
            .Where(e => e.BaseType is null && !e.IsOwned() && typeof(Entity).IsAssignableFrom(e.ClrType))
            .Select(e => e.ClrType).ToList();
        foreach (var type in entities)
        {
            var entity = modelBuilder.Entity(type);
            // Ids are made in-process (Entity.Id), never by the database. Saying so lets EF treat a new child
            // added to a loaded aggregate as an insert rather than an update of a row that does not exist.
            entity.Property(nameof(Entity.Id)).ValueGeneratedNever();
            if (typeof(AggregateRoot).IsAssignableFrom(type))
                entity.Property(nameof(AggregateRoot.Version)).IsConcurrencyToken();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and safe against reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(60);
        configurationBuilder.Properties<string>().HaveMaxLength(DefaultStringLength);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareForSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareForSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Bumps the concurrency version of updated aggregates, and brings every string to NFC so
    /// nothing decomposed (NFD) is ever stored, whichever path the value came by.
    /// </summary>
    private void PrepareForSave()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            if (entry.State == EntityState.Modified && entry.Entity is AggregateRoot aggregate)
                aggregate.Version++;
            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is string text && !text.IsNormalized(NormalizationForm.FormC))
                    property.CurrentValue = text.Normalize(NormalizationForm.FormC);
            }
        }
    }
}

public enum DatabaseProvider { Sqlite, PostgreSql }
