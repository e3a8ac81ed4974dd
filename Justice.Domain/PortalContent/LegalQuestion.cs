using Justice.Domain.Common;

namespace Justice.Domain.PortalContent;

/// <summary>Lĩnh vực pháp luật a question is filed under.</summary>
public enum LegalField
{
    /// <summary>Hộ tịch.</summary>
    CivilStatus,
    /// <summary>Hôn nhân và gia đình.</summary>
    MarriageAndFamily,
    /// <summary>Đất đai.</summary>
    Land,
    /// <summary>Lao động.</summary>
    Labour,
    /// <summary>Dân sự.</summary>
    Civil,
    /// <summary>Hình sự.</summary>
    Criminal,
    /// <summary>Lý lịch tư pháp.</summary>
    JudicialRecords,
    /// <summary>Chứng thực.</summary>
    Certification,
    /// <summary>Thi hành án dân sự.</summary>
    CivilJudgmentEnforcement,
    /// <summary>Trợ giúp pháp lý.</summary>
    LegalAid,
    /// <summary>Doanh nghiệp.</summary>
    Enterprise,
    Other,
}

public enum LegalQuestionStatus { Received, Answered, Published, Rejected }

/// <summary>
/// Hỏi đáp pháp luật: a question from the public, answered by the Ministry and usually published. The asker follows
/// it by its tracking code. A question is rejected when out of scope or abusive, or, once answered, when the answer
/// concerns only the asker and is not worth publishing.
/// </summary>
public sealed class LegalQuestion : AggregateRoot, IPublicContent
{
    private static readonly WorkflowTransitions<LegalQuestionStatus> Workflow = new("QUESTION_TRANSITION_REFUSED",
        (LegalQuestionStatus.Received, LegalQuestionStatus.Answered),
        (LegalQuestionStatus.Answered, LegalQuestionStatus.Published),
        (LegalQuestionStatus.Received, LegalQuestionStatus.Rejected),
        (LegalQuestionStatus.Answered, LegalQuestionStatus.Rejected));

    private LegalQuestion() { }

    /// <param name="trackingCode">From <see cref="NewTrackingCode"/>; unique (checked by a unique index).</param>
    public LegalQuestion(string askerName, string askerEmail, LegalField field, string title, string questionText, DateTime now, string trackingCode)
    {
        AskerName = VietnameseText.Required(askerName, "Họ và tên người hỏi", 200);
        AskerEmail = EmailAddress.Required(askerEmail, "Thư điện tử người hỏi");
        Field = field;
        Title = VietnameseText.Required(title, "Tiêu đề câu hỏi", 300);
        QuestionText = LongText.Required(questionText, "Nội dung câu hỏi", 10_000);
        ReceivedAt = VietnamTime.RequireUtc(now);
        Status = LegalQuestionStatus.Received;
        TrackingCode = VietnameseText.Required(trackingCode, "Mã tra cứu", 30);
    }

    /// <summary>"HDPL-2026-7F3A9C21": the year received and 32 random bits, short enough to read out over the phone.</summary>
    public static string NewTrackingCode(DateTime receivedAt, Random random) => $"HDPL-{receivedAt:yyyy}-{random.Next():X8}";

    /// <summary>Mã tra cứu given to the asker.</summary>
    public string TrackingCode { get; private set; } = "";
    public string AskerName { get; private set; } = "";
    public string AskerEmail { get; private set; } = "";
    public LegalField Field { get; private set; }
    public string Title { get; private set; } = "";
    public string QuestionText { get; private set; } = "";
    public DateTime ReceivedAt { get; private set; }
    public LegalQuestionStatus Status { get; private set; }

    bool IPublicContent.VisibleToPublic => Status == LegalQuestionStatus.Published;
    public string? AnswerText { get; private set; }
    public string? AnsweredBy { get; private set; }
    public DateTime? AnsweredAt { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public string? RejectionReason { get; private set; }
    public DateTime? RejectedAt { get; private set; }

    public void Answer(string answerText, string answeredBy, DateTime now)
    {
        var text = LongText.Required(answerText, "Nội dung trả lời", 50_000);
        var by = VietnameseText.Required(answeredBy, "Người trả lời", 200);
        if (VietnamTime.RequireUtc(now) < ReceivedAt)
            throw new DomainException("QUESTION_ANSWER_BEFORE_RECEIVED", "Thời điểm trả lời không thể trước thời điểm nhận câu hỏi.");
        Workflow.Ensure(Status, LegalQuestionStatus.Answered);
        Status = LegalQuestionStatus.Answered;
        AnswerText = text;
        AnsweredBy = by;
        AnsweredAt = now;
    }

    public void Publish(DateTime now)
    {
        Workflow.Ensure(Status, LegalQuestionStatus.Published);
        Status = LegalQuestionStatus.Published;
        PublishedAt = VietnamTime.RequireUtc(now);
    }

    public void Reject(string reason, DateTime now)
    {
        var text = VietnameseText.Required(reason, "Lý do từ chối", 1000);
        Workflow.Ensure(Status, LegalQuestionStatus.Rejected);
        Status = LegalQuestionStatus.Rejected;
        RejectionReason = text;
        RejectedAt = VietnamTime.RequireUtc(now);
    }

}
