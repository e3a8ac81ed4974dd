using Justice.Domain.Common;

namespace Justice.Domain.Audit;

/// <summary>
/// Nhật ký truy cập: who read or changed personal data, what, and why. Append-only: written in the
/// same transaction as the change, or right after a read of civil-status or judicial-record data.
/// </summary>
public sealed class AuditLogEntry : Entity
{
    private AuditLogEntry() { }

    public AuditLogEntry(DateTime occurredAt, string actor, string action, string entityType, string entityId, string purpose, Guid? organisationId = null,
        string? fields = null, string? clientId = null)
    {
        OccurredAt = occurredAt;
        Actor = VietnameseText.Required(actor, "Người thực hiện", 200);
        Action = VietnameseText.Required(action, "Thao tác", 100);
        EntityType = VietnameseText.Required(entityType, "Loại dữ liệu", 100);
        EntityId = VietnameseText.Required(entityId, "Mã dữ liệu", 100);
        Purpose = VietnameseText.Required(purpose, "Mục đích", 500);
        OrganisationId = organisationId;
        Fields = VietnameseText.NormalizeOptional(fields);
        ClientId = VietnameseText.NormalizeOptional(clientId);
    }

    public DateTime OccurredAt { get; private set; }
    /// <summary>The user or client id.</summary>
    public string Actor { get; private set; } = "";
    public Guid? OrganisationId { get; private set; }
    /// <summary>read, create, update, issue…</summary>
    public string Action { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    public string Purpose { get; private set; } = "";
    /// <summary>The fields read, comma-separated, as the query selected them.</summary>
    public string? Fields { get; private set; }
    /// <summary>The client application the caller used, when it was not the caller itself.</summary>
    public string? ClientId { get; private set; }
}
