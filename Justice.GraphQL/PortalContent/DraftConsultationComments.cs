using GraphQL;
using GraphQL.Types;
using Justice.Domain.Common;
using Justice.Domain.PortalContent;
using Justice.GraphQL.Access;
using Justice.GraphQL.Common;
using Justice.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.PortalContent;

public sealed record CommentOnDraftConsultationInput
{
    [Id] public string ConsultationId { get; init; } = "";
    public string Name { get; init; } = "";
    public string Email { get; init; } = "";
    /// <summary>Cơ quan, tổ chức của người góp ý (nếu có).</summary>
    public string? Organisation { get; init; }
    /// <summary>Điều, khoản được góp ý (nếu có), ví dụ "Điều 15, khoản 2".</summary>
    public string? Provision { get; init; }
    public string Content { get; init; } = "";
}

public sealed class CommentOnDraftConsultationInputType : AutoRegisteringInputObjectGraphType<CommentOnDraftConsultationInput>
{
    public CommentOnDraftConsultationInputType()
    {
        Name = "CommentOnDraftConsultationInput";
        Description = "Ý kiến góp ý dự thảo: dự thảo, họ tên, thư điện tử (không công khai), cơ quan/tổ chức và điều khoản (nếu có), nội dung.";
    }
}

/// <summary>What the commenter gets back: when the comment was received and on which draft; never the e-mail.</summary>
public sealed class ConsultationCommentReceiptGraphType : ObjectGraphType<ConsultationComment>
{
    public ConsultationCommentReceiptGraphType()
    {
        Name = "ConsultationCommentReceipt";
        Description = "Xác nhận đã nhận ý kiến góp ý.";
        Field(x => x.SubmittedAt).Description("Thời điểm nhận ý kiến (UTC).");
        Field(x => x.Provision, nullable: true).Description("Điều, khoản được góp ý.");
        Field<NonNullGraphType<DraftConsultationGraphType>>("consultation").Description("Dự thảo được góp ý.")
            .Resolve(c => c.LoadById<DraftConsultation>(c.Source.ConsultationId));
    }
}

public sealed class CommentOnDraftConsultationPayloadType()
    : PayloadType<ConsultationCommentReceiptGraphType, ConsultationComment>("CommentOnDraftConsultationPayload", "comment");

/// <summary>Góp ý dự thảo: anyone may comment while the consultation is open (the rule lives in <see cref="DraftConsultation.Comment"/>).</summary>
public sealed class DraftConsultationCommentMutations : IMutationFields
{
    /// <summary>The organisation is kept with the name (the comment has no column of its own for it).</summary>
    public const int MaxOrganisationLength = 150;

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CommentOnDraftConsultationPayloadType>>("commentOnDraftConsultation")
            .Description("Gửi ý kiến góp ý một dự thảo đang lấy ý kiến (không cần đăng nhập). Dự thảo đã hết hạn: CONSULTATION_CLOSED.")
            .Argument<NonNullGraphType<CommentOnDraftConsultationInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CommentOnDraftConsultationInput>("input");
                var id = GlobalId.Decode(input.ConsultationId, "DraftConsultation");
                var db = c.Db();
                return await Mutations.RunAsync(async () =>
                {
                    var draft = await db.Set<DraftConsultation>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, c.CancellationToken)
                        ?? throw new DomainException(ErrorCodes.NotFound, "Không tìm thấy dự thảo.");
                    var comment = draft.Comment(CommenterName(input), input.Email, input.Content, OnlineContestGraphType.Now(c), input.Provision);
                    db.Add(comment);
                    await db.SaveChangesAsync(c.CancellationToken);
                    return comment;
                });
            });
    }

    /// <summary>"Nguyễn Văn A (Công ty Luật X)": the name, with the organisation when given.</summary>
    internal static string CommenterName(CommentOnDraftConsultationInput input)
    {
        var name = VietnameseText.Required(input.Name, "Họ và tên người góp ý", 200);
        if (VietnameseText.NormalizeOptional(input.Organisation) is not { } organisation) return name;
        if (organisation.Length > MaxOrganisationLength)
            throw new DomainException("TEXT_TOO_LONG", $"Tên cơ quan, tổ chức dài quá {MaxOrganisationLength} ký tự.");
        return $"{name} ({organisation})";
    }
}
