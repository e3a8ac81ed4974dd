using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Audit;
using Justice.Domain.CivilRegistry;
using Justice.Domain.Identity;
using Justice.Domain.LegalDocuments;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Justice.Bench.GraphQL;

/// <summary>
/// The baseline: the same data as the GraphQL queries of the benchmark through hand-written minimal-API
/// endpoints, with the same obligations (a bearer token with the scope, an audit entry per personal record read).
/// Written for the benchmark only; never mapped by the real host.
/// </summary>
public static class PlainEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/bench/plain/registrations/{id:guid}", async (Guid id, HttpContext http, JusticeDbContext db, TimeProvider clock) =>
        {
            var scopes = http.User.FindAll(JusticeClaims.OpenIddictScope).Select(c => c.Value).ToHashSet();
            if (!scopes.Contains(JusticeScopes.RegistryRead)) return Results.Forbid();
            var registration = await db.Set<CivilStatusRegistration>().AsNoTracking().Include(r => r.Participants).FirstOrDefaultAsync(r => r.Id == id);
            if (registration is null) return Results.NotFound();
            var authority = await db.Set<Organisation>().AsNoTracking().Where(o => o.Id == registration.AuthorityId)
                .Select(o => new { o.Name, Unit = db.Set<AdministrativeUnit>().Where(u => u.Id == o.AdministrativeUnitId).Select(u => u.Name).FirstOrDefault() })
                .FirstAsync();
            var personIds = registration.Participants.Select(p => p.PersonId).Append(registration.SubjectPersonId).ToList();
            var people = await db.Set<Person>().AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
            db.Add(new AuditLogEntry(clock.GetUtcNow().UtcDateTime, http.User.FindFirst(JusticeClaims.Subject)!.Value, "read",
                "CivilStatusRegistration", id.ToString(), "Đo hiệu năng", null, "authority,entryNumber,eventType,participants,registrationDate,subject,subjectFullName",
                http.User.FindFirst(JusticeClaims.ClientId)?.Value));
            await db.SaveChangesAsync();
            var subject = people[registration.SubjectPersonId];
            return Results.Json(new
            {
                data = new
                {
                    civilStatusRegistration = new
                    {
                        id, eventType = registration.EventType.ToString(), registration.RegistrationDate, registration.EntryNumber, registration.SubjectFullName,
                        authority = new { name = authority.Name, administrativeUnit = new { name = authority.Unit } },
                        subject = new { subject.FullName, subject.DateOfBirth, sex = subject.Sex.ToString() },
                        participants = registration.Participants.Select(p => new { role = p.Role.ToString(), person = new { people[p.PersonId].FullName, people[p.PersonId].DateOfBirth } }),
                    },
                },
            });
        }).RequireAuthorization();

        app.MapGet("/bench/plain/documents", async (JusticeDbContext db) =>
        {
            var total = await db.Set<LegalDocument>().CountAsync();
            var page = await db.Set<LegalDocument>().AsNoTracking().OrderByDescending(d => d.IssueDate).ThenBy(d => d.Id).Take(50)
                .Select(d => new
                {
                    d.Id, d.Number, d.Title, d.IssueDate, d.Status,
                    IssuingBody = db.Set<Organisation>().Where(o => o.Id == d.IssuingBodyId).Select(o => o.Name).FirstOrDefault(),
                }).ToListAsync();
            return Results.Json(new
            {
                data = new
                {
                    legalDocuments = new
                    {
                        totalCount = total,
                        edges = page.Select(d => new { node = new { d.Id, number = d.Number?.Value, d.Title, d.IssueDate, status = d.Status.ToString(), issuingBody = new { name = d.IssuingBody } } }),
                    },
                },
            });
        });
    }
}
