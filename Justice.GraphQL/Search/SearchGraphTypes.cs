using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Justice.Domain.LegalDocuments;
using Justice.GraphQL.Common;
using Justice.GraphQL.LegalDocuments;
using Justice.Search;
using Justice.Search.Documents;

namespace Justice.GraphQL.Search;

/// <summary>One page of document search: hits with highlighted snippets, facet counts, and a suggestion when nothing matched.</summary>
public sealed record DocumentSearchPage(Connection<LegalDocumentHit> Hits, IReadOnlyList<Facet> Facets, string? Suggestion, bool IndexRebuilding);

public sealed class LegalDocumentSearchResultGraphType : ObjectGraphType<DocumentSearchPage>
{
    public LegalDocumentSearchResultGraphType()
    {
        Name = "LegalDocumentSearchResult";
        Description = "Kết quả tìm kiếm văn bản: các văn bản khớp, số lượng theo từng nhóm lọc, gợi ý chính tả.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(c => c.Source.Hits.TotalCount);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source.Hits.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalDocumentSearchEdgeGraphType>>>>("edges").Resolve(c => c.Source.Hits.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalDocumentHitGraphType>>>>("nodes").Resolve(c => c.Source.Hits.Edges!.Select(e => e.Node));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchFacetGraphType>>>>("facets").Resolve(c => c.Source.Facets);
        Field<StringGraphType>("suggestion").Resolve(c => c.Source.Suggestion).Description("Khi không tìm thấy gì: cách viết có lẽ đúng hơn (có dấu).");
        Field<NonNullGraphType<BooleanGraphType>>("indexRebuilding").Resolve(c => c.Source.IndexRebuilding)
            .Description("Chỉ mục đang được dựng lại; kết quả có thể chưa đầy đủ.");
    }
}

public sealed class LegalDocumentSearchEdgeGraphType : ObjectGraphType<Edge<LegalDocumentHit>>
{
    public LegalDocumentSearchEdgeGraphType()
    {
        Name = "LegalDocumentSearchEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<LegalDocumentHitGraphType>>("node").Resolve(c => c.Source.Node);
    }
}

public sealed class LegalDocumentHitGraphType : ObjectGraphType<LegalDocumentHit>
{
    public LegalDocumentHitGraphType()
    {
        Name = "LegalDocumentHit";
        Field<NonNullGraphType<LegalDocumentGraphType>>("document").Resolve(c => c.LoadById<LegalDocument>(c.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("documentId").Resolve(c => GlobalId.Encode("LegalDocument", c.Source.Id))
            .Description("ID của văn bản (như document.id): đủ để dẫn tới văn bản mà không phải đọc nó từ cơ sở dữ liệu.");
        Field(h => h.Number, nullable: true);
        Field(h => h.Title);
        Field<NonNullGraphType<EnumerationGraphType<LegalDocumentType>>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("typeName").Resolve(c => c.Source.Type.VietnameseName()).Description("Tên loại văn bản (Luật, Nghị định…).");
        Field<NonNullGraphType<EnumerationGraphType<ValidityStatus>>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("statusName").Resolve(c => c.Source.Status.VietnameseName());
        Field(h => h.IssuingBody);
        Field<DateScalar>("issueDate").Resolve(c => c.Source.IssueDate);
        Field<DateScalar>("effectiveDate").Resolve(c => c.Source.EffectiveDate);
        Field(h => h.Score).Description("Điểm liên quan (chỉ để so sánh trong cùng một lần tìm).");
        Field(h => h.SnippetHtml).Description("Đoạn trích dạng HTML: văn bản đã thoát ký tự, phần khớp trong <mark>.");
    }
}

public sealed class SearchFacetGraphType : ObjectGraphType<Facet>
{
    public SearchFacetGraphType()
    {
        Name = "SearchFacet";
        Description = "Số văn bản khớp theo từng giá trị của một nhóm lọc.";
        Field(f => f.Dimension).Description("type, issuer, field, status, year hoặc scope.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchFacetValueGraphType>>>>("values").Resolve(c => c.Source.Values);
    }
}

public sealed class SearchFacetValueGraphType : ObjectGraphType<FacetValue>
{
    public SearchFacetValueGraphType()
    {
        Name = "SearchFacetValue";
        Field(v => v.Value);
        Field(v => v.Count);
    }
}

public sealed record ArticleSearchPage(IReadOnlyList<ArticleHit> Hits, bool IndexRebuilding);

public sealed class LegalArticleSearchResultGraphType : ObjectGraphType<ArticleSearchPage>
{
    public LegalArticleSearchResultGraphType()
    {
        Name = "LegalArticleSearchResult";
        Description = "Các điều luật (của văn bản hoặc của Bộ pháp điển) xếp theo mức liên quan đến câu hỏi.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalArticleHitGraphType>>>>("nodes").Resolve(c => c.Source.Hits);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(c => c.Source.Hits.Count).Description("Số điều trả về (không quá first).");
        Field<NonNullGraphType<BooleanGraphType>>("indexRebuilding").Resolve(c => c.Source.IndexRebuilding);
    }
}

public sealed class LegalArticleHitGraphType : ObjectGraphType<ArticleHit>
{
    public LegalArticleHitGraphType()
    {
        Name = "LegalArticleHit";
        Field("number", h => h.ArticleNumber).Description("Số điều như trong văn bản, ví dụ \"32\".");
        Field("title", h => h.ArticleTitle, nullable: true);
        Field<NonNullGraphType<EnumerationGraphType<ArticleKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<LegalDocumentGraphType>("document").Description("Văn bản chứa điều này (với điều của văn bản).")
            .Resolve(c => c.Source.Kind == ArticleKind.Document ? c.LoadById<LegalDocument>(c.Source.DocumentId) : null);
        Field(h => h.DocumentTitle).Description("Tên văn bản hoặc đề mục chứa điều.");
        Field(h => h.DocumentNumber, nullable: true);
        Field(h => h.Score);
        Field(h => h.SnippetHtml).Description("Đoạn trích dạng HTML, phần khớp trong <mark>.");
    }
}
