using GraphQL;
using GraphQL.Types;
using Justice.Domain.Common;
using Justice.Domain.Enforcement;
using Justice.Domain.Identity;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;

namespace Justice.GraphQL.Enforcement;

/// <summary>Bước chuyển trạng thái hồ sơ thi hành án.</summary>
public enum EnforcementCaseAction
{
    /// <summary>Tổ chức thi hành án (hết thời hạn tự nguyện).</summary>
    StartEnforcement,
    /// <summary>Tiếp tục thi hành án sau khi hoãn, tạm đình chỉ hoặc khi có điều kiện thi hành.</summary>
    Resume,
    /// <summary>Xác định chưa có điều kiện thi hành (kèm kết quả xác minh).</summary>
    DeclareNoConditionsToEnforce,
    Postpone,
    Suspend,
    Terminate,
    Complete,
}

public sealed record ChangeEnforcementCaseStatusInput
{
    [Id] public string Id { get; init; } = "";
    public EnforcementCaseAction Action { get; init; }
    /// <summary>Lý do hoặc kết quả xác minh (bắt buộc với hoãn, tạm đình chỉ, đình chỉ, chưa có điều kiện).</summary>
    public string? Reason { get; init; }
    public int? ExpectedVersion { get; init; }
}

public sealed class ChangeEnforcementCaseStatusInputType : AutoRegisteringInputObjectGraphType<ChangeEnforcementCaseStatusInput>
{
    public ChangeEnforcementCaseStatusInputType()
    {
        Name = "ChangeEnforcementCaseStatusInput";
        Description = "Bước chuyển trạng thái hồ sơ, lý do (khi cần) và phiên bản đã xem.";
    }
}

public sealed record AssignEnforcementOfficerInput
{
    [Id] public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string BadgeNumber { get; init; } = "";
    public int? ExpectedVersion { get; init; }
}

public sealed class AssignEnforcementOfficerInputType : AutoRegisteringInputObjectGraphType<AssignEnforcementOfficerInput>
{
    public AssignEnforcementOfficerInputType()
    {
        Name = "AssignEnforcementOfficerInput";
        Description = "Chấp hành viên được phân công cho hồ sơ và phiên bản đã xem.";
    }
}

public sealed record RecordEnforcementPaymentInput
{
    [Id] public string Id { get; init; } = "";
    public DateOnly Date { get; init; }
    [InputType(typeof(NonNullGraphType<VndScalar>))] public long Amount { get; init; }
    public string? ReceiptNumber { get; init; }
    public int? ExpectedVersion { get; init; }
}

public sealed class RecordEnforcementPaymentInputType : AutoRegisteringInputObjectGraphType<RecordEnforcementPaymentInput>
{
    public RecordEnforcementPaymentInputType()
    {
        Name = "RecordEnforcementPaymentInput";
        Description = "Khoản tiền đã thu: ngày thu, số tiền, số biên lai và phiên bản đã xem.";
    }
}

public sealed record MarkEnforcementObligationFulfilledInput
{
    [Id] public string Id { get; init; } = "";
    [Id] public string ObligationId { get; init; } = "";
    public int? ExpectedVersion { get; init; }
}

public sealed class MarkEnforcementObligationFulfilledInputType : AutoRegisteringInputObjectGraphType<MarkEnforcementObligationFulfilledInput>
{
    public MarkEnforcementObligationFulfilledInputType()
    {
        Name = "MarkEnforcementObligationFulfilledInput";
        Description = "Nghĩa vụ (giao tài sản, thực hiện công việc) đã thi hành xong và phiên bản đã xem.";
    }
}

public sealed class ChangeEnforcementCaseStatusPayloadType() : PayloadType<EnforcementCaseGraphType, EnforcementCase>("ChangeEnforcementCaseStatusPayload", "enforcementCase");
public sealed class AssignEnforcementOfficerPayloadType() : PayloadType<EnforcementCaseGraphType, EnforcementCase>("AssignEnforcementOfficerPayload", "enforcementCase");
public sealed class RecordEnforcementPaymentPayloadType() : PayloadType<EnforcementCaseGraphType, EnforcementCase>("RecordEnforcementPaymentPayload", "enforcementCase");
public sealed class MarkEnforcementObligationFulfilledPayloadType() : PayloadType<EnforcementCaseGraphType, EnforcementCase>("MarkEnforcementObligationFulfilledPayload", "enforcementCase");

