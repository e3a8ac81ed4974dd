using Justice.Domain.Enforcement;
using Justice.Domain.Organisations;
using static Justice.Domain.Tests.Enforcement.EnforcementTestData;

namespace Justice.Domain.Tests.Enforcement;

public class EnforcementCaseTests
{
    [Fact]
    public void New_case_is_accepted_with_its_money_obligation_total()
    {
        var c = Case();
        Assert.Equal(EnforcementCaseStatus.Accepted, c.Status);
        Assert.Equal(DecisionDate, c.StatusChangedOn);
        Assert.Equal(153_750_000, c.MoneyObligationTotal);
        Assert.Equal(153_750_000, c.OutstandingAmount);
        Assert.False(c.IsListedWithoutConditions);
        Assert.Equal(2, c.Parties.Count);
    }

    [Fact]
    public void Office_must_be_an_enforcement_office()
    {
        var court = new Organisation("Tòa án nhân dân thành phố Hà Nội", OrganisationKind.Court);
        Assert.Equal("ENFORCEMENT_OFFICE_KIND_INVALID", Refused(() => Case(office: court)).Code);
    }

    [Fact]
    public void Decision_cannot_precede_the_judgment()
    {
        var error = Refused(() => new EnforcementCase(Office(), "0001/2025/HSTHA", Judgment(), Decision(JudgmentDate.AddDays(-1)),
            [Debtor()], MoneyObligations(), Today));
        Assert.Equal("ENFORCEMENT_DECISION_BEFORE_JUDGMENT", error.Code);
    }

    [Fact]
    public void Decision_cannot_be_in_the_future()
    {
        var error = Refused(() => new EnforcementCase(Office(), "0001/2025/HSTHA", Judgment(), Decision(Today.AddDays(1)),
            [Debtor()], MoneyObligations(), Today));
        Assert.Equal("ENFORCEMENT_DECISION_IN_FUTURE", error.Code);
    }

    [Fact]
    public void Case_needs_a_debtor()
    {
        var error = Refused(() => new EnforcementCase(Office(), "0001/2025/HSTHA", Judgment(), Decision(), [Creditor()], MoneyObligations(), Today));
        Assert.Equal("ENFORCEMENT_DEBTOR_REQUIRED", error.Code);
    }

    [Fact]
    public void Case_needs_an_obligation()
    {
        var error = Refused(() => new EnforcementCase(Office(), "0001/2025/HSTHA", Judgment(), Decision(), [Debtor()], [], Today));
        Assert.Equal("ENFORCEMENT_OBLIGATION_REQUIRED", error.Code);
    }

    [Theory]
    [InlineData(EnforcementObligationKind.PayMoney, null)]
    [InlineData(EnforcementObligationKind.PayMoney, 0L)]
    [InlineData(EnforcementObligationKind.HandOverAsset, 1_000_000L)]
    [InlineData(EnforcementObligationKind.PerformAct, 1L)]
    public void Only_money_obligations_have_a_positive_amount(EnforcementObligationKind kind, long? amount) =>
        Assert.Equal("ENFORCEMENT_OBLIGATION_AMOUNT_INVALID", Refused(() => new EnforcementObligation(kind, "Nghĩa vụ", amount)).Code);

    [Theory]
    [InlineData("00108501234", "PERSONAL_ID_FORMAT")]
    [InlineData("0010850123456", "PERSONAL_ID_FORMAT")]
    [InlineData("00108501234A", "PERSONAL_ID_FORMAT")]
    [InlineData("099085012345", "PERSONAL_ID_PROVINCE")]
    public void Personal_id_number_is_checked_like_everywhere_else(string id, string code) =>
        Assert.Equal(code,
            Refused(() => new EnforcementParty(EnforcementPartyRole.Debtor, EnforcementPartyKind.Person, "Nguyễn Văn Hùng", "Hà Nội", id)).Code);

    [Fact]
    public void Personal_id_number_only_for_people()
    {
        var error = Refused(() => new EnforcementParty(EnforcementPartyRole.Debtor, EnforcementPartyKind.Organisation,
            "Công ty TNHH Vận tải Hưng Thịnh", "Hà Nội", "001085012345"));
        Assert.Equal("ENFORCEMENT_PARTY_ID_NOT_ALLOWED", error.Code);
    }

    [Fact]
    public void Party_name_is_folded_for_search()
    {
        var party = new EnforcementParty(EnforcementPartyRole.Debtor, EnforcementPartyKind.Person, "Đặng Thị Thu Hà", "Hà Nội");
        Assert.Equal("dang thi thu ha", party.NameFolded);
        Assert.Null(party.PersonalIdNumber);
    }

    [Fact]
    public void Enforcement_needs_an_assigned_officer()
    {
        var c = Case();
        Assert.Equal("ENFORCEMENT_OFFICER_REQUIRED", Refused(() => c.StartEnforcement(Today)).Code);
        c.AssignOfficer(Officer());
        c.StartEnforcement(Today);
        Assert.Equal(EnforcementCaseStatus.BeingEnforced, c.Status);
        Assert.Equal("01-1234", c.Officer!.BadgeNumber);
    }

