using Justice.Domain.Common;

namespace Justice.Domain.LegalDocuments;

/// <summary>Phụ lục, tệp đính kèm: a form, table or scanned original published with the document.</summary>
public sealed class LegalDocumentAttachment : Entity, IPublicContent
{
    private LegalDocumentAttachment() { }

    internal LegalDocumentAttachment(Guid legalDocumentId, string name, string link)
    {
        LegalDocumentId = legalDocumentId;
        Name = VietnameseText.Required(name, "Tên tệp đính kèm", 300);
        var normalizedLink = VietnameseText.Required(link, "Đường dẫn tệp đính kèm", 1000);
        if (!Uri.TryCreate(normalizedLink, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            throw new DomainException("ATTACHMENT_LINK_INVALID", $"Đường dẫn tệp đính kèm '{normalizedLink}' phải là địa chỉ http(s) đầy đủ.");
        Link = uri.ToString();
    }

    public Guid LegalDocumentId { get; private set; }
    public string Name { get; private set; } = "";
    public string Link { get; private set; } = "";
}
