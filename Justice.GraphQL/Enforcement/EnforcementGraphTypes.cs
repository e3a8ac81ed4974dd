using GraphQL.Types;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Enforcement;
using Justice.Domain.Organisations;
using Justice.GraphQL.Access;
using Justice.GraphQL.AdministrativeUnits;
using Justice.GraphQL.Common;
using Justice.GraphQL.Organisations;

namespace Justice.GraphQL.Enforcement;

public sealed class PublicDebtorGraphType : ObjectGraphType<PublicDebtorListing>
{
    public PublicDebtorGraphType()
    {
        Name = "PublicDebtor";
        Description = "Một dòng trong danh sách công khai người phải thi hành án chưa có điều kiện thi hành (không có số định danh).";
        Field(d => d.DebtorName).Description("Tên người phải thi hành án.");
        Field(d => d.DebtorAddress).Description("Địa chỉ người phải thi hành án.");
        Field(d => d.JudgmentNumber).Description("Số bản án, quyết định được thi hành.");
        Field(d => d.CourtName).Description("Tòa án đã ra bản án, quyết định.");
        Field(d => d.DecisionNumber).Description("Số quyết định thi hành án.");
        Field<NonNullGraphType<VndScalar>>("outstandingAmount").Resolve(c => c.Source.OutstandingAmount).Description("Số tiền còn phải thi hành.");
        Field<NonNullGraphType<DateScalar>>("listedSince").Resolve(c => c.Source.ListedSince).Description("Ngày được đưa vào danh sách.");
        Field<NonNullGraphType<OrganisationGraphType>>("enforcementOffice").Resolve(c => c.LoadById<Organisation>(c.Source.EnforcementOfficeId));
        Field<AdministrativeUnitGraphType>("province").Resolve(c => c.Source.ProvinceId is { } id ? c.LoadById<AdministrativeUnit>(id) : null);
    }
}

