using System.Security.Claims;
using Justice.Domain.Common;
using Justice.Domain.Identity;
using Justice.GraphQL.Access;

namespace Justice.Portal.Pages.Admin.Mail;

/// <summary>What the outgoing-mail pages share: who may see them, the statuses in Vietnamese, local times.</summary>
public static class MailAdmin
{
    public const string Path = "/admin/thu-dien-tu";

    /// <summary>Staff with <c>mail.read</c>; the GraphQL fields check the same scope again.</summary>
    public static bool MayRead(ClaimsPrincipal user) => Caller.From(user) is { Kind: CallerKind.Staff } caller && caller.Has(JusticeScopes.MailRead);

    public static bool MayRetry(ClaimsPrincipal user) => Caller.From(user) is { Kind: CallerKind.Staff } caller && caller.Has(JusticeScopes.MailWrite);

    /// <summary>The statuses as the API names them, with their labels, in the order a message goes through them.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> Statuses =
    [
        ("QUEUED", "Đang chờ gửi"),
        ("SENDING", "Đang gửi"),
        ("SENT", "Đã gửi"),
        ("TEMPORARY_FAILURE", "Lỗi tạm thời, sẽ thử lại"),
        ("PERMANENT_FAILURE", "Bị từ chối hẳn (thư chết)"),
    ];

    public static string Label(string? status) => Statuses.FirstOrDefault(s => s.Value == status).Label ?? status ?? "";

    public static string Local(DateTime? utc) => utc is { } value
        ? (DateTime.SpecifyKind(value, DateTimeKind.Utc) + VietnamTime.Offset).ToString("dd/MM/yyyy HH:mm:ss")
        : "—";

    public sealed record Message(string Id, string? MessageId, string TemplateKey, int TemplateVersion, IReadOnlyList<string> To, string Subject,
        string Status, int Attempts, string? LastError, DateTime CreatedAt, DateTime? LastAttemptAt, DateTime? NextAttemptAt, DateTime? SentAt);
}
