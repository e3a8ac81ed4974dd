using GraphQL.Types;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Organisations;
using Justice.GraphQL.AdministrativeUnits;
using Justice.GraphQL.Common;

namespace Justice.GraphQL.Organisations;

public sealed class OrganisationGraphType : NodeType<Organisation>
{
    public OrganisationGraphType() : base("Organisation", "Cơ quan, tổ chức: nơi đăng ký, báo cáo, ban hành, thi hành hoặc kết nối.")
    {
        Field(o => o.Name);
        Field(o => o.Code, nullable: true).Description("Mã viết tắt dùng giữa các hệ thống (BTP, BTC…).");
        Field<NonNullGraphType<EnumerationGraphType<OrganisationKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<AdministrativeUnitGraphType>("administrativeUnit").Description("Địa bàn quản lý; trống với cơ quan trung ương.")
            .Resolve(c => c.Source.AdministrativeUnitId is { } id ? c.LoadById<AdministrativeUnit>(id) : null);
        Field<OrganisationGraphType>("parent").Resolve(c => c.Source.ParentId is { } id ? c.LoadById<Organisation>(id) : null);
    }
}
