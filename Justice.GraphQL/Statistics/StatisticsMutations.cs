using GraphQL;
using GraphQL.Types;
using Justice.Domain.Common;
using Justice.Domain.Identity;
using Justice.Domain.Statistics;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Justice.Mail.Flows;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Statistics;

public sealed record StatisticalReportStepInput
{
    [Id] public string ReportId { get; init; } = "";
    /// <summary>The version the client saw; a newer stored one refuses the change (CONCURRENT_CHANGE).</summary>
    public int? ExpectedVersion { get; init; }
}

public sealed record ReturnStatisticalReportInput
{
    [Id] public string ReportId { get; init; } = "";
    public string Remarks { get; init; } = "";
    public int? ExpectedVersion { get; init; }
}

public sealed class StatisticalReportStepInputType : AutoRegisteringInputObjectGraphType<StatisticalReportStepInput>
{
    public StatisticalReportStepInputType() { Name = "StatisticalReportStepInput"; Description = "Báo cáo và phiên bản đã xem."; }
}

public sealed class ReturnStatisticalReportInputType : AutoRegisteringInputObjectGraphType<ReturnStatisticalReportInput>
{
    public ReturnStatisticalReportInputType() { Name = "ReturnStatisticalReportInput"; Description = "Báo cáo trả lại và lý do cần sửa."; }
}

public sealed class StatisticalReportPayloadType() : PayloadType<StatisticalReportGraphType, StatisticalReport>("StatisticalReportPayload", "report");

/// <summary>
/// The report workflow: the unit that made a report submits it (<c>statistics.submit</c>); the unit it is sent
/// to returns it with remarks or approves it (<c>statistics.approve</c>). The caller acts as the reporting unit
/// of their organisation; the report refuses anyone else with its own codes.
/// </summary>
public sealed class StatisticsMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<StatisticalReportPayloadType>>("submitStatisticalReport")
            .Description("Đơn vị lập báo cáo gửi báo cáo lên đơn vị cấp trên.")
            .Argument<NonNullGraphType<StatisticalReportStepInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<StatisticalReportStepInput>("input");
                return await ChangeAsync(c, JusticeScopes.StatisticsSubmit, input.ReportId, input.ExpectedVersion,
                    (report, unitId, now) => { report.Submit(unitId, now); return Task.CompletedTask; });
            });

        mutation.Field<NonNullGraphType<StatisticalReportPayloadType>>("returnStatisticalReport")
            .Description("Đơn vị nhận trả lại báo cáo kèm lý do để đơn vị lập sửa và gửi lại.")
            .Argument<NonNullGraphType<ReturnStatisticalReportInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ReturnStatisticalReportInput>("input");
                return await ChangeAsync(c, JusticeScopes.StatisticsApprove, input.ReportId, input.ExpectedVersion, async (report, unitId, now) =>
                {
                    report.Return(unitId, input.Remarks, now);
                    await c.Service<StatisticsMails>().EnqueueReturnedAsync(c.Db(), report, now, c.CancellationToken);
                });
            });

        mutation.Field<NonNullGraphType<StatisticalReportPayloadType>>("approveStatisticalReport")
            .Description("Đơn vị nhận phê duyệt báo cáo; số liệu được cộng vào tổng hợp của cấp trên.")
            .Argument<NonNullGraphType<StatisticalReportStepInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<StatisticalReportStepInput>("input");
                return await ChangeAsync(c, JusticeScopes.StatisticsApprove, input.ReportId, input.ExpectedVersion,
                    (report, unitId, now) => { report.Approve(unitId, now); return Task.CompletedTask; });
            });
    }

    private static async Task<Payload<StatisticalReport>> ChangeAsync(IResolveFieldContext c, string scope, string reportId, int? expectedVersion,
        Func<StatisticalReport, Guid, DateTime, Task> step)
    {
        var caller = c.RequireScope(scope);
        var id = GlobalId.Decode(reportId, "StatisticalReport");
        return await Mutations.RunAsync(async () =>
        {
            var db = c.Db();
            var report = await db.Set<StatisticalReport>().Include(r => r.Values).FirstOrDefaultAsync(r => r.Id == id, c.CancellationToken)
                ?? throw new DomainException(ErrorCodes.NotFound, "Không tìm thấy báo cáo thống kê.");
            Mutations.CheckVersion(report, expectedVersion);
            // The caller acts as their organisation's reporting unit; without one they act as nobody, which the report refuses.
            var unitId = caller.OrganisationId is { } organisationId
                ? await db.Set<ReportingUnit>().Where(u => u.OrganisationId == organisationId).Select(u => u.Id).FirstOrDefaultAsync(c.CancellationToken)
                : Guid.Empty;
            // A step that mails (a return) queues the mail into this context: one SaveChanges commits both.
            await step(report, unitId, c.Service<TimeProvider>().GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(c.CancellationToken);
            return report;
        });
    }
}
