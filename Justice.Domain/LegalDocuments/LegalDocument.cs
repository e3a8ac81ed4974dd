using System.Text;
using Justice.Domain.Common;

namespace Justice.Domain.LegalDocuments;

/// <summary>
/// Văn bản quy phạm pháp luật: one document of the National Legal Database with its metadata, its text
/// as a tree of provisions, its attachments and its relations to other documents.
/// </summary>
public sealed class LegalDocument : AggregateRoot, IPublicContent
{
    public const int MaxFields = 10;

    private readonly List<LegalProvision> _provisions = [];
    private readonly List<LegalDocumentAttachment> _attachments = [];
    private readonly List<LegalDocumentRelation> _relations = [];
    private List<string> _fields = [];

    private LegalDocument() { }

    /// <param name="number">Null only for documents that carry none (the Constitution) or texts imported without it.</param>
    public LegalDocument(DocumentNumber? number, LegalDocumentType type, string title, string issuingBodyName,
        Guid? issuingBodyId = null, DateOnly? issueDate = null, DateOnly? effectiveDate = null)
    {
        Number = number;
        Type = type;
        Title = VietnameseText.Required(title, "Trích yếu văn bản", 1000);
        IssuingBodyName = VietnameseText.Required(issuingBodyName, "Cơ quan ban hành", 300);
        IssuingBodyId = issuingBodyId;
        Status = ValidityStatus.NotYetInForce;
        SetDates(issueDate, effectiveDate, null, null);
    }

    public DocumentNumber? Number { get; private set; }
    public LegalDocumentType Type { get; private set; }
    /// <summary>Trích yếu: "Bộ luật Dân sự", "Nghị định quy định chi tiết …".</summary>
    public string Title { get; private set; } = "";
    public Guid? IssuingBodyId { get; private set; }
    /// <summary>As printed, kept even when the body is a known organisation (names change).</summary>
    public string IssuingBodyName { get; private set; } = "";
    public string? SignerName { get; private set; }
    /// <summary>Chức vụ người ký: "Chủ tịch Quốc hội", "KT. Bộ trưởng – Thứ trưởng".</summary>
    public string? SignerTitle { get; private set; }
    /// <summary>Null only for texts imported without their metadata.</summary>
    public DateOnly? IssueDate { get; private set; }
    public DateOnly? EffectiveDate { get; private set; }
    /// <summary>The first day the document no longer has effect.</summary>
    public DateOnly? ExpiryDate { get; private set; }
    public DateOnly? GazetteDate { get; private set; }
    public ValidityStatus Status { get; private set; }
    /// <summary>The province for local documents; null for central ones.</summary>
    public Guid? ProvinceId { get; private set; }
    public bool IsCentral => ProvinceId is null;
    /// <summary>Lĩnh vực: "Dân sự", "Hộ tịch"…</summary>
    public IReadOnlyList<string> Fields => _fields;
    /// <summary>Every provision in reading order.</summary>
    public IReadOnlyList<LegalProvision> Provisions => _provisions;
    public IReadOnlyList<LegalDocumentAttachment> Attachments => _attachments;
    public IReadOnlyList<LegalDocumentRelation> Relations => _relations;

    public IEnumerable<LegalProvision> Articles => _provisions.Where(p => p.Kind == ProvisionKind.Article).OrderBy(p => p.Position);

    /// <summary>"Nghị định số 123/2015/NĐ-CP", or the title for a document without a number.</summary>
    public string Citation => Number is null ? Title : $"{Type.VietnameseName()} số {Number}";

    public void SetSigner(string? signerName, string? signerTitle)
    {
        SignerName = VietnameseText.NormalizeOptional(signerName);
        SignerTitle = VietnameseText.NormalizeOptional(signerTitle);
        if (SignerName is { Length: > 200 } || SignerTitle is { Length: > 200 })
            throw new DomainException("TEXT_TOO_LONG", "Người ký hoặc chức vụ dài quá 200 ký tự.");
    }

    public void SetIssuingBody(string name, Guid? organisationId)
    {
        IssuingBodyName = VietnameseText.Required(name, "Cơ quan ban hành", 300);
        IssuingBodyId = organisationId;
    }