    [Fact]
    public void Status_dates_cannot_go_backwards()
    {
        var c = BeingEnforced();
        Assert.Equal("ENFORCEMENT_STATUS_DATE_INVALID", Refused(() => c.Postpone("Người phải thi hành án ốm nặng", DecisionDate)).Code);
    }

    [Fact]
    public void No_conditions_lists_the_debtor_publicly_until_enforcement_resumes()
    {
        var c = BeingEnforced();
        c.DeclareNoConditionsToEnforce("Người phải thi hành án không có tài sản để thi hành án", Today);
        Assert.Equal(EnforcementCaseStatus.NoConditionsToEnforce, c.Status);
        Assert.True(c.IsListedWithoutConditions);
        Assert.Equal(Today, c.ListedSince);
        Assert.Equal("Người phải thi hành án không có tài sản để thi hành án", c.StatusReason);
        c.Resume(Today.AddDays(30));
        Assert.Equal(EnforcementCaseStatus.BeingEnforced, c.Status);
        Assert.False(c.IsListedWithoutConditions);
        Assert.Null(c.ListedSince);
    }

    [Fact]
    public void No_conditions_needs_the_verification_result()
    {
        var c = BeingEnforced();
        Assert.Equal("TEXT_REQUIRED", Refused(() => c.DeclareNoConditionsToEnforce(" ", Today)).Code);
        Assert.False(c.IsListedWithoutConditions);
    }

    [Fact]
    public void No_conditions_only_after_verification_during_enforcement()
    {
        var c = Case();
        Assert.Equal("ENFORCEMENT_STATUS_TRANSITION_REFUSED", Refused(() => c.DeclareNoConditionsToEnforce("Không có tài sản", Today)).Code);
    }

    [Fact]
    public void Payments_accumulate_and_complete_the_case_when_everything_is_collected()
    {
        var c = BeingEnforced();
        c.RecordPayment(Today.AddDays(-10), 50_000_000, Today, "00012/BL-THA");
        Assert.Equal(EnforcementCaseStatus.BeingEnforced, c.Status);
        Assert.Equal(103_750_000, c.OutstandingAmount);
        c.RecordPayment(Today, 103_750_000, Today);
        Assert.Equal(EnforcementCaseStatus.Completed, c.Status);
        Assert.Equal(Today, c.StatusChangedOn);
        Assert.Equal(2, c.Payments.Count);
        Assert.Equal(153_750_000, c.CollectedTotal);
    }

    [Fact]
    public void Voluntary_payment_in_full_completes_an_accepted_case()
    {
        var c = Case();
        c.RecordPayment(Today, 153_750_000, Today);
        Assert.Equal(EnforcementCaseStatus.Completed, c.Status);
    }

