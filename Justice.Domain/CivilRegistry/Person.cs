using Justice.Domain.Common;

namespace Justice.Domain.CivilRegistry;

/// <summary>Cá nhân: a person as known to the civil-status register.</summary>
public sealed class Person : AggregateRoot
{
    public const string VietnameseNationality = "Việt Nam";

    private Person() { }

    public Person(string fullName, Sex sex, DateOnly dateOfBirth, string placeOfBirth, Ethnicity ethnicity,
        string? homeTown = null, string nationality = VietnameseNationality, string? personalIdNumber = null)
    {
        FullName = VietnameseText.Required(fullName, "Họ, chữ đệm và tên", 200);
        Sex = sex;
        DateOfBirth = dateOfBirth;
        PlaceOfBirth = VietnameseText.Required(placeOfBirth, "Nơi sinh", 300);
        HomeTown = VietnameseText.NormalizeOptional(homeTown);
        if (HomeTown is { Length: > 300 })
            throw new DomainException("TEXT_TOO_LONG", "Quê quán dài quá 300 ký tự.");
        Ethnicity = Ethnicities.Validate(ethnicity);
        Nationality = VietnameseText.Required(nationality, "Quốc tịch", 100);
        if (personalIdNumber is not null)
            PersonalIdNumber = PersonalIdNumber.Parse(personalIdNumber, dateOfBirth, sex);
    }

    /// <summary>Họ, chữ đệm và tên.</summary>
    public string FullName { get; private set; } = "";
    public Sex Sex { get; private set; }
    public DateOnly DateOfBirth { get; private set; }
    public string PlaceOfBirth { get; private set; } = "";
    /// <summary>Quê quán.</summary>
    public string? HomeTown { get; private set; }
    public Ethnicity Ethnicity { get; private set; }
    public string Nationality { get; private set; } = VietnameseNationality;
    /// <summary>Null until the National Population Database issues one (newborns, records from before 2016).</summary>
    public PersonalIdNumber? PersonalIdNumber { get; private set; }

    public int AgeOn(DateOnly day)
    {
        var age = day.Year - DateOfBirth.Year;
        return DateOfBirth.AddYears(age) > day ? age - 1 : age;
    }

    /// <summary>Records the number issued by the population database; a different number is never overwritten silently.</summary>
    public void AssignPersonalIdNumber(string value)
    {
        var id = PersonalIdNumber.Parse(value, DateOfBirth, Sex);
        if (PersonalIdNumber is { } existing && existing != id)
            throw new DomainException("PERSONAL_ID_ALREADY_ASSIGNED",
                "Cá nhân đã có số định danh cá nhân khác; việc thay đổi phải qua thủ tục cải chính.");
        PersonalIdNumber = id;
    }
}
