using Justice.Portal.Portal;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.Auctions;

/// <summary>/dau-gia/dau-gia-vien: the directory of auctioneers by province and name (operation <c>Auctioneers.graphql</c>).</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class AuctioneersModel(PortalOperations operations) : DirectoryPageModel<AuctioneersModel.Line>(operations)
{
    public sealed record Data(Connection<Line> Auctioneers, IReadOnlyList<ProvinceOption> Provinces);
    public sealed record Line(string Id, string FullName, string PracticeCertificateNumber, Employer AuctionOrganisation);
    public sealed record Employer(string Name, Named Province);

    public Connection<Line>? People => Lines;

    public Task OnGetAsync() => LoadAsync<Data>("Auctions/Auctioneers", "/dau-gia/dau-gia-vien", d => (d.Auctioneers, d.Provinces));
}
