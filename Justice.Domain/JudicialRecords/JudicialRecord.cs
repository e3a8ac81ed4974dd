using Justice.Domain.CivilRegistry;
using Justice.Domain.Common;

namespace Justice.Domain.JudicialRecords;

/// <summary>
/// Lý lịch tư pháp: one person's record of convictions (án tích) and of bans on holding management posts
/// after a bankruptcy, fed by courts, procuracies and enforcement bodies.
/// </summary>
public sealed class JudicialRecord : AggregateRoot
{
    private readonly List<Conviction> _convictions = [];
    private readonly List<ManagementPostBan> _managementPostBans = [];

    private JudicialRecord() { }

    public JudicialRecord(string fullName, Sex sex, DateOnly dateOfBirth, string placeOfBirth, string? personalIdNumber,
        string nationality = Person.VietnameseNationality, Guid? personId = null, Guid? keeperOrganisationId = null)
    {
        FullName = VietnameseText.Required(fullName, "Họ và tên", 200);
        Sex = sex;
        DateOfBirth = dateOfBirth;
        PlaceOfBirth = VietnameseText.Required(placeOfBirth, "Nơi sinh", 300);
        Nationality = VietnameseText.Required(nationality, "Quốc tịch", 100);
        if (personalIdNumber is not null)
            PersonalIdNumber = PersonalIdNumber.Parse(personalIdNumber, dateOfBirth, sex);
        PersonId = personId;
        KeeperOrganisationId = keeperOrganisationId;
    }

    public string FullName { get; private set; } = "";
    public Sex Sex { get; private set; }
    public DateOnly DateOfBirth { get; private set; }
    public string PlaceOfBirth { get; private set; } = "";
    public string Nationality { get; private set; } = Person.VietnameseNationality;
    public PersonalIdNumber? PersonalIdNumber { get; private set; }
    /// <summary>The civil-status person, when linked.</summary>
    public Guid? PersonId { get; private set; }
    /// <summary>The Department of Justice (or the national centre) that keeps the record.</summary>
    public Guid? KeeperOrganisationId { get; private set; }

    public IReadOnlyList<Conviction> Convictions => _convictions;
    public IReadOnlyList<ManagementPostBan> ManagementPostBans => _managementPostBans;

    /// <summary>Records a conviction sent by a court; the same judgment is never recorded twice.</summary>
    public Conviction AddConviction(string courtName, string judgmentNumber, DateOnly judgmentDate, string offence, string sentence,
        EnforcementStatus enforcementStatus = EnforcementStatus.NotYetEnforced)
    {
        if (judgmentDate < DateOfBirth)
            throw new DomainException("CONVICTION_BEFORE_BIRTH", "Ngày tuyên án không thể trước ngày sinh.");
        var conviction = new Conviction(courtName, judgmentNumber, judgmentDate, offence, sentence, enforcementStatus);
        if (_convictions.Any(c => c.CourtName == conviction.CourtName && c.JudgmentNumber == conviction.JudgmentNumber))
            throw new DomainException("CONVICTION_DUPLICATE", $"Bản án số {conviction.JudgmentNumber} đã có trong lý lịch tư pháp.");
        _convictions.Add(conviction);
        return conviction;
    }

    public void ExpungeConviction(Guid convictionId, DateOnly expungedOn) => Find(convictionId).Expunge(expungedOn);

    public void UpdateEnforcementStatus(Guid convictionId, EnforcementStatus status) => Find(convictionId).UpdateEnforcementStatus(status);

    public ManagementPostBan AddManagementPostBan(string courtName, string decisionNumber, DateOnly decisionDate, string enterpriseName,
        DateOnly bannedFrom, DateOnly bannedUntil)
    {
        var ban = new ManagementPostBan(courtName, decisionNumber, decisionDate, enterpriseName, bannedFrom, bannedUntil);
        _managementPostBans.Add(ban);
        return ban;
    }

    private Conviction Find(Guid convictionId) => _convictions.FirstOrDefault(c => c.Id == convictionId)
        ?? throw new DomainException("CONVICTION_NOT_FOUND", "Không tìm thấy án tích trong lý lịch tư pháp.");
}
