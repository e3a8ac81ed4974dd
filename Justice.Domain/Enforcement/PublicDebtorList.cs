using Justice.Domain.Common;

namespace Justice.Domain.Enforcement;

/// <summary>
/// One line of the public list of debtors without conditions to enforce; no personal ID number.
/// Settable properties (not a positional record) so callers can filter and sort after projecting, in SQL.
/// </summary>
public sealed class PublicDebtorListing
{
    public Guid CaseId { get; init; }
    public string DebtorName { get; init; } = "";
    public string DebtorAddress { get; init; } = "";
    public Guid EnforcementOfficeId { get; init; }
    public Guid? ProvinceId { get; init; }
    public string JudgmentNumber { get; init; } = "";
    public string CourtName { get; init; } = "";
    public string DecisionNumber { get; init; } = "";
    public long OutstandingAmount { get; init; }
    public DateOnly ListedSince { get; init; }
}

/// <summary>
/// Danh sách người phải thi hành án chưa có điều kiện thi hành: the list the law requires to be public,
/// searchable by name (diacritics-insensitive) and province. Served by the indexes on
/// <see cref="EnforcementCase.IsListedWithoutConditions"/> + province and on the folded debtor name.
/// </summary>
public static class PublicDebtorList
{
    public static IQueryable<PublicDebtorListing> Query(IQueryable<EnforcementCase> cases, string? name = null, Guid? provinceId = null)
    {
        var folded = string.IsNullOrWhiteSpace(name) ? null : VietnameseText.Fold(name);
        var listed = cases.Where(c => c.IsListedWithoutConditions);
        if (provinceId is { } province) listed = listed.Where(c => c.ProvinceId == province);
        var debtors = listed.SelectMany(c => c.Parties.Where(p => p.Role == EnforcementPartyRole.Debtor), (c, p) => new { Case = c, Party = p });
        if (folded is not null) debtors = debtors.Where(x => x.Party.NameFolded.Contains(folded));
        return debtors.Select(x => new PublicDebtorListing
        {
            CaseId = x.Case.Id,
            DebtorName = x.Party.Name,
            DebtorAddress = x.Party.Address,
            EnforcementOfficeId = x.Case.EnforcementOfficeId,
            ProvinceId = x.Case.ProvinceId,
            JudgmentNumber = x.Case.Judgment.Number,
            CourtName = x.Case.Judgment.CourtName,
            DecisionNumber = x.Case.Decision.Number,
            OutstandingAmount = x.Case.MoneyObligationTotal - x.Case.CollectedTotal,
            ListedSince = x.Case.ListedSince!.Value,
        });
    }
}
