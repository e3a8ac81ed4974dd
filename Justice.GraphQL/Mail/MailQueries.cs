using GraphQL;
using GraphQL.Types;
using Justice.Domain.Common;
using Justice.Domain.Identity;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Justice.Mail;

namespace Justice.GraphQL.Mail;

/// <summary>
/// Delivery status of official email for staff (mail.read), and sending a dead letter again (mail.write).
/// Recipients and bodies are personal data: reads need a purpose and are audited.
/// </summary>
public sealed class MailQueries : IQueryFields, IMutationFields, INodeResolver
{
    public string TypeName => MailMessageGraphType.TypeName;

    public void AddTo(ObjectGraphType root)
    {
        if (root.Name == "Mutation")
        {
            AddMutations(root);
            return;
        }
        root.Connection<MailMessageGraphType>("mailMessages")
            .Description("Thư trong hộp thư đi, mới nhất trước, lọc theo trạng thái, luồng, người nhận.")
            .Argument<MailMessageFilterInputType>("filter")
            .Argument<NonNullGraphType<StringGraphType>>("purpose", "Mục đích xem (ghi nhật ký).")
            .ResolveAsync(async c =>
            {
                c.RequireScope(JusticeScopes.MailRead);
                c.Request().Audit.StatePurpose(c.GetArgument<string>("purpose"));
                var (offset, size) = Paging.Window(c);
                var page = await c.Service<MailStatusQueries>().ListAsync(c.GetArgument<MailMessageFilter?>("filter"), offset, size, c.CancellationToken);
                foreach (var message in page.Items) c.Request().Audit.Read("OutgoingEmail", message.Id, ["to", "subject", "status"]);
                return Paging.Connection(page.Items, offset, page.TotalCount);
            });
        root.Field<MailMessageDetailGraphType>("mailMessage")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("purpose", "Mục đích xem (ghi nhật ký).")
            .ResolveAsync(async c =>
            {
                c.RequireScope(JusticeScopes.MailRead);
                c.Request().Audit.StatePurpose(c.GetArgument<string>("purpose"));
                var id = GlobalId.Decode(c.GetArgument<string>("id"), TypeName);
                var detail = await c.Service<MailStatusQueries>().GetAsync(id, c.CancellationToken);
                if (detail is not null) c.AuditRead("OutgoingEmail", id);
                return detail;
            });
    }

    private void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<RetryMailMessagePayloadType>>("retryMailMessage")
            .Description("Cho gửi lại một thư đã bị từ chối hẳn (thư chết), giữ nguyên Message-ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                c.RequireScope(JusticeScopes.MailWrite);
                var id = GlobalId.Decode(c.GetArgument<string>("id"), TypeName);
                c.Request().Audit.StatePurpose("Gửi lại thư bị từ chối");
                var payload = await Mutations.RunAsync(() => c.Service<MailStatusQueries>().RetryDeadLetterAsync(id, c.CancellationToken));
                if (payload.Result is not null) c.AuditRead("OutgoingEmail", id);
                return payload;
            });

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id)
    {
        context.RequireScope(JusticeScopes.MailRead);
        var detail = await context.Service<MailStatusQueries>().GetAsync(id, context.CancellationToken);
        if (detail is null) return null;
        context.Request().Audit.Read("OutgoingEmail", id, ["to", "subject", "status"]);
        return detail.Summary;
    }
}
