using System.Security.Claims;
using Justice.Domain.Codification;
using Justice.Domain.Identity;
using Justice.Domain.Organisations;
using Justice.GraphQL.Common;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Tests.Codification;

/// <summary>The demo topics and callers the Codification tests use, read once from the host's database.</summary>
public sealed record CodificationDemo(
    Guid CivilTopicId, Guid CybersecurityTopicId, Guid LabourTopicId, Guid LabourMinistryId, Guid OtherMinistryId,
    Guid MinistryOfJusticeId, Guid CommuneOrganisationId, Guid CommuneUnitId)
{
    public static async Task<CodificationDemo> LoadAsync(GraphQLHost host) => await host.WithDbAsync(async db =>
    {
        var topics = db.Set<CodificationTopic>().AsNoTracking();
        var civil = await topics.SingleAsync(t => t.SubjectNumber == 9 && t.Number == 1);
        var cyber = await topics.SingleAsync(t => t.SubjectNumber == 1 && t.Number == 11);
        var labour = await topics.SingleAsync(t => t.SubjectNumber == 20 && t.Number == 2);
        var ministries = await db.Set<Organisation>().AsNoTracking().Where(o => o.Kind == OrganisationKind.Ministry).ToListAsync();
        var other = ministries.First(m => m.Id != labour.AssignedMinistryId && m.Code != CodificationTopic.AppraisingMinistryCode);
        var moj = ministries.Single(m => m.Code == CodificationTopic.AppraisingMinistryCode);
        var commune = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.CommunePeoplesCommittee && o.AdministrativeUnitId != null).OrderBy(o => o.Id).FirstAsync();
        return new CodificationDemo(civil.Id, cyber.Id, labour.Id, labour.AssignedMinistryId, other.Id, moj.Id, commune.Id, commune.AdministrativeUnitId!.Value);
    });

    public static string Id(string type, Guid id) => GlobalId.Encode(type, id);

    public Claim[] Caller(string kind) => kind switch
    {
        "anonymous" => TestCallers.Anonymous,
        "citizen" => TestCallers.Citizen("001090000001"),
        "commune-officer" => TestCallers.Staff("officer@xa.gov.vn", [StaffRoles.CivilRegistryOfficer], CommuneOrganisationId, CommuneUnitId),
        "client-with-scope" => TestCallers.Client("demo-ministry", null, JusticeScopes.CodificationRead, JusticeScopes.LegalRead),
        "client-without-scope" => TestCallers.Client("demo-ministry", null, JusticeScopes.LegalRead),
        "editor-assigned" => TestCallers.Staff("editor@assigned.gov.vn", [StaffRoles.CodificationEditor], LabourMinistryId, null),
        "editor-other" => TestCallers.Staff("editor@other.gov.vn", [StaffRoles.CodificationEditor], OtherMinistryId, null),
        "appraiser" => TestCallers.Staff("appraiser@moj.gov.vn", [StaffRoles.CodificationAppraiser], MinistryOfJusticeId, null),
        "admin" => TestCallers.Administrator(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
