using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Common;

namespace Justice.Domain.PortalContent;

/// <summary>
/// Cuộc thi tìm hiểu pháp luật trực tuyến: multiple-choice questions answered within a time limit while the
/// contest is open. Questions are fixed once it opens so every participant sits the same paper.
/// </summary>
public sealed class OnlineContest : AggregateRoot, IPublicContent
{
    public const int OptionCount = 4;
    public const int MaxTimeLimitMinutes = 240;

    private readonly List<ContestQuestion> _questions = [];

    private OnlineContest() { }

    public OnlineContest(string title, string description, DateTime opensAt, DateTime closesAt, int timeLimitMinutes)
    {
        Title = VietnameseText.Required(title, "Tên cuộc thi", 300);
        Description = LongText.Required(description, "Thể lệ cuộc thi", 20_000);
        VietnamTime.RequireUtc(opensAt);
        VietnamTime.RequireUtc(closesAt);
        if (closesAt <= opensAt)
            throw new DomainException("CONTEST_DATES_INVALID", "Thời điểm kết thúc cuộc thi phải sau thời điểm bắt đầu.");
        if (timeLimitMinutes is < 1 or > MaxTimeLimitMinutes)
            throw new DomainException("CONTEST_TIME_LIMIT_INVALID", $"Thời gian làm bài phải từ 1 đến {MaxTimeLimitMinutes} phút.");
        OpensAt = opensAt;
        ClosesAt = closesAt;
        TimeLimitMinutes = timeLimitMinutes;
    }

    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public DateTime OpensAt { get; private set; }
    public DateTime ClosesAt { get; private set; }
    public int TimeLimitMinutes { get; private set; }
    public IReadOnlyList<ContestQuestion> Questions => _questions;

    public bool IsOpenAt(DateTime now) => OpensAt <= now && now < ClosesAt;

    public ContestQuestion AddQuestion(string text, IReadOnlyList<string> options, int correctOption, DateTime now)
    {
        if (now >= OpensAt)
            throw new DomainException("CONTEST_ALREADY_OPENED", "Cuộc thi đã bắt đầu, không thể thay đổi câu hỏi.");
        var question = new ContestQuestion(_questions.Count + 1, text, options, correctOption);
        _questions.Add(question);
        return question;
    }

    /// <summary>Starts a participant's attempt; the server's clock, not the participant's, decides when it expires.</summary>
    public ContestAttempt Start(string participantName, string email, AdministrativeUnit province, DateTime now)
    {
        VietnamTime.RequireUtc(now);
        if (!IsOpenAt(now))
            throw new DomainException("CONTEST_NOT_OPEN", "Cuộc thi chưa mở hoặc đã kết thúc.");
        if (_questions.Count == 0)
            throw new DomainException("CONTEST_NO_QUESTIONS", "Cuộc thi chưa có câu hỏi.");
        if (province.Level != AdministrativeLevel.Province)
            throw new DomainException("CONTEST_PROVINCE_INVALID", "Tỉnh, thành phố của người dự thi không hợp lệ.");
        var expiresAt = now.AddMinutes(TimeLimitMinutes);
        return new ContestAttempt(Id, participantName, email, province.Id, now, expiresAt < ClosesAt ? expiresAt : ClosesAt, _questions.Count);
    }

    internal ContestQuestion? FindQuestion(Guid questionId) => _questions.FirstOrDefault(q => q.Id == questionId);
}

/// <summary>Câu hỏi trắc nghiệm with four options, one of them correct.</summary>
public sealed class ContestQuestion : Entity, IPublicContent
{
    private ContestQuestion() { }

    internal ContestQuestion(int position, string text, IReadOnlyList<string> options, int correctOption)
    {
        Text = LongText.Required(text, "Nội dung câu hỏi", 2000);
        if (options.Count != OnlineContest.OptionCount)
            throw new DomainException("CONTEST_QUESTION_OPTIONS_INVALID", "Mỗi câu hỏi phải có đúng 4 phương án trả lời.");
        var normalized = options.Select((o, i) => VietnameseText.Required(o, $"Phương án {(char)('A' + i)}", 500)).ToList();
        if (normalized.Distinct(StringComparer.OrdinalIgnoreCase).Count() != OnlineContest.OptionCount)
            throw new DomainException("CONTEST_QUESTION_OPTIONS_INVALID", "Các phương án trả lời không được trùng nhau.");
        if (correctOption is < 0 or >= OnlineContest.OptionCount)
            throw new DomainException("CONTEST_CORRECT_OPTION_INVALID", "Đáp án đúng phải là một trong bốn phương án A, B, C, D.");
        Position = position;
        (OptionA, OptionB, OptionC, OptionD) = (normalized[0], normalized[1], normalized[2], normalized[3]);
        CorrectOption = correctOption;
    }

    public int Position { get; private set; }
    public string Text { get; private set; } = "";
    public string OptionA { get; private set; } = "";
    public string OptionB { get; private set; } = "";
    public string OptionC { get; private set; } = "";
    public string OptionD { get; private set; } = "";
    /// <summary>0 for A … 3 for D. Never sent to participants before the contest closes.</summary>
    public int CorrectOption { get; private set; }

    public IReadOnlyList<string> Options => [OptionA, OptionB, OptionC, OptionD];
}
