using Justice.Portal.Portal;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.Auctions;

/// <summary>/dau-gia/to-chuc: the directory of auction organisations by province and name (operation <c>Organisations.graphql</c>).</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class OrganisationsModel(PortalOperations operations) : DirectoryPageModel<OrganisationsModel.Line>(operations)
{
    public sealed record Data(Connection<Line> AuctionOrganisations, IReadOnlyList<ProvinceOption> Provinces);
    public sealed record Line(string Id, string Name, string Kind, string RegistrationNumber, string Address, Named Province);

    public Connection<Line>? Organisations => Lines;

    public Task OnGetAsync() => LoadAsync<Data>("Auctions/Organisations", "/dau-gia/to-chuc", d => (d.AuctionOrganisations, d.Provinces));
}
