using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Justice.Domain.Codification;
using Justice.Domain.LegalDocuments;
using Justice.Domain.Organisations;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.LegalDocuments;
using Justice.GraphQL.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Codification;

public sealed class CodificationSubjectGraphType : NodeType<CodificationSubject>
{
    public CodificationSubjectGraphType() : base("CodificationSubject", "Chủ đề của Bộ pháp điển (45 chủ đề), ví dụ 9 \"Dân sự\".")
    {
        Field(s => s.Number).Description("Số thứ tự chủ đề.");
        Field(s => s.Name).Description("Tên chủ đề.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodificationTopicGraphType>>>>("topics")
            .Description("Các đề mục của chủ đề theo số thứ tự (người chưa có quyền chỉ thấy đề mục đã thông qua, đã đăng tải).")
            .Resolve(c => TopicsOfSubject(c));
    }

    private static IDataLoaderResult<IReadOnlyList<CodificationTopic>> TopicsOfSubject(IResolveFieldContext<CodificationSubject> c)
    {
        var caller = c.Caller();
        return c.Loader<Guid, IReadOnlyList<CodificationTopic>>("codification:subjectTopics", async (ids, cancellationToken) =>
        {
            var topics = await c.Db().Set<CodificationTopic>().AsNoTracking().VisibleTo(caller)
                .Where(t => ids.Contains(t.SubjectId)).OrderBy(t => t.Number).ThenBy(t => t.Id).ToListAsync(cancellationToken);
            return topics.GroupBy(t => t.SubjectId).ToDictionary(g => g.Key, g => (IReadOnlyList<CodificationTopic>)g.ToList());
        }).Load(c.Source.Id).Then(list => list ?? (IReadOnlyList<CodificationTopic>)[]);
    }
}

public sealed class CodificationTopicGraphType : NodeType<CodificationTopic>
{
    public CodificationTopicGraphType() : base("CodificationTopic", "Đề mục của Bộ pháp điển, do một bộ, ngành được giao thực hiện.")
    {
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Code).Description("Ký hiệu đề mục: số chủ đề và số đề mục, ví dụ \"9.1\".");
        Field(t => t.Number).Description("Số thứ tự đề mục trong chủ đề.");
        Field(t => t.Name).Description("Tên đề mục.");
        Field<NonNullGraphType<EnumerationGraphType<CodificationTopicStatus>>>("status").Resolve(c => c.Source.Status).Description("Trạng thái pháp điển.");
        Field<NonNullGraphType<StringGraphType>>("statusName").Resolve(c => c.Source.Status.VietnameseName()).Description("Tên trạng thái.");
        Field(t => t.Version).Description("Phiên bản, dùng cho expectedVersion khi cập nhật.");
        Field<StringGraphType>("appraisalRemarks").Description("Ý kiến thẩm định khi đề mục bị trả lại (cần quyền codification.read).")
            .Resolve(c => c.Caller().SeesDrafts() ? c.Source.AppraisalRemarks : null);
        Field<DateScalar>("approvedOn").Resolve(c => c.Source.ApprovedOn).Description("Ngày Chính phủ thông qua.");
        Field(t => t.ApprovalDecision, nullable: true).Description("Quyết định, phiên họp thông qua.");
        Field<DateScalar>("publishedOn").Resolve(c => c.Source.PublishedOn).Description("Ngày đăng tải.");
        Field<NonNullGraphType<CodificationSubjectGraphType>>("subject").Resolve(c => c.LoadById<CodificationSubject>(c.Source.SubjectId)).Description("Chủ đề chứa đề mục.");
        Field<NonNullGraphType<OrganisationGraphType>>("assignedMinistry").Description("Cơ quan được giao thực hiện pháp điển đề mục.")
            .Resolve(c => c.LoadById<Organisation>(c.Source.AssignedMinistryId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodificationChapterGraphType>>>>("chapters").Description("Các chương theo thứ tự.")
            .Resolve(c => c.LoadChildren<CodificationChapter>("topicChapters", c.Source.Id, ch => ch.TopicId, items => items.OrderBy(ch => ch.Position)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodificationArticleGraphType>>>>("articles").Description("Tất cả các điều của đề mục theo thứ tự.")
            .Resolve(c => c.LoadChildren<CodificationArticle>("topicArticles", c.Source.Id, a => a.TopicId, items => items.OrderBy(a => a.Position)));
    }
}

public sealed class CodificationChapterGraphType : NodeType<CodificationChapter>
{
    public CodificationChapterGraphType() : base("CodificationChapter", "Chương của một đề mục pháp điển.")
    {
        Field(ch => ch.Number).Description("Số chương như in, ví dụ \"IV\".");
        Field(ch => ch.Title).Description("Tên chương.");
        Field(ch => ch.Position).Description("Thứ tự trong đề mục.");
        Field<NonNullGraphType<StringGraphType>>("heading").Resolve(c => $"Chương {c.Source.Number} {c.Source.Title}").Description("Tiêu đề đầy đủ, ví dụ \"Chương IV PHÁP NHÂN\".");
        Field<NonNullGraphType<CodificationTopicGraphType>>("topic").Resolve(c => c.LoadById<CodificationTopic>(c.Source.TopicId)).Description("Đề mục chứa chương.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodificationSectionGraphType>>>>("sections").Description("Các mục của chương.")
            .Resolve(c => c.LoadChildren<CodificationSection>("chapterSections", c.Source.Id, s => s.ChapterId, items => items.OrderBy(s => s.Position)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodificationArticleGraphType>>>>("articles").Description("Các điều thuộc chương theo thứ tự.")
            .Resolve(c => c.LoadChildren<CodificationArticle>("chapterArticles", c.Source.Id, a => a.ChapterId!.Value, items => items.OrderBy(a => a.Position)));
    }
}

public sealed class CodificationSectionGraphType : NodeType<CodificationSection>
{
    public CodificationSectionGraphType() : base("CodificationSection", "Mục trong một chương của đề mục pháp điển.")
    {
        Field(s => s.Number).Description("Số mục.");
        Field(s => s.Title).Description("Tên mục.");
        Field(s => s.Position).Description("Thứ tự trong chương.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodificationArticleGraphType>>>>("articles").Description("Các điều thuộc mục.")
            .Resolve(c => c.LoadChildren<CodificationArticle>("sectionArticles", c.Source.Id, a => a.SectionId!.Value, items => items.OrderBy(a => a.Position)));
    }
}

public sealed class CodificationArticleGraphType : NodeType<CodificationArticle>
{
    public CodificationArticleGraphType() : base("CodificationArticle", "Điều của Bộ pháp điển, sao từ một điều của văn bản nguồn.")
    {
        Field(a => a.Symbol).Description("Ký hiệu điều trong Bộ pháp điển, ví dụ \"Điều 9.1.BL.1\".");
        Field(a => a.Title, nullable: true).Description("Tên điều.");
        Field<NonNullGraphType<StringGraphType>>("heading").Resolve(c => c.Source.Heading).Description("Tiêu đề như in: ký hiệu và tên điều.");
        Field(a => a.Text).Description("Nội dung điều.");
        Field(a => a.SourceNote).Description("Ghi chú nguồn: điều, văn bản và ngày có hiệu lực.");
        Field(a => a.Position).Description("Thứ tự trong đề mục.");
        Field<NonNullGraphType<CodificationTopicGraphType>>("topic").Resolve(c => c.LoadById<CodificationTopic>(c.Source.TopicId)).Description("Đề mục chứa điều.");
        Field<CodificationChapterGraphType>("chapter").Description("Chương chứa điều, nếu có.")
            .Resolve(c => c.Source.ChapterId is { } id ? c.LoadById<CodificationChapter>(id) : null);
        Field<CodificationSectionGraphType>("section").Description("Mục chứa điều, nếu có.")
            .Resolve(c => c.Source.SectionId is { } id ? c.LoadById<CodificationSection>(id) : null);
        Field<CodificationArticleGraphType>("guidedArticle").Description("Điều được điều này hướng dẫn (với điều của văn bản hướng dẫn).")
            .Resolve(c => c.Source.GuidedArticleId is { } id ? c.LoadById<CodificationArticle>(id) : null);
        Field<NonNullGraphType<LegalProvisionGraphType>>("source").Description("Điều của văn bản nguồn mà điều pháp điển được sao từ đó.")
            .Resolve(c => c.LoadById<LegalProvision>(c.Source.SourceProvisionId));
        Field<NonNullGraphType<LegalDocumentGraphType>>("sourceDocument").Description("Văn bản nguồn.")
            .Resolve(c => c.LoadById<LegalDocument>(c.Source.SourceDocumentId));
    }
}
