using GraphQL;
using GraphQL.Types;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.LegalDocuments;
using Justice.Domain.Organisations;
using Justice.GraphQL.AdministrativeUnits;
using Justice.GraphQL.Common;
using Justice.GraphQL.Organisations;

namespace Justice.GraphQL.LegalDocuments;

public sealed class LegalDocumentGraphType : NodeType<LegalDocument>
{
    public LegalDocumentGraphType() : base("LegalDocument", "Văn bản quy phạm pháp luật trong Cơ sở dữ liệu quốc gia về pháp luật.")
    {
        Field<StringGraphType>("number").Resolve(c => c.Source.Number?.Value).Description("Số, ký hiệu chuẩn hóa, ví dụ 52/2014/QH13.");
        Field<NonNullGraphType<EnumerationGraphType<LegalDocumentType>>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("typeName").Resolve(c => c.Source.Type.VietnameseName()).Description("Tên loại văn bản (Luật, Nghị định…).");
        Field(d => d.Title);
        Field<NonNullGraphType<StringGraphType>>("citation").Resolve(c => c.Source.Citation).Description("Cách trích dẫn: loại và số văn bản.");
        Field(d => d.IssuingBodyName).Description("Cơ quan ban hành, như ghi trên văn bản.");
        Field<OrganisationGraphType>("issuingBody").Resolve(c => c.Source.IssuingBodyId is { } id ? c.LoadById<Organisation>(id) : null);
        Field(d => d.SignerName, nullable: true);
        Field(d => d.SignerTitle, nullable: true);
        Field<DateScalar>("issueDate").Resolve(c => c.Source.IssueDate);
        Field<DateScalar>("effectiveDate").Resolve(c => c.Source.EffectiveDate);
        Field<DateScalar>("expiryDate").Resolve(c => c.Source.ExpiryDate);
        Field<DateScalar>("gazetteDate").Resolve(c => c.Source.GazetteDate).Description("Ngày đăng Công báo.");
        Field<NonNullGraphType<EnumerationGraphType<ValidityStatus>>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("statusName").Resolve(c => c.Source.Status.VietnameseName());
        Field<AdministrativeUnitGraphType>("province").Description("Tỉnh ban hành với văn bản địa phương; trống với văn bản trung ương.")
            .Resolve(c => c.Source.ProvinceId is { } id ? c.LoadById<AdministrativeUnit>(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fields").Resolve(c => c.Source.Fields).Description("Lĩnh vực.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalProvisionGraphType>>>>("structure")
            .Description("Cấu trúc văn bản: các phần, chương, mục, điều ở cấp cao nhất; đi xuống bằng children.")
            .Resolve(c => Provisions(c).Then(all => all.Where(p => p.ParentId is null).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalProvisionGraphType>>>>("articles")
            .Description("Tất cả các điều theo thứ tự.")
            .Resolve(c => Provisions(c).Then(all => all.Where(p => p.Kind == ProvisionKind.Article).ToList()));
        Field<LegalProvisionGraphType>("article")
            .Argument<NonNullGraphType<StringGraphType>>("number", "Số điều như trong văn bản, ví dụ \"32\".")
            .Resolve(c =>
            {
                var number = c.GetArgument<string>("number").Trim();
                return Provisions(c).Then(all => all.FirstOrDefault(p => p.Kind == ProvisionKind.Article && p.Number == number));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalDocumentRelationGraphType>>>>("relations")
            .Description("Quan hệ với văn bản khác (sửa đổi, hướng dẫn, thay thế…), từ văn bản này.")
            .Resolve(c => c.LoadChildren<LegalDocumentRelation>("relations", c.Source.Id, r => r.LegalDocumentId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalDocumentRelationGraphType>>>>("relatedBy")
            .Description("Quan hệ từ văn bản khác đến văn bản này (được sửa đổi bởi, được hướng dẫn bởi…).")
            .Resolve(c => c.LoadChildren<LegalDocumentRelation>("relatedBy", c.Source.Id, r => r.TargetDocumentId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalDocumentAttachmentGraphType>>>>("attachments")
            .Resolve(c => c.LoadChildren<LegalDocumentAttachment>("attachments", c.Source.Id, a => a.LegalDocumentId));
    }

    internal static global::GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<LegalProvision>> Provisions(IResolveFieldContext<LegalDocument> c) =>
        c.LoadChildren<LegalProvision>("provisions", c.Source.Id, p => p.LegalDocumentId, items => items.OrderBy(p => p.Position));
}

public sealed class LegalDocumentRelationGraphType : ObjectGraphType<LegalDocumentRelation>
{
    public LegalDocumentRelationGraphType()
    {
        Name = "LegalDocumentRelation";
        Field<NonNullGraphType<EnumerationGraphType<LegalDocumentRelationType>>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<LegalDocumentGraphType>>("source").Resolve(c => c.LoadById<LegalDocument>(c.Source.LegalDocumentId));
        Field<NonNullGraphType<LegalDocumentGraphType>>("target").Resolve(c => c.LoadById<LegalDocument>(c.Source.TargetDocumentId));
        Field(r => r.Note, nullable: true);
    }
}

public sealed class LegalDocumentAttachmentGraphType : ObjectGraphType<LegalDocumentAttachment>
{
    public LegalDocumentAttachmentGraphType()
    {
        Name = "LegalDocumentAttachment";
        Field(a => a.Name);
        Field(a => a.Link);
    }
}
