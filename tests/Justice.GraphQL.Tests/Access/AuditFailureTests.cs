using Justice.Domain.Audit;
using Justice.Domain.CivilRegistry;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.GraphQL.Tests.Access;

/// <summary>Personal data that cannot be audited does not leave: the response carries an error and no data.</summary>
public sealed class AuditFailureTests(AuditFailureTests.Host host) : IClassFixture<AuditFailureTests.Host>
{
    /// <summary>A host whose audit store refuses every read entry (as a full disk or a lost connection would).</summary>
    public sealed class Host : GraphQLHost
    {
        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.ConfigureDbContext<SqliteJusticeDbContext>(o => o.AddInterceptors(new RefuseReadAudits()));
    }

    private sealed class RefuseReadAudits : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<AuditLogEntry>().Any(e => e.State == EntityState.Added && e.Entity.Action == "read"))
                throw new DbUpdateException("Audit store unavailable.");
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }

    [Fact]
    public async Task A_personal_read_whose_audit_fails_returns_no_data()
    {
        var registration = await host.WithDbAsync(db => db.Set<CivilStatusRegistration>().Select(r => r.Id).FirstAsync());
        var response = await host.PostAsync("""
            query($id: ID!) { civilStatusRegistration(id: $id, purpose: "Kiểm tra hồ sơ") {
              subjectFullName subject { fullName } participants { role person { fullName } } } }
            """, new { id = Justice.GraphQL.Common.GlobalId.Encode("CivilStatusRegistration", registration) }, TestCallers.Administrator());

        Assert.Equal(["INTERNAL_ERROR"], response.ErrorCodes);
        Assert.False(response.Body.TryGetProperty("data", out var data) && data.ValueKind == System.Text.Json.JsonValueKind.Object,
            "no data may leave unaudited: " + response.Text);
        var subject = await host.WithDbAsync(db => db.Set<CivilStatusRegistration>().Where(r => r.Id == registration).Select(r => r.SubjectFullName).FirstAsync());
        Assert.DoesNotContain(subject, response.Text);
        Assert.False(await host.WithDbAsync(db => db.Set<AuditLogEntry>().AnyAsync(e => e.EntityId == registration.ToString() && e.Action == "read")));
    }

    [Fact]
    public async Task A_public_read_needs_no_audit_and_is_served()
    {
        var response = await host.PostAsync("{ legalDocuments(first: 2) { totalCount edges { node { title issuingBody { name } } } } }");

        response.AssertNoErrors();
        Assert.Equal(2, response.Data.GetProperty("legalDocuments").GetProperty("edges").GetArrayLength());
    }
}
