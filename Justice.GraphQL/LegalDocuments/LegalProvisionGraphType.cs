using GraphQL.Types;
using Justice.Domain.LegalDocuments;
using Justice.GraphQL.Common;

namespace Justice.GraphQL.LegalDocuments;

public sealed class LegalProvisionGraphType : NodeType<LegalProvision>
{
    public LegalProvisionGraphType() : base("LegalProvision", "Một đơn vị của văn bản: phần, chương, mục, điều, khoản, điểm.")
    {
        Field<NonNullGraphType<EnumerationGraphType<ProvisionKind>>>("kind").Resolve(c => c.Source.Kind);
        Field(p => p.Number).Description("Số như trong văn bản, ví dụ \"32\" với Điều 32.");
        Field(p => p.Title, nullable: true);
        Field(p => p.Label).Description("Nhãn đọc được, ví dụ \"Điều 32\".");
        Field(p => p.Text).Description("Nội dung riêng của đơn vị này (không gồm các đơn vị con).");
        Field(p => p.Position).Description("Thứ tự trong toàn văn bản.");
        Field<NonNullGraphType<LegalDocumentGraphType>>("document").Resolve(c => c.LoadById<LegalDocument>(c.Source.LegalDocumentId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalProvisionGraphType>>>>("children")
            .Resolve(c => c.LoadChildren<LegalProvision>("provisions", c.Source.LegalDocumentId, p => p.LegalDocumentId, items => items.OrderBy(p => p.Position))
                .Then(all => all.Where(p => p.ParentId == c.Source.Id).ToList()));
    }
}