    /// <summary>Sets the dates together, since each rule compares two of them.</summary>
    public void SetDates(DateOnly? issueDate, DateOnly? effectiveDate, DateOnly? expiryDate, DateOnly? gazetteDate)
    {
        if (issueDate is { } issued && effectiveDate is { } effective && effective < issued)
            throw new DomainException("DOCUMENT_EFFECTIVE_BEFORE_ISSUE", "Ngày có hiệu lực không được trước ngày ban hành.");
        if (expiryDate is { } expiry && (effectiveDate ?? issueDate) is { } start && expiry <= start)
            throw new DomainException("DOCUMENT_EXPIRY_NOT_AFTER_EFFECTIVE", "Ngày hết hiệu lực phải sau ngày có hiệu lực.");
        if (issueDate is { } issuedOn && gazetteDate is { } gazette && gazette < issuedOn)
            throw new DomainException("DOCUMENT_GAZETTE_BEFORE_ISSUE", "Ngày đăng công báo không được trước ngày ban hành.");
        if (expiryDate is null && Status == ValidityStatus.Expired)
            throw new DomainException("DOCUMENT_EXPIRY_DATE_REQUIRED", "Văn bản đã hết hiệu lực toàn bộ phải có ngày hết hiệu lực.");
        IssueDate = issueDate;
        EffectiveDate = effectiveDate;
        ExpiryDate = expiryDate;
        GazetteDate = gazetteDate;
    }

    /// <summary>
    /// The status the dates imply on <paramref name="day"/>. Partial expiry and suspension are decisions,
    /// not dates, so a document in either keeps it while its dates say it is in force.
    /// </summary>
    public ValidityStatus StatusOn(DateOnly day)
    {
        if (EffectiveDate is null) return Status;
        if (day < EffectiveDate) return ValidityStatus.NotYetInForce;
        if (ExpiryDate is { } expiry && day >= expiry) return ValidityStatus.Expired;
        return Status is ValidityStatus.PartlyExpired or ValidityStatus.Suspended ? Status : ValidityStatus.InForce;
    }

    /// <summary>Brings the status up to date on <paramref name="today"/>; true when it changed.</summary>
    public bool RefreshStatus(DateOnly today)
    {
        var status = StatusOn(today);
        if (status == Status) return false;
        Status = status;
        return true;
    }

    /// <summary>Records a status decided by a competent body, refused when the dates contradict it.</summary>
    public void ChangeStatus(ValidityStatus status, DateOnly today)
    {
        var started = EffectiveDate is null || EffectiveDate <= today;
        var ended = ExpiryDate is { } expiry && expiry <= today;
        switch (status)
        {
            case ValidityStatus.Expired when ExpiryDate is null:
                throw new DomainException("DOCUMENT_EXPIRY_DATE_REQUIRED", "Văn bản hết hiệu lực toàn bộ phải có ngày hết hiệu lực.");
            case ValidityStatus.Expired when !ended:
                throw new DomainException("DOCUMENT_STATUS_INCONSISTENT", $"Văn bản chỉ hết hiệu lực từ ngày {ExpiryDate:dd/MM/yyyy}.");
            case ValidityStatus.NotYetInForce when EffectiveDate is { } effective && effective <= today:
                throw new DomainException("DOCUMENT_STATUS_INCONSISTENT", $"Văn bản đã có hiệu lực từ ngày {effective:dd/MM/yyyy}.");
            case ValidityStatus.InForce or ValidityStatus.PartlyExpired or ValidityStatus.Suspended when !started:
                throw new DomainException("DOCUMENT_STATUS_INCONSISTENT", $"Văn bản chưa có hiệu lực (có hiệu lực từ ngày {EffectiveDate:dd/MM/yyyy}).");
            case ValidityStatus.InForce or ValidityStatus.PartlyExpired or ValidityStatus.Suspended when ended:
                throw new DomainException("DOCUMENT_STATUS_INCONSISTENT", $"Văn bản đã hết hiệu lực từ ngày {ExpiryDate:dd/MM/yyyy}.");
        }
        Status = status;
    }

    public void SetScope(Guid? provinceId) => ProvinceId = provinceId;

    public void SetFields(IEnumerable<string> fields)
    {
        var list = new List<string>();
        foreach (var field in fields)
        {
            var name = VietnameseText.Required(field, "Lĩnh vực", 100);
            if (!list.Contains(name, StringComparer.OrdinalIgnoreCase)) list.Add(name);
        }
        if (list.Count > MaxFields)
            throw new DomainException("DOCUMENT_FIELDS_TOO_MANY", $"Một văn bản thuộc tối đa {MaxFields} lĩnh vực.");
        _fields = list;
    }

