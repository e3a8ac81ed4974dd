using Justice.Domain.Common;

namespace Justice.Domain.PortalContent;

/// <summary>
/// Bài dự thi: one participant's sitting of a contest. Answers are taken until the attempt expires (time limit or
/// contest close, whichever is first); the score is computed here on the single submission.
/// </summary>
public sealed class ContestAttempt : AggregateRoot
{
    private readonly List<ContestAnswer> _answers = [];

    private ContestAttempt() { }

    internal ContestAttempt(Guid contestId, string participantName, string email, Guid provinceId, DateTime startedAt, DateTime expiresAt, int questionCount)
    {
        ContestId = contestId;
        ParticipantName = VietnameseText.Required(participantName, "Họ và tên người dự thi", 200);
        Email = EmailAddress.Required(email);
        ProvinceId = provinceId;
        StartedAt = startedAt;
        ExpiresAt = expiresAt;
        QuestionCount = questionCount;
    }

    public Guid ContestId { get; private set; }
    public string ParticipantName { get; private set; } = "";
    public string Email { get; private set; } = "";
    /// <summary>The province the participant lives in (for the provincial rankings).</summary>
    public Guid ProvinceId { get; private set; }
    public DateTime StartedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public int QuestionCount { get; private set; }
    /// <summary>Correct answers; null until submitted.</summary>
    public int? Score { get; private set; }
    public IReadOnlyList<ContestAnswer> Answers => _answers;

    public bool IsExpiredAt(DateTime now) => now >= ExpiresAt;

    /// <summary>Time used, for breaking ties between equal scores; never more than the time allowed.</summary>
    public TimeSpan? Duration => SubmittedAt is { } submitted ? (submitted < ExpiresAt ? submitted : ExpiresAt) - StartedAt : null;

    public void Answer(OnlineContest contest, Guid questionId, int chosenOption, DateTime now)
    {
        EnsureContest(contest);
        EnsureNotSubmitted();
        if (IsExpiredAt(now))
            throw new DomainException("CONTEST_ATTEMPT_EXPIRED", "Đã hết thời gian làm bài, không nhận thêm câu trả lời.");
        if (contest.FindQuestion(questionId) is null)
            throw new DomainException("CONTEST_QUESTION_UNKNOWN", "Câu hỏi không thuộc cuộc thi này.");
        if (chosenOption is < 0 or >= OnlineContest.OptionCount)
            throw new DomainException("CONTEST_OPTION_INVALID", "Phương án trả lời phải là A, B, C hoặc D.");
        var existing = _answers.FirstOrDefault(a => a.QuestionId == questionId);
        if (existing is null) _answers.Add(new ContestAnswer(questionId, chosenOption, now));
        else existing.Change(chosenOption, now);
    }

    /// <summary>Hands the paper in. Accepted after expiry too: only answers given in time were recorded.</summary>
    public int Submit(OnlineContest contest, DateTime now)
    {
        EnsureContest(contest);
        EnsureNotSubmitted();
        VietnamTime.RequireUtc(now);
        SubmittedAt = now;
        Score = _answers.Count(a => contest.FindQuestion(a.QuestionId)?.CorrectOption == a.ChosenOption);
        return Score.Value;
    }

    private void EnsureContest(OnlineContest contest)
    {
        if (contest.Id != ContestId)
            throw new DomainException("CONTEST_MISMATCH", "Bài dự thi không thuộc cuộc thi này.");
    }

    private void EnsureNotSubmitted()
    {
        if (SubmittedAt is not null)
            throw new DomainException("CONTEST_ATTEMPT_ALREADY_SUBMITTED", "Bài dự thi đã được nộp, mỗi lượt thi chỉ được nộp một lần.");
    }
}

/// <summary>The option a participant chose for one question; the last choice before expiry counts.</summary>
public sealed class ContestAnswer : Entity
{
    private ContestAnswer() { }

    internal ContestAnswer(Guid questionId, int chosenOption, DateTime answeredAt)
    {
        QuestionId = questionId;
        ChosenOption = chosenOption;
        AnsweredAt = answeredAt;
    }

    public Guid QuestionId { get; private set; }
    public int ChosenOption { get; private set; }
    public DateTime AnsweredAt { get; private set; }

    internal void Change(int chosenOption, DateTime answeredAt)
    {
        ChosenOption = chosenOption;
        AnsweredAt = answeredAt;
    }
}
