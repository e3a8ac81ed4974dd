using GraphQL.Types;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Auctions;
using Justice.Domain.Organisations;
using Justice.GraphQL.AdministrativeUnits;
using Justice.GraphQL.Common;
using Justice.GraphQL.Organisations;

namespace Justice.GraphQL.Auctions;

public sealed class AuctionOrganisationGraphType : NodeType<AuctionOrganisation>
{
    public AuctionOrganisationGraphType() : base("AuctionOrganisation", "Tổ chức đấu giá tài sản (trung tâm dịch vụ đấu giá hoặc doanh nghiệp đấu giá).")
    {
        Field(o => o.Name);
        Field<NonNullGraphType<EnumerationGraphType<AuctionOrganisationKind>>>("kind").Resolve(c => c.Source.Kind);
        Field(o => o.RegistrationNumber).Description("Số giấy đăng ký hoạt động hoặc quyết định thành lập.");
        Field(o => o.Address);
        Field<NonNullGraphType<AdministrativeUnitGraphType>>("province").Resolve(c => c.LoadById<AdministrativeUnit>(c.Source.ProvinceId));
        Field<NonNullGraphType<OrganisationGraphType>>("organisation").Description("Cơ quan, tổ chức tương ứng trong danh bạ chung.")
            .Resolve(c => c.LoadById<Organisation>(c.Source.OrganisationId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuctioneerGraphType>>>>("auctioneers").Description("Đấu giá viên hành nghề tại tổ chức.")
            .Resolve(c => c.LoadChildren<Auctioneer>("auctioneers", c.Source.Id, a => a.AuctionOrganisationId, items => items.OrderBy(a => a.FullName)));
    }
}

public sealed class AuctioneerGraphType : NodeType<Auctioneer>
{
    public AuctioneerGraphType() : base("Auctioneer", "Đấu giá viên, hành nghề theo chứng chỉ hành nghề đấu giá.")
    {
        Field(a => a.FullName);
        Field(a => a.PracticeCertificateNumber).Description("Số chứng chỉ hành nghề đấu giá.");
        Field<NonNullGraphType<AuctionOrganisationGraphType>>("auctionOrganisation")
            .Resolve(c => c.LoadById<AuctionOrganisation>(c.Source.AuctionOrganisationId));
    }
}

public sealed class AssetOwnerGraphType : NodeType<AssetOwner>
{
    public AssetOwnerGraphType() : base("AssetOwner", "Người có tài sản đấu giá (cơ quan thi hành án, ngân hàng, cơ quan nhà nước…).")
    {
        Field(o => o.Name);
        Field<NonNullGraphType<EnumerationGraphType<AssetOwnerKind>>>("kind").Resolve(c => c.Source.Kind);
    }
}

public sealed class AuctionResultGraphType : ObjectGraphType<AuctionResult>
{
    public AuctionResultGraphType()
    {
        Name = "AuctionResult";
        Description = "Kết quả cuộc đấu giá.";
        Field<NonNullGraphType<EnumerationGraphType<AuctionOutcome>>>("outcome").Resolve(c => c.Source.Outcome);
        Field<VndScalar>("winningPrice").Resolve(c => c.Source.WinningPrice).Description("Giá trúng đấu giá, khi bán được.");
        Field(r => r.NotSoldReason, nullable: true).Description("Lý do đấu giá không thành.");
        Field(r => r.RecordedAt).Description("Thời điểm ghi nhận kết quả (UTC).");
    }
}

public sealed class AuctionNoticeGraphType : NodeType<PublicAuctionNotice>
{
    public AuctionNoticeGraphType() : base("AuctionNotice", "Thông báo công khai việc đấu giá tài sản.")
    {
        Field(n => n.AssetDescription).Description("Mô tả tài sản đấu giá.");
        Field<NonNullGraphType<EnumerationGraphType<AuctionAssetType>>>("assetType").Resolve(c => c.Source.AssetType);
        Field<NonNullGraphType<VndScalar>>("startingPrice").Resolve(c => c.Source.StartingPrice).Description("Giá khởi điểm.");
        Field<NonNullGraphType<VndScalar>>("deposit").Resolve(c => c.Source.Deposit).Description("Tiền đặt trước.");
        Field(n => n.ViewingFrom).Description("Bắt đầu xem tài sản (UTC).");
        Field(n => n.ViewingTo).Description("Kết thúc xem tài sản (UTC).");
        Field(n => n.ViewingPlace).Description("Địa điểm xem tài sản.");
        Field(n => n.RegistrationDeadline).Description("Hạn đăng ký tham gia đấu giá (UTC).");
        Field(n => n.AuctionAt).Description("Thời điểm mở cuộc đấu giá (UTC).");
        Field(n => n.AuctionPlace).Description("Địa điểm tổ chức cuộc đấu giá.");
        Field<NonNullGraphType<EnumerationGraphType<AuctionForm>>>("form").Resolve(c => c.Source.Form).Description("Hình thức đấu giá.");
        Field<NonNullGraphType<EnumerationGraphType<AuctionMethod>>>("method").Resolve(c => c.Source.Method).Description("Phương thức đấu giá.");
        Field<NonNullGraphType<EnumerationGraphType<PublicAuctionNoticeStatus>>>("status").Resolve(c => c.Source.Status);
        Field(n => n.PublishedAt, nullable: true).Description("Thời điểm công khai (UTC).");
        Field(n => n.PostponementReason, nullable: true).Description("Lý do tạm dừng.");
        Field(n => n.CancellationReason, nullable: true).Description("Lý do hủy.");
        Field<AuctionResultGraphType>("result").Resolve(c => c.Source.Result).Description("Kết quả, sau khi cuộc đấu giá diễn ra.");
        Field(n => n.Version).Description("Phiên bản, dùng cho expectedVersion khi sửa.");
        Field<NonNullGraphType<AuctionOrganisationGraphType>>("auctionOrganisation")
            .Resolve(c => c.LoadById<AuctionOrganisation>(c.Source.AuctionOrganisationId));
        Field<NonNullGraphType<AssetOwnerGraphType>>("assetOwner").Resolve(c => c.LoadById<AssetOwner>(c.Source.AssetOwnerId));
        Field<NonNullGraphType<AdministrativeUnitGraphType>>("province").Description("Tỉnh, thành phố nơi có tài sản.")
            .Resolve(c => c.LoadById<AdministrativeUnit>(c.Source.ProvinceId));
    }
}