    /// <summary>Appends a provision after everything already added (the text is built in reading order).</summary>
    public LegalProvision AddProvision(ProvisionKind kind, string number, string? title, string? text, LegalProvision? parent = null)
    {
        if (parent is not null)
        {
            if (parent.LegalDocumentId != Id)
                throw new DomainException("PROVISION_PARENT_NOT_IN_DOCUMENT", "Quy định cha không thuộc văn bản này.");
            var allowed = kind switch
            {
                ProvisionKind.Clause => parent.Kind == ProvisionKind.Article,
                ProvisionKind.Point => parent.Kind is ProvisionKind.Article or ProvisionKind.Clause,
                _ => parent.Kind < kind && parent.Kind <= ProvisionKind.Subsection,
            };
            if (!allowed)
                throw new DomainException("PROVISION_HIERARCHY_INVALID", $"Không thể đặt {kind} bên trong {parent.Label}.");
        }
        else if (kind is ProvisionKind.Clause or ProvisionKind.Point)
        {
            throw new DomainException("PROVISION_HIERARCHY_INVALID", "Khoản, điểm phải nằm trong một điều.");
        }

        var provision = new LegalProvision(Id, parent?.Id, kind, number, title, text, _provisions.Count);
        if (kind == ProvisionKind.Article && _provisions.Any(p => p.Kind == ProvisionKind.Article && p.Number == provision.Number))
            throw new DomainException("PROVISION_ARTICLE_NUMBER_DUPLICATE", $"Điều {provision.Number} đã có trong văn bản.");
        _provisions.Add(provision);
        return provision;
    }

    public LegalProvision? FindArticle(string number)
    {
        var normalized = VietnameseText.Normalize(number);
        return _provisions.FirstOrDefault(p => p.Kind == ProvisionKind.Article && p.Number == normalized);
    }

    public IEnumerable<LegalProvision> ChildrenOf(LegalProvision? parent) =>
        _provisions.Where(p => p.ParentId == parent?.Id).OrderBy(p => p.Position);

    /// <summary>A provision's text with its clauses and points, as it reads in the document.</summary>
    public string FullTextOf(LegalProvision provision)
    {
        var builder = new StringBuilder();
        Append(provision, builder);
        return builder.ToString().TrimEnd();

        void Append(LegalProvision node, StringBuilder text)
        {
            if (node != provision || node.Kind is ProvisionKind.Clause or ProvisionKind.Point)
            {
                var marker = node.Kind switch
                {
                    ProvisionKind.Clause => $"{node.Number}. ",
                    ProvisionKind.Point => $"{node.Number}) ",
                    _ => "",
                };
                if (node.Text.Length > 0 || marker.Length > 0) text.Append(marker).Append(node.Text).Append("\n\n");
            }
            else if (node.Text.Length > 0)
            {
                text.Append(node.Text).Append("\n\n");
            }
            foreach (var child in ChildrenOf(node)) Append(child, text);
        }
    }

    public LegalDocumentAttachment AddAttachment(string name, string link)
    {
        var attachment = new LegalDocumentAttachment(Id, name, link);
        if (_attachments.Any(a => a.Link == attachment.Link))
            throw new DomainException("ATTACHMENT_DUPLICATE", "Tệp đính kèm này đã có.");
        _attachments.Add(attachment);
        return attachment;
    }

    public LegalDocumentRelation AddRelation(LegalDocumentRelationType type, Guid targetDocumentId, string? note = null)
    {
        if (targetDocumentId == Id)
            throw new DomainException("DOCUMENT_RELATION_SELF", "Văn bản không thể có quan hệ với chính nó.");
        if (_relations.Any(r => r.Type == type && r.TargetDocumentId == targetDocumentId))
            throw new DomainException("DOCUMENT_RELATION_DUPLICATE", "Quan hệ này giữa hai văn bản đã được ghi nhận.");
        if (type == LegalDocumentRelationType.Consolidates && Type != LegalDocumentType.ConsolidatedText)
            throw new DomainException("DOCUMENT_RELATION_CONSOLIDATES_TYPE", "Chỉ văn bản hợp nhất mới có quan hệ hợp nhất.");
        var relation = new LegalDocumentRelation(Id, type, targetDocumentId, note);
        _relations.Add(relation);
        return relation;
    }

    public void RemoveRelation(LegalDocumentRelationType type, Guid targetDocumentId)
    {
        var relation = _relations.FirstOrDefault(r => r.Type == type && r.TargetDocumentId == targetDocumentId)
            ?? throw new DomainException("DOCUMENT_RELATION_NOT_FOUND", "Không tìm thấy quan hệ văn bản cần xóa.");
        _relations.Remove(relation);
    }
}
