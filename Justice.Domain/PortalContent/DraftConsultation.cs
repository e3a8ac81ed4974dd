using Justice.Domain.Common;

namespace Justice.Domain.PortalContent;

/// <summary>
/// Lấy ý kiến dự thảo: a draft legal document put to the public between two dates (local days, both included).
/// Comments are separate rows (a popular draft draws thousands) created only through <see cref="Comment"/>.
/// </summary>
public sealed class DraftConsultation : AggregateRoot, IPublicContent
{
    private DraftConsultation() { }

    public DraftConsultation(string title, string draftingAgency, string summary, DateOnly opensOn, DateOnly closesOn, string? documentUrl = null)
    {
        Title = VietnameseText.Required(title, "Tên dự thảo", 500);
        DraftingAgency = VietnameseText.Required(draftingAgency, "Cơ quan chủ trì soạn thảo", 300);
        Summary = LongText.Required(summary, "Tóm tắt dự thảo", 10_000);
        DocumentUrl = ValidateUrl(documentUrl);
        SetWindow(opensOn, closesOn);
    }

    public string Title { get; private set; } = "";
    /// <summary>Cơ quan chủ trì soạn thảo.</summary>
    public string DraftingAgency { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string? DocumentUrl { get; private set; }
    public DateOnly OpensOn { get; private set; }
    /// <summary>Last local day (Asia/Ho_Chi_Minh) on which comments are taken.</summary>
    public DateOnly ClosesOn { get; private set; }

    public bool IsOpenOn(DateOnly localDay) => OpensOn <= localDay && localDay <= ClosesOn;

    /// <summary>The drafting agency may extend the consultation; the window still has to make sense.</summary>
    public void Reschedule(DateOnly opensOn, DateOnly closesOn) => SetWindow(opensOn, closesOn);

    public ConsultationComment Comment(string commenterName, string email, string content, DateTime now, string? provision = null)
    {
        VietnamTime.RequireUtc(now);
        if (!IsOpenOn(VietnamTime.LocalDate(now)))
            throw new DomainException("CONSULTATION_CLOSED",
                $"Dự thảo chỉ nhận góp ý từ ngày {OpensOn:dd/MM/yyyy} đến hết ngày {ClosesOn:dd/MM/yyyy}.");
        return new ConsultationComment(Id, commenterName, email, content, provision, now);
    }

    private void SetWindow(DateOnly opensOn, DateOnly closesOn)
    {
        if (closesOn < opensOn)
            throw new DomainException("CONSULTATION_DATES_INVALID", "Ngày kết thúc lấy ý kiến phải sau ngày bắt đầu.");
        OpensOn = opensOn;
        ClosesOn = closesOn;
    }

    internal static string? ValidateUrl(string? url)
    {
        var text = VietnameseText.NormalizeOptional(url);
        if (text is null) return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            throw new DomainException("URL_INVALID", $"Đường dẫn '{text}' không hợp lệ.");
        return text;
    }
}

/// <summary>Ý kiến góp ý: one person's comment on a draft, optionally on a named provision (Điều, khoản).</summary>
public sealed class ConsultationComment : Entity
{
    private ConsultationComment() { }

    internal ConsultationComment(Guid consultationId, string commenterName, string email, string content, string? provision, DateTime submittedAt)
    {
        ConsultationId = consultationId;
        CommenterName = VietnameseText.Required(commenterName, "Họ và tên người góp ý", 200);
        Email = EmailAddress.Required(email);
        Content = LongText.Required(content, "Nội dung góp ý", 20_000);
        Provision = VietnameseText.NormalizeOptional(provision);
        if (Provision is { Length: > 200 })
            throw new DomainException("TEXT_TOO_LONG", "Điều, khoản góp ý dài quá 200 ký tự.");
        SubmittedAt = submittedAt;
    }

    public Guid ConsultationId { get; private set; }
    public string CommenterName { get; private set; } = "";
    public string Email { get; private set; } = "";
    /// <summary>The article or clause commented on ("Điều 15, khoản 2"); null for comments on the whole draft.</summary>
    public string? Provision { get; private set; }
    public string Content { get; private set; } = "";
    public DateTime SubmittedAt { get; private set; }
}