    [Fact]
    public void Collected_total_cannot_exceed_the_money_obligation()
    {
        var c = BeingEnforced();
        c.RecordPayment(Today, 150_000_000, Today);
        Assert.Equal("ENFORCEMENT_PAYMENT_EXCEEDS_OBLIGATION", Refused(() => c.RecordPayment(Today, 3_750_001, Today)).Code);
        Assert.Equal(150_000_000, c.CollectedTotal);
        Assert.Single(c.Payments);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-100L)]
    public void Payment_amount_must_be_positive(long amount) =>
        Assert.Equal("ENFORCEMENT_PAYMENT_AMOUNT_INVALID", Refused(() => BeingEnforced().RecordPayment(Today, amount, Today)).Code);

    [Fact]
    public void Payment_date_lies_between_the_judgment_and_today()
    {
        var c = BeingEnforced();
        Assert.Equal("ENFORCEMENT_PAYMENT_DATE_INVALID", Refused(() => c.RecordPayment(Today.AddDays(1), 1_000_000, Today)).Code);
        Assert.Equal("ENFORCEMENT_PAYMENT_DATE_INVALID", Refused(() => c.RecordPayment(JudgmentDate.AddDays(-1), 1_000_000, Today)).Code);
    }

    [Fact]
    public void Nothing_is_collected_while_postponed_or_after_closing()
    {
        var postponed = BeingEnforced();
        postponed.Postpone("Người phải thi hành án ốm nặng", Today);
        Assert.Equal("ENFORCEMENT_COLLECTION_NOT_ALLOWED", Refused(() => postponed.RecordPayment(Today, 1_000_000, Today)).Code);
        var terminated = BeingEnforced();
        terminated.Terminate("Người được thi hành án từ bỏ quyền thi hành án", Today);
        Assert.Equal("ENFORCEMENT_CASE_CLOSED", Refused(() => terminated.RecordPayment(Today, 1_000_000, Today)).Code);
        Assert.Equal("ENFORCEMENT_CASE_CLOSED", Refused(() => terminated.AssignOfficer(Officer())).Code);
    }

    [Fact]
    public void Completion_waits_for_non_money_obligations()
    {
        var handover = new EnforcementObligation(EnforcementObligationKind.HandOverAsset, "Giao trả quyền sử dụng đất diện tích 120 m²");
        var c = BeingEnforced([new EnforcementObligation(EnforcementObligationKind.PayMoney, "Án phí", 3_000_000), handover]);
        c.RecordPayment(Today, 3_000_000, Today);
        Assert.Equal(EnforcementCaseStatus.BeingEnforced, c.Status);
        Assert.Equal("ENFORCEMENT_OBLIGATIONS_OUTSTANDING", Refused(() => c.Complete(Today)).Code);
        c.MarkObligationFulfilled(handover.Id, Today);
        Assert.Equal(EnforcementCaseStatus.Completed, c.Status);
        Assert.Equal(Today, handover.FulfilledOn);
    }

    [Fact]
    public void Explicit_completion_needs_everything_collected()
    {
        var c = BeingEnforced();
        c.RecordPayment(Today, 1_000_000, Today);
        Assert.Equal("ENFORCEMENT_OBLIGATIONS_OUTSTANDING", Refused(() => c.Complete(Today)).Code);
    }

    [Fact]
    public void Fulfilling_obligations_is_checked()
    {
        var act = new EnforcementObligation(EnforcementObligationKind.PerformAct, "Tháo dỡ công trình lấn chiếm lối đi chung");
        var money = new EnforcementObligation(EnforcementObligationKind.PayMoney, "Án phí", 300_000);
        var c = BeingEnforced([money, act]);
        Assert.Equal("ENFORCEMENT_OBLIGATION_NOT_FOUND", Refused(() => c.MarkObligationFulfilled(Guid.NewGuid(), Today)).Code);
        Assert.Equal("ENFORCEMENT_OBLIGATION_IS_MONEY", Refused(() => c.MarkObligationFulfilled(money.Id, Today)).Code);
        c.MarkObligationFulfilled(act.Id, Today);
        Assert.Equal("ENFORCEMENT_OBLIGATION_ALREADY_FULFILLED", Refused(() => c.MarkObligationFulfilled(act.Id, Today)).Code);
        Assert.Equal(EnforcementCaseStatus.BeingEnforced, c.Status);
    }

    [Fact]
    public void Closed_cases_stay_closed()
    {
        var c = Case();
        c.RecordPayment(Today, 153_750_000, Today);
        Assert.Equal("ENFORCEMENT_STATUS_TRANSITION_REFUSED", Refused(() => c.Terminate("Lý do", Today)).Code);
        var t = BeingEnforced();
        t.Terminate("Người phải thi hành án chết không để lại di sản", Today);
        Assert.Equal("ENFORCEMENT_STATUS_TRANSITION_REFUSED", Refused(() => t.Resume(Today)).Code);
    }

    [Fact]
    public void Pauses_end_by_resuming_or_terminating()
    {
        var suspended = BeingEnforced();
        suspended.Suspend("Tòa án thụ lý đơn yêu cầu mở thủ tục phá sản", Today);
        Assert.Equal(EnforcementCaseStatus.Suspended, suspended.Status);
        suspended.Resume(Today.AddDays(1));
        Assert.Equal(EnforcementCaseStatus.BeingEnforced, suspended.Status);
        Assert.Null(suspended.StatusReason);
        var postponed = BeingEnforced();
        postponed.Postpone("Người được thi hành án đồng ý hoãn", Today);
        Assert.Equal("ENFORCEMENT_STATUS_TRANSITION_REFUSED", Refused(() => postponed.Suspend("Lý do", Today)).Code);
        postponed.Terminate("Người được thi hành án từ bỏ quyền thi hành án", Today);
        Assert.Equal(EnforcementCaseStatus.Terminated, postponed.Status);
    }

    public static TheoryData<EnforcementCaseStatus, EnforcementCaseStatus> AllPairs()
    {
        var data = new TheoryData<EnforcementCaseStatus, EnforcementCaseStatus>();
        foreach (var from in Enum.GetValues<EnforcementCaseStatus>())
        foreach (var to in Enum.GetValues<EnforcementCaseStatus>())
            data.Add(from, to);
        return data;
    }

    [Theory, MemberData(nameof(AllPairs))]
    public void Only_the_documented_transitions_are_allowed(EnforcementCaseStatus from, EnforcementCaseStatus to)
    {
        const EnforcementCaseStatus accepted = EnforcementCaseStatus.Accepted, enforced = EnforcementCaseStatus.BeingEnforced,
            none = EnforcementCaseStatus.NoConditionsToEnforce, postponed = EnforcementCaseStatus.Postponed,
            suspended = EnforcementCaseStatus.Suspended, terminated = EnforcementCaseStatus.Terminated, completed = EnforcementCaseStatus.Completed;
        HashSet<(EnforcementCaseStatus, EnforcementCaseStatus)> expected =
        [
            (accepted, enforced), (accepted, postponed), (accepted, suspended), (accepted, terminated), (accepted, completed),
            (enforced, none), (enforced, postponed), (enforced, suspended), (enforced, terminated), (enforced, completed),
            (none, enforced), (none, terminated),
            (postponed, enforced), (postponed, terminated),
            (suspended, enforced), (suspended, terminated),
        ];
        Assert.Equal(expected.Contains((from, to)), EnforcementCase.IsTransitionAllowed(from, to));
    }
}
