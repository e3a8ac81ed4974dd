using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Auctions;
using Justice.Domain.CivilRegistry;
using Justice.Domain.LegalDocuments;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Tests.PortalFigures;

public class PortalFiguresTests(PortalFiguresTests.Host host) : IClassFixture<PortalFiguresTests.Host>
{
    public sealed class Host : GraphQLHost;

    [Fact]
    public async Task An_anonymous_visitor_gets_the_front_page_totals_as_the_database_counts_them()
    {
        var response = (await host.PostAsync("""
            { portalFigures { provinces communes legalDocuments legalDocumentsInForce civilStatusRegistrations upcomingAuctions answeredQuestions } }
            """, null, TestCallers.Anonymous)).AssertNoErrors();
        var figures = response.Data.GetProperty("portalFigures");

        var expected = await host.WithDbAsync(async db => new
        {
            Registrations = await db.Set<CivilStatusRegistration>().CountAsync(),
            Documents = await db.Set<LegalDocument>().CountAsync(),
            InForce = await db.Set<LegalDocument>().CountAsync(d => d.Status == ValidityStatus.InForce || d.Status == ValidityStatus.PartlyExpired),
            Upcoming = await db.Set<PublicAuctionNotice>().CountAsync(n => n.Status == PublicAuctionNoticeStatus.Published
                || n.Status == PublicAuctionNoticeStatus.Postponed),
        });
        Assert.Equal(34, figures.GetProperty("provinces").GetInt32());
        Assert.Equal(3321, figures.GetProperty("communes").GetInt32());
        Assert.Equal(expected.Registrations, figures.GetProperty("civilStatusRegistrations").GetInt32());
        Assert.True(expected.Registrations > 0);
        Assert.Equal(expected.Documents, figures.GetProperty("legalDocuments").GetInt32());
        Assert.Equal(expected.InForce, figures.GetProperty("legalDocumentsInForce").GetInt32());
        Assert.InRange(expected.InForce, 1, expected.Documents - 1);
        Assert.Equal(expected.Upcoming, figures.GetProperty("upcomingAuctions").GetInt32());
        Assert.True(figures.GetProperty("answeredQuestions").GetInt32() > 0);
    }

    [Fact]
    public async Task Only_the_figures_asked_for_are_counted()
    {
        await host.PostAsync("{ portalFigures { provinces } }", null, TestCallers.Anonymous);
        using var counter = new SqlCommandCounter(host);
        (await host.PostAsync("{ portalFigures { provinces } }", null, TestCallers.Anonymous)).AssertNoErrors();
        Assert.Equal(1, counter.Count);
    }
}
