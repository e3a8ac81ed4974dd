using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Justice.Domain.Audit;
using Justice.Domain.Persistence;
using Justice.GraphQL.Access;
using Justice.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Justice.GraphQL.Http;

/// <summary>One GraphQL operation to run: the document, the operation to pick and its variables.</summary>
public sealed record GraphQLOperation(string Query, string? OperationName = null, Inputs? Variables = null);

/// <summary>
/// Runs operations against the one schema, for the HTTP endpoint and for the portal's pages in-process
/// alike: same limits, same caller rules, and personal-data reads audited before the result is returned.
/// </summary>
public sealed class JusticeGraphQLExecutor(
    IDocumentExecuter<JusticeSchema> executer,
    GraphQLLimits limits,
    GraphQLFeatures features,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<JusticeGraphQLExecutor> logger)
{
    public async Task<ExecutionResult> ExecuteAsync(GraphQLOperation operation, ClaimsPrincipal? user, IServiceProvider requestServices,
        bool readOnly, CancellationToken cancellationToken)
    {
        var context = new JusticeRequestContext(Caller.From(user));
        var rules = DocumentValidator.CoreRules.Append(new AliasLimitRule(limits.MaxAliases));
        if (readOnly) rules = rules.Append(QueriesOnlyRule.Instance);
        if (!features.Introspection) rules = rules.Append(NoIntrospectionValidationRule.Instance);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = operation.Query,
            OperationName = operation.OperationName,
            Variables = operation.Variables,
            User = user,
            UserContext = context,
            RequestServices = requestServices,
            CancellationToken = cancellationToken,
            ValidationRules = rules,
            Timeout = limits.Timeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
        });
        var reads = context.Audit.Reads.ToList();
        if (reads.Count == 0) return result;
        try
        {
            await WriteAuditAsync(context, reads, requestServices, cancellationToken);
            return result;
        }
        catch (Exception e)
        {
            // Data that cannot be audited does not leave.
            logger.LogError(e, "Audit of {Count} personal-data reads failed; the response is withheld", reads.Count);
            return new ExecutionResult
            {
                Errors = [new ExecutionError("Không ghi được nhật ký truy cập; dữ liệu không được trả về.") { Code = ErrorCodes.Internal }],
                Executed = true,
            };
        }
    }

    private async Task WriteAuditAsync(JusticeRequestContext context, List<AuditedRead> reads, IServiceProvider requestServices,
        CancellationToken cancellationToken)
    {
        // The request's own context when it holds nothing else (every read is AsNoTracking): no second context nor
        // pooled connection. After a mutation it may hold refused changes that must not be saved with the audit,
        // so the entries then go through a context of their own.
        var requestDb = requestServices.GetRequiredService<JusticeDbContext>();
        if (requestDb.ChangeTracker.HasChanges())
        {
            await using var scope = scopes.CreateAsyncScope();
            await SaveAuditAsync(scope.ServiceProvider.GetRequiredService<JusticeDbContext>(), context, reads, cancellationToken);
        }
        else await SaveAuditAsync(requestDb, context, reads, cancellationToken);
    }

    private async Task SaveAuditAsync(JusticeDbContext db, JusticeRequestContext context, List<AuditedRead> reads, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var caller = context.Caller;
        var entries = reads.Select(read => db.Add(new AuditLogEntry(now, caller.AuditName, "read", read.EntityType, read.EntityId,
            context.Audit.Purpose!, caller.OrganisationId, read.Fields.Length > 2000 ? read.Fields[..2000] : read.Fields, caller.ClientId))).ToList();
        // The entries go as one batched command. PostgreSQL runs a batch as one implicit transaction, so the explicit
        // one EF would open (and its COMMIT round trip) adds nothing there.
        var transactions = db.Database.AutoTransactionBehavior;
        if (db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
            db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        try { await db.SaveChangesAsync(cancellationToken); }
        finally
        {
            db.Database.AutoTransactionBehavior = transactions;
            // Written or failed, the entries are done with: the context stays as the request left it.
            foreach (var entry in entries) entry.State = EntityState.Detached;
        }
    }
}

/// <summary>Switches that differ between development and production (see <see cref="GraphQLLimits"/>).</summary>
public sealed record GraphQLFeatures(bool Introspection, bool FieldSuggestions);
