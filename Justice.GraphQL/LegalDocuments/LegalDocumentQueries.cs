using GraphQL;
using GraphQL.Types;
using Justice.Domain.LegalDocuments;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.LegalDocuments;

/// <summary>The national legal-documents database: public, read by anyone.</summary>
public sealed class LegalDocumentQueries : IQueryFields, INodeResolver
{
    private static readonly OrderMap<LegalDocument, LegalDocumentOrderField> Orders = new OrderMap<LegalDocument, LegalDocumentOrderField>()
        .Add(LegalDocumentOrderField.IssueDate, d => d.IssueDate)
        .Add(LegalDocumentOrderField.EffectiveDate, d => d.EffectiveDate)
        .Add(LegalDocumentOrderField.Number, d => d.Number)
        .Add(LegalDocumentOrderField.Title, d => d.Title);

    public string TypeName => "LegalDocument";

    public void AddTo(ObjectGraphType query)
    {
        query.Field<LegalDocumentGraphType>("legalDocument")
            .Description("Một văn bản theo mã định danh hoặc theo số, ký hiệu (52/2014/QH13; chấp nhận ND thay cho NĐ). Văn bản địa phương cần thêm tỉnh.")
            .Argument<IdGraphType>("id")
            .Argument<StringGraphType>("number")
            .Argument<IdGraphType>("provinceId", "Tỉnh ban hành, khi tra văn bản địa phương theo số.")
            .ResolveAsync(async c =>
            {
                var documents = c.Db().Set<LegalDocument>().AsNoTracking();
                if (c.GetArgument<string?>("id") is { } id)
                {
                    var guid = GlobalId.Decode(id, TypeName);
                    return await documents.FirstOrDefaultAsync(d => d.Id == guid, c.CancellationToken);
                }
                if (c.GetArgument<string?>("number") is not { } text)
                    throw new ExecutionError("Cần id hoặc number.") { Code = ErrorCodes.InvalidArgument };
                if (!DocumentNumber.TryParse(text, out var number))
                    throw new ExecutionError($"Số, ký hiệu \"{GlobalId.Truncate(text)}\" không đúng dạng (ví dụ 52/2014/QH13).") { Code = ErrorCodes.InvalidArgument };
                Guid? province = c.GetArgument<string?>("provinceId") is { } p ? GlobalId.Decode(p, "AdministrativeUnit") : null;
                return await documents.FirstOrDefaultAsync(d => d.Number == number && d.ProvinceId == province, c.CancellationToken);
            });

        query.Connection<LegalDocumentGraphType>("legalDocuments")
            .Description("Danh sách văn bản theo bộ lọc và thứ tự (mặc định: mới ban hành trước). Tìm theo nội dung: searchLegalDocuments.")
            .Argument<LegalDocumentFilterInputType>("filter")
            .Argument<LegalDocumentOrderInputType>("order")
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<LegalDocumentFilter?>("filter") ?? new LegalDocumentFilter();
                var documents = filter.Apply(c.Db().Set<LegalDocument>().AsNoTracking());
                var ordered = Orders.Apply(documents, c.GetArgument<Order<LegalDocumentOrderField>?>("order"),
                    new Order<LegalDocumentOrderField>(LegalDocumentOrderField.IssueDate, SortDirection.Desc));
                return await ordered.ToConnectionAsync(c);
            });
    }

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id) =>
        await context.Db().Set<LegalDocument>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, context.CancellationToken);
}

/// <summary>Articles are nodes too: a search hit points at one.</summary>
public sealed class LegalProvisionNodeResolver : INodeResolver
{
    public string TypeName => "LegalProvision";

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id) =>
        await context.Db().Set<LegalProvision>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, context.CancellationToken);
}
