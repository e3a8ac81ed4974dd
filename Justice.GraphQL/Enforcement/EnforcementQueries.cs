using GraphQL;
using GraphQL.Types;
using Justice.Domain.Common;
using Justice.Domain.Enforcement;
using Justice.Domain.Identity;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Enforcement;

/// <summary>The filters of the <c>enforcementCases</c> list; every one optional, all combined with AND.</summary>
public sealed record EnforcementCaseFilter
{
    public IReadOnlyList<EnforcementCaseStatus>? Statuses { get; init; }
    [Id] public string? EnforcementOfficeId { get; init; }
    [Id] public string? ProvinceId { get; init; }
    public string? FileNumber { get; init; }
    /// <summary>Debtor's name, without regard to case or diacritics.</summary>
    public string? DebtorNameContains { get; init; }

    public IQueryable<EnforcementCase> Apply(IQueryable<EnforcementCase> cases)
    {
        if (Statuses is { Count: > 0 }) cases = cases.Where(x => Statuses.Contains(x.Status));
        if (EnforcementOfficeId is not null)
        {
            var id = GlobalId.Decode(EnforcementOfficeId, "Organisation");
            cases = cases.Where(x => x.EnforcementOfficeId == id);
        }
        if (ProvinceId is not null)
        {
            var id = GlobalId.Decode(ProvinceId, "AdministrativeUnit");
            cases = cases.Where(x => x.ProvinceId == id);
        }
        if (VietnameseText.NormalizeOptional(FileNumber) is { } number) cases = cases.Where(x => x.FileNumber == number);
        if (VietnameseText.NormalizeOptional(DebtorNameContains) is { } name)
        {
            var folded = VietnameseText.Fold(name);
            cases = cases.Where(x => x.Parties.Any(p => p.Role == EnforcementPartyRole.Debtor && p.NameFolded.Contains(folded)));
        }
        return cases;
    }
}

public sealed class EnforcementCaseFilterInputType : AutoRegisteringInputObjectGraphType<EnforcementCaseFilter>
{
    public EnforcementCaseFilterInputType()
    {
        Name = "EnforcementCaseFilter";
        Description = "Bộ lọc hồ sơ thi hành án; các điều kiện kết hợp với nhau (AND).";
    }
}

/// <summary>
/// Civil judgment enforcement: the public list of debtors without conditions to enforce for anyone; case
/// files with <c>enforcement.read</c>, within the caller's jurisdiction, parties audited as personal data.
/// </summary>
public sealed class EnforcementQueries : IQueryFields, INodeResolver
{
    public string TypeName => "EnforcementCase";

    public void AddTo(ObjectGraphType query)
    {
        query.Connection<PublicDebtorGraphType>("publicDebtors")
            .Description("Danh sách công khai người phải thi hành án chưa có điều kiện thi hành, tìm theo tên (không phân biệt dấu) và tỉnh.")
            .Argument<StringGraphType>("nameContains")
            .Argument<IdGraphType>("provinceId")
            .ResolveAsync(async c =>
            {
                Guid? province = c.GetArgument<string?>("provinceId") is { } p ? GlobalId.Decode(p, "AdministrativeUnit") : null;
                var listed = PublicDebtorList.Query(c.Db().Set<EnforcementCase>().AsNoTracking(), c.GetArgument<string?>("nameContains"), province);
                return await listed.OrderByDescending(d => d.ListedSince).ThenBy(d => d.CaseId).ThenBy(d => d.DebtorName).ToConnectionAsync(c);
            });

        query.Connection<EnforcementCaseGraphType>("enforcementCases")
            .Description("Hồ sơ thi hành án trong phạm vi quản lý của tài khoản (quyền enforcement.read), mới chuyển trạng thái trước.")
            .Argument<NonNullGraphType<StringGraphType>>("purpose", "Mục đích khai thác (hồ sơ chứa dữ liệu cá nhân của đương sự).")
            .Argument<EnforcementCaseFilterInputType>("filter")
            .ResolveAsync(async c =>
            {
                c.RequireScope(JusticeScopes.EnforcementRead);
                c.Request().Audit.StatePurpose(c.GetArgument<string>("purpose"));
                var filter = c.GetArgument<EnforcementCaseFilter?>("filter") ?? new EnforcementCaseFilter();
                var cases = filter.Apply(await VisibleAsync(c, tracked: false));
                return await cases.OrderByDescending(x => x.StatusChangedOn).ThenBy(x => x.Id).ToConnectionAsync(c);
            });

        query.Field<EnforcementCaseGraphType>("enforcementCase")
            .Description("Một hồ sơ thi hành án trong phạm vi quản lý của tài khoản (quyền enforcement.read).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("purpose", "Mục đích khai thác.")
            .ResolveAsync(async c =>
            {
                c.RequireScope(JusticeScopes.EnforcementRead);
                c.Request().Audit.StatePurpose(c.GetArgument<string>("purpose"));
                return await FindAsync(c, GlobalId.Decode(c.GetArgument<string>("id"), TypeName), tracked: false);
            });
    }

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id)
    {
        context.RequireScope(JusticeScopes.EnforcementRead);
        return await FindAsync(context, id, tracked: false);
    }

    /// <summary>
    /// The cases the caller may see: all for a national caller; otherwise those of the provinces their jurisdiction
    /// covers and of their own enforcement office. Children are read with the case (one query each per page).
    /// </summary>
    internal static async Task<IQueryable<EnforcementCase>> VisibleAsync(IResolveFieldContext c, bool tracked)
    {
        var caller = c.Caller();
        var db = c.Db();
        var covered = await c.Service<Jurisdictions>().CoveredByAsync(caller, db, c.CancellationToken);
        IQueryable<EnforcementCase> cases = tracked ? db.Set<EnforcementCase>() : db.Set<EnforcementCase>().AsNoTracking();
        if (covered is not null)
        {
            var units = covered.ToList();
            var office = caller.OrganisationId;
            cases = cases.Where(x => (x.ProvinceId != null && units.Contains(x.ProvinceId.Value)) || x.EnforcementOfficeId == office);
        }
        return cases.Include(x => x.Parties).Include(x => x.Obligations).Include(x => x.Payments).AsSplitQuery();
    }

    /// <summary>The case if the caller may see it; OUTSIDE_JURISDICTION if it exists elsewhere; null if it does not exist.</summary>
    internal static async Task<EnforcementCase?> FindAsync(IResolveFieldContext c, Guid id, bool tracked)
    {
        var found = await (await VisibleAsync(c, tracked)).FirstOrDefaultAsync(x => x.Id == id, c.CancellationToken);
        if (found is null && await c.Db().Set<EnforcementCase>().AnyAsync(x => x.Id == id, c.CancellationToken))
            throw ResolveContextAccess.OutsideJurisdiction();
        return found;
    }
}
