using GraphQL;
using GraphQL.Types;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Auctions;
using Justice.Domain.CivilRegistry;
using Justice.Domain.LegalDocuments;
using Justice.Domain.PortalContent;
using Justice.GraphQL.Access;
using Justice.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.PortalFigures;

/// <summary>
/// The totals the public sees on the front page. Counts only: no record, so nothing personal, and each figure is
/// counted only when asked for.
/// </summary>
public sealed class PortalFiguresQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<PortalFiguresGraphType>>("portalFigures")
            .Description("Số liệu tổng hợp công khai trên trang chủ.")
            .Resolve(_ => PortalFiguresGraphType.Marker);
}

public sealed class PortalFiguresGraphType : ObjectGraphType<object>
{
    public static readonly object Marker = new();

    public PortalFiguresGraphType()
    {
        Name = "PortalFigures";
        Description = "Số liệu tổng hợp công khai (chỉ là số đếm).";
        Count("provinces", "Số tỉnh, thành phố hiện hành.", c => c.Db().Set<AdministrativeUnit>()
            .CountAsync(u => u.Level == AdministrativeLevel.Province && u.ValidTo == null, c.CancellationToken));
        Count("communes", "Số xã, phường, đặc khu hiện hành.", c => c.Db().Set<AdministrativeUnit>()
            .CountAsync(u => u.Level == AdministrativeLevel.Commune && u.ValidTo == null, c.CancellationToken));
        Count("legalDocuments", "Số văn bản quy phạm pháp luật trong cơ sở dữ liệu.", c => c.Db().Set<LegalDocument>()
            .CountAsync(c.CancellationToken));
        Count("legalDocumentsInForce", "Số văn bản còn hiệu lực (toàn bộ hoặc một phần).", c => c.Db().Set<LegalDocument>()
            .CountAsync(d => d.Status == ValidityStatus.InForce || d.Status == ValidityStatus.PartlyExpired, c.CancellationToken));
        Count("civilStatusRegistrations", "Số sự kiện hộ tịch đã đăng ký.", c => c.Db().Set<CivilStatusRegistration>()
            .CountAsync(c.CancellationToken));
        Count("upcomingAuctions", "Số thông báo đấu giá đã đăng, chưa tổ chức.", c => c.Db().Set<PublicAuctionNotice>()
            .CountAsync(n => n.Status == PublicAuctionNoticeStatus.Published || n.Status == PublicAuctionNoticeStatus.Postponed, c.CancellationToken));
        Count("answeredQuestions", "Số câu hỏi pháp luật đã được trả lời công khai.", c => c.Db().Set<LegalQuestion>()
            .CountAsync(q => q.Status == LegalQuestionStatus.Published, c.CancellationToken));
    }

    private void Count(string name, string description, Func<IResolveFieldContext, Task<int>> count) =>
        Field<NonNullGraphType<IntGraphType>>(name).Description(description).ResolveAsync(async c => await count(c));
}
