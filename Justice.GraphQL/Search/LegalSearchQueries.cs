using GraphQL;
using GraphQL.Types;
using Justice.Domain.Common;
using Justice.Domain.LegalDocuments;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Justice.Search;
using Justice.Search.Documents;

namespace Justice.GraphQL.Search;

/// <summary>Full-text search over the national legal database and the Code (public).</summary>
public sealed class LegalSearchQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<LegalDocumentSearchResultGraphType>>("searchLegalDocuments")
            .Description("Tìm văn bản theo nội dung (có dấu hay không dấu, số ký hiệu, cụm từ trong ngoặc kép), với bộ lọc và số lượng theo nhóm.")
            .Argument<StringGraphType>("query", "Từ khóa; bỏ trống để duyệt theo bộ lọc.")
            .Argument<LegalDocumentSearchFilterInputType>("filter")
            .Argument<EnumerationGraphType<DocumentSort>>("order", "Mặc định: RELEVANCE khi có từ khóa, DATE_DESCENDING khi không.")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .Resolve(c =>
            {
                var text = VietnameseText.NormalizeOptional(c.GetArgument<string?>("query"));
                if (text is { Length: > 500 })
                    throw new ExecutionError("Từ khóa tìm kiếm dài quá 500 ký tự.") { Code = ErrorCodes.InvalidArgument };
                var (offset, size) = Paging.Window(c.GetArgument<int?>("first"), c.GetArgument<string?>("after"));
                var filter = c.GetArgument<LegalDocumentSearchFilter?>("filter") ?? new LegalDocumentSearchFilter();
                var sort = c.GetArgument<DocumentSort?>("order") ?? (text is null ? DocumentSort.DateDescending : DocumentSort.Relevance);
                var countFacets = c.SubFields?.Values.Any(f => f.FieldType.Name == "facets") ?? true;
                var result = c.Service<LegalDocumentSearch>().Search(filter.ToQuery(text, sort, offset, Math.Max(size, 1)) with { CountFacets = countFacets });
                var hits = size == 0 ? [] : result.Hits;
                return new DocumentSearchPage(Paging.Connection(hits, offset, result.Total), result.Facets, result.Suggestion, result.IndexRebuilding);
            });

        query.Field<NonNullGraphType<LegalArticleSearchResultGraphType>>("searchLegalArticles")
            .Description("Tìm điều luật trả lời một câu hỏi: các điều xếp theo mức liên quan, mỗi điều kèm văn bản chứa nó.")
            .Argument<NonNullGraphType<StringGraphType>>("query", "Câu hỏi hoặc từ khóa.")
            .Argument<IntGraphType>("first", "Số điều trả về, 1–100 (mặc định 10).")
            .Argument<EnumerationGraphType<ArticleKind>>("kind", "Chỉ điều của văn bản (DOCUMENT) hoặc của Bộ pháp điển (CODE).")
            .Resolve(c =>
            {
                var text = VietnameseText.NormalizeOptional(c.GetArgument<string>("query"))
                    ?? throw new ExecutionError("Hãy nhập câu hỏi hoặc từ khóa.") { Code = ErrorCodes.InvalidArgument };
                if (text.Length > 1000)
                    throw new ExecutionError("Câu hỏi dài quá 1.000 ký tự.") { Code = ErrorCodes.InvalidArgument };
                var first = c.GetArgument<int?>("first") ?? 10;
                if (first is < 1 or > Paging.MaxPageSize)
                    throw new ExecutionError($"first phải từ 1 đến {Paging.MaxPageSize}.") { Code = ErrorCodes.PageTooLarge };
                var result = c.Service<LegalArticleSearch>().Find(text, first, c.GetArgument<ArticleKind?>("kind"));
                return new ArticleSearchPage(result.Hits, result.IndexRebuilding);
            });
    }
}

/// <summary>Filters of document search; ids are global IDs.</summary>
public sealed record LegalDocumentSearchFilter
{
    public IReadOnlyList<LegalDocumentType>? Types { get; init; }
    public IReadOnlyList<ValidityStatus>? Statuses { get; init; }
    public IReadOnlyList<string>? IssuingBodies { get; init; }
    public IReadOnlyList<string>? Fields { get; init; }
    public int? FromYear { get; init; }
    public int? ToYear { get; init; }
    /// <summary>true: central documents only; false: local only.</summary>
    public bool? Central { get; init; }
    [Id] public IReadOnlyList<string>? ProvinceIds { get; init; }
    public bool? InForceOnly { get; init; }

    public LegalDocumentQuery ToQuery(string? text, DocumentSort sort, int offset, int limit) => new(
        text, Types, IssuingBodies, Fields, Statuses, FromYear, ToYear,
        Central switch { true => DocumentScope.Central, false => DocumentScope.Local, null => null },
        ProvinceIds?.Select(p => GlobalId.Decode(p, "AdministrativeUnit")).ToList(),
        InForceOnly == true, sort, offset, limit);
}

public sealed class LegalDocumentSearchFilterInputType : AutoRegisteringInputObjectGraphType<LegalDocumentSearchFilter>
{
    public LegalDocumentSearchFilterInputType() => Name = "LegalDocumentSearchFilter";
}