public sealed class EnforcementCaseGraphType : NodeType<EnforcementCase>
{
    public EnforcementCaseGraphType() : base("EnforcementCase", "Hồ sơ thi hành án dân sự.")
    {
        Field(x => x.FileNumber).Description("Số hồ sơ thi hành án.");
        Field<NonNullGraphType<EnumerationGraphType<EnforcementCaseStatus>>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<DateScalar>>("statusChangedOn").Resolve(c => c.Source.StatusChangedOn).Description("Ngày chuyển trạng thái gần nhất.");
        Field(x => x.StatusReason, nullable: true).Description("Lý do hoãn, tạm đình chỉ, đình chỉ hoặc kết quả xác minh.");
        Field<NonNullGraphType<EnforcedJudgmentGraphType>>("judgment").Resolve(c => c.Source.Judgment).Description("Bản án, quyết định được thi hành.");
        Field<NonNullGraphType<EnforcementDecisionGraphType>>("decision").Resolve(c => c.Source.Decision).Description("Quyết định thi hành án.");
        Field<EnforcementOfficerGraphType>("officer").Resolve(c => c.Source.Officer).Description("Chấp hành viên được phân công.");
        Field<NonNullGraphType<VndScalar>>("moneyObligationTotal").Resolve(c => c.Source.MoneyObligationTotal).Description("Tổng số tiền phải thi hành.");
        Field<NonNullGraphType<VndScalar>>("collectedTotal").Resolve(c => c.Source.CollectedTotal).Description("Số tiền đã thu.");
        Field<NonNullGraphType<VndScalar>>("outstandingAmount").Resolve(c => c.Source.OutstandingAmount).Description("Số tiền còn phải thi hành.");
        Field(x => x.IsListedWithoutConditions).Description("Có trong danh sách công khai người chưa có điều kiện thi hành.");
        Field<DateScalar>("listedSince").Resolve(c => c.Source.ListedSince);
        Field(x => x.Version).Description("Phiên bản, dùng cho expectedVersion khi cập nhật.");
        Field<NonNullGraphType<OrganisationGraphType>>("enforcementOffice").Resolve(c => c.LoadById<Organisation>(c.Source.EnforcementOfficeId));
        Field<AdministrativeUnitGraphType>("province").Resolve(c => c.Source.ProvinceId is { } id ? c.LoadById<AdministrativeUnit>(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnforcementPartyGraphType>>>>("parties")
            .Description("Đương sự (dữ liệu cá nhân: cần nêu mục đích, mỗi lần đọc được ghi nhật ký).")
            .Resolve(c =>
            {
                var fields = c.SubFields?.Keys.ToList() ?? [];
                foreach (var party in c.Source.Parties) c.Request().Audit.Read("EnforcementParty", party.Id, fields);
                return c.Source.Parties;
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnforcementObligationGraphType>>>>("obligations").Resolve(c => c.Source.Obligations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CollectedPaymentGraphType>>>>("payments")
            .Resolve(c => c.Source.Payments.OrderBy(p => p.Date).ToList());
    }
}

public sealed class EnforcedJudgmentGraphType : ObjectGraphType<EnforcedJudgment>
{
    public EnforcedJudgmentGraphType()
    {
        Name = "EnforcedJudgment";
        Description = "Bản án, quyết định được thi hành.";
        Field(j => j.CourtName);
        Field(j => j.Number);
        Field<NonNullGraphType<DateScalar>>("date").Resolve(c => c.Source.Date);
    }
}

public sealed class EnforcementDecisionGraphType : ObjectGraphType<EnforcementDecision>
{
    public EnforcementDecisionGraphType()
    {
        Name = "EnforcementDecision";
        Description = "Quyết định thi hành án.";
        Field(d => d.Number);
        Field<NonNullGraphType<DateScalar>>("date").Resolve(c => c.Source.Date);
        Field(d => d.IssuedBy).Description("Người ra quyết định.");
    }
}

public sealed class EnforcementOfficerGraphType : ObjectGraphType<EnforcementOfficer>
{
    public EnforcementOfficerGraphType()
    {
        Name = "EnforcementOfficer";
        Description = "Chấp hành viên.";
        Field(o => o.Name);
        Field(o => o.BadgeNumber).Description("Số thẻ chấp hành viên.");
    }
}

public sealed class EnforcementPartyGraphType : ObjectGraphType<EnforcementParty>
{
    public EnforcementPartyGraphType()
    {
        Name = "EnforcementParty";
        Description = "Đương sự: người được hoặc người phải thi hành án.";
        Field<NonNullGraphType<EnumerationGraphType<EnforcementPartyRole>>>("role").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<EnumerationGraphType<EnforcementPartyKind>>>("kind").Resolve(c => c.Source.Kind);
        Field(p => p.Name);
        Field(p => p.Address);
        Field<PersonalIdNumberScalar>("personalIdNumber").Resolve(c => c.Source.PersonalIdNumber).Description("Số định danh cá nhân, nếu có.");
    }
}

public sealed class EnforcementObligationGraphType : ObjectGraphType<EnforcementObligation>
{
    public EnforcementObligationGraphType()
    {
        Name = "EnforcementObligation";
        Description = "Nghĩa vụ thi hành án.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode("EnforcementObligation", c.Source.Id));
        Field<NonNullGraphType<EnumerationGraphType<EnforcementObligationKind>>>("kind").Resolve(c => c.Source.Kind);
        Field(o => o.Description);
        Field<VndScalar>("amount").Resolve(c => c.Source.Amount).Description("Số tiền, với nghĩa vụ trả tiền.");
        Field<DateScalar>("fulfilledOn").Resolve(c => c.Source.FulfilledOn).Description("Ngày thi hành xong (nghĩa vụ không phải trả tiền).");
    }
}

public sealed class CollectedPaymentGraphType : ObjectGraphType<CollectedPayment>
{
    public CollectedPaymentGraphType()
    {
        Name = "CollectedPayment";
        Description = "Khoản tiền đã thu.";
        Field<NonNullGraphType<DateScalar>>("date").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<VndScalar>>("amount").Resolve(c => c.Source.Amount);
        Field(p => p.ReceiptNumber, nullable: true).Description("Số biên lai thu tiền.");
    }
}
