using GraphQL;
using GraphQL.Types;
using Justice.Domain.AdministrativeUnits;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.AdministrativeUnits;

/// <summary>Public reference data: the provinces in force on a day, and the units below one.</summary>
public sealed class AdministrativeUnitQueries : IQueryFields, INodeResolver
{
    public string TypeName => "AdministrativeUnit";

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdministrativeUnitGraphType>>>>("administrativeUnits")
            .Description("Các đơn vị hành chính còn hiệu lực vào ngày đã cho (mặc định: hôm nay), ở cấp tỉnh hoặc thuộc một đơn vị cha.")
            .Argument<IdGraphType>("parentId", "Đơn vị cha; bỏ trống để lấy cấp tỉnh.")
            .Argument<DateScalar>("on", "Ngày tra cứu (yyyy-MM-dd).")
            .ResolveAsync(async c =>
            {
                var day = c.GetArgument<DateOnly?>("on") ?? Justice.Domain.Common.VietnamTime.LocalDate(c.Service<TimeProvider>().GetUtcNow().UtcDateTime);
                var units = c.Db().Set<AdministrativeUnit>().AsNoTracking()
                    .Where(u => u.ValidFrom <= day && (u.ValidTo == null || u.ValidTo >= day));
                units = c.GetArgument<string?>("parentId") is { } parent
                    ? units.Where(u => u.ParentId == GlobalId.Decode(parent, TypeName))
                    : units.Where(u => u.Level == AdministrativeLevel.Province);
                return await units.OrderBy(u => u.Code).ToListAsync(c.CancellationToken);
            });
    }

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id) =>
        await context.Db().Set<AdministrativeUnit>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, context.CancellationToken);
}