/// <summary>
/// Case updates by enforcement staff (<c>enforcement.write</c>) within their jurisdiction; each names the version it
/// was based on. Reading the parties of the returned case needs a purpose, so these payloads are for status and sums.
/// </summary>
public sealed class EnforcementMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ChangeEnforcementCaseStatusPayloadType>>("changeEnforcementCaseStatus")
            .Description("Chuyển trạng thái hồ sơ thi hành án (tổ chức thi hành, hoãn, tạm đình chỉ, đình chỉ, chưa có điều kiện, tiếp tục, thi hành xong).")
            .Argument<NonNullGraphType<ChangeEnforcementCaseStatusInputType>>("input")
            .ResolveAsync(c =>
            {
                var input = c.GetArgument<ChangeEnforcementCaseStatusInput>("input");
                return ChangeAsync(c, input.Id, input.ExpectedVersion, (x, today) =>
                {
                    switch (input.Action)
                    {
                        case EnforcementCaseAction.StartEnforcement: x.StartEnforcement(today); break;
                        case EnforcementCaseAction.Resume: x.Resume(today); break;
                        case EnforcementCaseAction.DeclareNoConditionsToEnforce: x.DeclareNoConditionsToEnforce(input.Reason ?? "", today); break;
                        case EnforcementCaseAction.Postpone: x.Postpone(input.Reason ?? "", today); break;
                        case EnforcementCaseAction.Suspend: x.Suspend(input.Reason ?? "", today); break;
                        case EnforcementCaseAction.Terminate: x.Terminate(input.Reason ?? "", today); break;
                        case EnforcementCaseAction.Complete: x.Complete(today); break;
                    }
                });
            });

        mutation.Field<NonNullGraphType<AssignEnforcementOfficerPayloadType>>("assignEnforcementOfficer")
            .Description("Phân công chấp hành viên cho hồ sơ.")
            .Argument<NonNullGraphType<AssignEnforcementOfficerInputType>>("input")
            .ResolveAsync(c =>
            {
                var input = c.GetArgument<AssignEnforcementOfficerInput>("input");
                return ChangeAsync(c, input.Id, input.ExpectedVersion, (x, _) => x.AssignOfficer(new EnforcementOfficer(input.Name, input.BadgeNumber)));
            });

        mutation.Field<NonNullGraphType<RecordEnforcementPaymentPayloadType>>("recordEnforcementPayment")
            .Description("Ghi nhận khoản tiền đã thu; hồ sơ tự chuyển sang thi hành xong khi đã thu đủ và không còn nghĩa vụ khác.")
            .Argument<NonNullGraphType<RecordEnforcementPaymentInputType>>("input")
            .ResolveAsync(c =>
            {
                var input = c.GetArgument<RecordEnforcementPaymentInput>("input");
                return ChangeAsync(c, input.Id, input.ExpectedVersion, (x, today) => x.RecordPayment(input.Date, input.Amount, today, input.ReceiptNumber));
            });

        mutation.Field<NonNullGraphType<MarkEnforcementObligationFulfilledPayloadType>>("markEnforcementObligationFulfilled")
            .Description("Ghi nhận đã thi hành xong một nghĩa vụ giao tài sản hoặc thực hiện công việc.")
            .Argument<NonNullGraphType<MarkEnforcementObligationFulfilledInputType>>("input")
            .ResolveAsync(c =>
            {
                var input = c.GetArgument<MarkEnforcementObligationFulfilledInput>("input");
                var obligationId = GlobalId.Decode(input.ObligationId, "EnforcementObligation");
                return ChangeAsync(c, input.Id, input.ExpectedVersion, (x, today) => x.MarkObligationFulfilled(obligationId, today));
            });
    }

    private static async Task<object?> ChangeAsync(IResolveFieldContext c, string globalId, int? expectedVersion, Action<EnforcementCase, DateOnly> change)
    {
        c.RequireScope(JusticeScopes.EnforcementWrite);
        var id = GlobalId.Decode(globalId, "EnforcementCase");
        var db = c.Db();
        return await Mutations.RunAsync(async () =>
        {
            var found = await EnforcementQueries.FindAsync(c, id, tracked: true)
                ?? throw new DomainException(ErrorCodes.NotFound, "Không tìm thấy hồ sơ thi hành án.");
            Mutations.CheckVersion(found, expectedVersion);
            change(found, VietnamTime.LocalDate(c.Service<TimeProvider>().GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(c.CancellationToken);
            return found;
        });
    }
}
