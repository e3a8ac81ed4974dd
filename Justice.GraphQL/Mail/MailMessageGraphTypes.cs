using GraphQL.Types;
using Justice.Domain.Mail;
using Justice.GraphQL.Common;
using Justice.Mail;

namespace Justice.GraphQL.Mail;

public sealed class MailMessageGraphType : ObjectGraphType<MailMessageSummary>
{
    public const string TypeName = "MailMessage";

    public MailMessageGraphType()
    {
        Name = TypeName;
        Description = "Một thư điện tử chính thức trong hộp thư đi: trạng thái gửi, số lần thử, lỗi gần nhất.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is MailMessageSummary;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field(m => m.MessageId).Description("Message-ID ổn định của thư (không đổi khi gửi lại).");
        Field(m => m.TemplateKey).Description("Luồng thông báo, ví dụ judicial-record.ready.");
        Field(m => m.TemplateVersion).Description("Phiên bản mẫu thư đã dùng.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("to").Resolve(c => c.Source.To);
        Field(m => m.Subject);
        Field<NonNullGraphType<EnumerationGraphType<OutgoingEmailStatus>>>("status").Resolve(c => c.Source.Status);
        Field(m => m.Attempts).Description("Số lần đã thử gửi.");
        Field(m => m.LastError, nullable: true).Description("Lỗi gần nhất, gồm trả lời của máy chủ thư.");
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeGraphType>("lastAttemptAt").Resolve(c => c.Source.LastAttemptAt);
        Field<NonNullGraphType<DateTimeGraphType>>("nextAttemptAt").Resolve(c => c.Source.NextAttemptAt);
        Field<DateTimeGraphType>("sentAt").Resolve(c => c.Source.SentAt);
    }
}

public sealed class MailMessageDetailGraphType : ObjectGraphType<MailMessageDetail>
{
    public MailMessageDetailGraphType()
    {
        Name = "MailMessageDetail";
        Description = "Toàn bộ một thư: trạng thái và nội dung đã gửi.";
        Field<NonNullGraphType<MailMessageGraphType>>("message").Resolve(c => c.Source.Summary);
        Field(m => m.TemplateVersion).Description("Phiên bản mẫu thư đã dùng.");
        Field(m => m.From);
        Field(m => m.ReplyTo, nullable: true);
        Field(m => m.TextBody).Description("Nội dung dạng văn bản.");
        Field(m => m.HtmlBody).Description("Nội dung HTML.");
        Field(m => m.CalendarMethod, nullable: true).Description("REQUEST hoặc CANCEL với thư mời họp.");
        Field(m => m.CanRetry).Description("Thư bị từ chối hẳn, nhân viên có thể cho gửi lại.");
    }
}

public sealed class MailMessageFilterInputType : AutoRegisteringInputObjectGraphType<MailMessageFilter>
{
    public MailMessageFilterInputType() => Name = "MailMessageFilter";
}

public sealed class RetryMailMessagePayloadType() : PayloadType<MailMessageDetailGraphType, MailMessageDetail>("RetryMailMessagePayload", "mail");
