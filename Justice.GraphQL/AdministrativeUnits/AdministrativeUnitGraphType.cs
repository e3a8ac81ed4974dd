using GraphQL.Types;
using Justice.Domain.AdministrativeUnits;
using Justice.GraphQL.Common;

namespace Justice.GraphQL.AdministrativeUnits;

public sealed class AdministrativeUnitGraphType : NodeType<AdministrativeUnit>
{
    public AdministrativeUnitGraphType() : base("AdministrativeUnit", "Đơn vị hành chính (tỉnh/thành phố, huyện, xã/phường/đặc khu), có thời hiệu.")
    {
        Field(u => u.Code).Description("Mã đơn vị hành chính theo danh mục quốc gia.");
        Field(u => u.Name);
        Field<NonNullGraphType<EnumerationGraphType<AdministrativeLevel>>>("level").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<DateScalar>>("validFrom").Resolve(c => c.Source.ValidFrom);
        Field<DateScalar>("validTo").Resolve(c => c.Source.ValidTo).Description("Ngày cuối còn hiệu lực; trống nếu còn hiệu lực.");
        Field<AdministrativeUnitGraphType>("parent").Resolve(c => c.Source.ParentId is { } id ? c.LoadById<AdministrativeUnit>(id) : null);
        Field<AdministrativeUnitGraphType>("successor").Resolve(c => c.Source.SuccessorId is { } id ? c.LoadById<AdministrativeUnit>(id) : null)
            .Description("Đơn vị kế thừa sau sắp xếp đơn vị hành chính.");
    }
}
