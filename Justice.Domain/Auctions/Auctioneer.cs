using Justice.Domain.Common;

namespace Justice.Domain.Auctions;

/// <summary>
/// Đấu giá viên: practises under a practice certificate (chứng chỉ hành nghề) whose number is unique
/// nationally, within one auction organisation at a time.
/// </summary>
public sealed class Auctioneer : AggregateRoot, IPublicContent
{
    private Auctioneer() { }

    public Auctioneer(string fullName, string practiceCertificateNumber, Guid auctionOrganisationId)
    {
        FullName = VietnameseText.Required(fullName, "Họ và tên đấu giá viên", 200);
        PracticeCertificateNumber = NormalizeCertificateNumber(practiceCertificateNumber);
        AuctionOrganisationId = auctionOrganisationId;
    }

    public string FullName { get; private set; } = "";
    /// <summary>Upper-cased, e.g. <c>1234/TP/ĐG-CCHN</c>; unique (enforced by the database).</summary>
    public string PracticeCertificateNumber { get; private set; } = "";
    public Guid AuctionOrganisationId { get; private set; }

    /// <summary>An auctioneer may leave one organisation for another; the certificate goes with them.</summary>
    public void MoveTo(Guid auctionOrganisationId)
    {
        if (auctionOrganisationId == AuctionOrganisationId)
            throw new DomainException("AUCTIONEER_SAME_ORGANISATION", "Đấu giá viên đã thuộc tổ chức đấu giá này.");
        AuctionOrganisationId = auctionOrganisationId;
    }

    /// <summary>Spaces are refused rather than removed: a number typed with spaces is usually a typing error worth seeing.</summary>
    public static string NormalizeCertificateNumber(string? value)
    {
        var number = VietnameseText.Required(value, "Số chứng chỉ hành nghề", 50).ToUpperInvariant();
        if (number.Any(char.IsWhiteSpace) || !number.Any(char.IsAsciiDigit))
            throw new DomainException("AUCTIONEER_CERTIFICATE_INVALID", $"Số chứng chỉ hành nghề \"{number}\" không hợp lệ.");
        return number;
    }
}
