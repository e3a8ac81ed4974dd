using Justice.Domain.CivilRegistry;
using Justice.Domain.Common;

namespace Justice.Domain.Tests.CivilRegistry;

public sealed class PersonalIdNumberTests
{
    [Theory]
    [InlineData("001085012345", 1985, Sex.Male)]
    [InlineData("079193000001", 1993, Sex.Female)]
    [InlineData("096210123456", 2010, Sex.Male)]
    [InlineData("037325999999", 2025, Sex.Female)]
    [InlineData("001405000001", 2105, Sex.Male)]
    public void Parse_accepts_a_number_that_agrees_with_birth_and_sex(string value, int year, Sex sex)
    {
        var id = PersonalIdNumber.Parse(value, new DateOnly(year, 6, 15), sex);
        Assert.Equal(value, id.Value);
        Assert.Equal(year, id.BirthYear);
        Assert.Equal(sex, id.Sex);
        Assert.Equal(value[..3], id.ProvinceCode);
    }

    [Theory]
    [InlineData("00108501234")]
    [InlineData("0010850123456")]
    [InlineData("00108501234A")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_refuses_anything_but_twelve_digits(string? value) =>
        Assert.Equal("PERSONAL_ID_FORMAT", Assert.Throws<DomainException>(() => PersonalIdNumber.Parse(value, new DateOnly(1985, 1, 1), Sex.Male)).Code);

    [Theory]
    [InlineData("003085012345")] // 03 is no province code
    [InlineData("099085012345")]
    [InlineData("101085012345")] // a province code starts with 0
    public void Parse_refuses_an_unknown_province(string value) =>
        Assert.Equal("PERSONAL_ID_PROVINCE", Assert.Throws<DomainException>(() => PersonalIdNumber.Parse(value, new DateOnly(1985, 1, 1), Sex.Male)).Code);

    [Theory]
    [InlineData("001085012345", 1986)] // wrong year
    [InlineData("001285012345", 1985)] // century digit says 2085
    [InlineData("001010012345", 2010)] // century digit says 1910
    public void Parse_refuses_a_number_that_disagrees_with_the_birth_year(string value, int year) =>
        Assert.Equal("PERSONAL_ID_BIRTH_MISMATCH", Assert.Throws<DomainException>(() => PersonalIdNumber.Parse(value, new DateOnly(year, 1, 1), Sex.Male)).Code);

    [Fact]
    public void Parse_refuses_a_number_that_disagrees_with_sex() =>
        Assert.Equal("PERSONAL_ID_SEX_MISMATCH",
            Assert.Throws<DomainException>(() => PersonalIdNumber.Parse("001185012345", new DateOnly(1985, 1, 1), Sex.Male)).Code);

    [Fact]
    public void Valid_province_codes_are_the_63_old_codes_and_include_all_34_new_ones()
    {
        Assert.Equal(63, PersonalIdNumber.ValidProvinceCodes.Count);
        foreach (var code in new[] { "01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37", "38", "40",
                     "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86", "91", "92", "96" })
            Assert.Contains("0" + code, PersonalIdNumber.ValidProvinceCodes);
    }

    [Fact]
    public void A_caller_may_restrict_the_valid_province_codes()
    {
        var onlyHanoi = new HashSet<string> { "001" };
        Assert.Equal("PERSONAL_ID_PROVINCE", Assert.Throws<DomainException>(
            () => PersonalIdNumber.Parse("079085012345", new DateOnly(1985, 1, 1), Sex.Male, onlyHanoi)).Code);
        Assert.Equal("001085012345", PersonalIdNumber.Parse("001085012345", new DateOnly(1985, 1, 1), Sex.Male, onlyHanoi).Value);
    }

    [Fact]
    public void Create_composes_century_sex_year_and_serial()
    {
        Assert.Equal("001185000042", PersonalIdNumber.Create("01", new DateOnly(1985, 2, 1), Sex.Female, 42).Value);
        Assert.Equal("079224999999", PersonalIdNumber.Create("079", new DateOnly(2024, 2, 1), Sex.Male, 999_999).Value);
        Assert.Equal("PERSONAL_ID_FORMAT", Assert.Throws<DomainException>(() => PersonalIdNumber.Create("01", new DateOnly(1985, 2, 1), Sex.Male, 1_000_000)).Code);
        Assert.Equal("PERSONAL_ID_BIRTH_MISMATCH", Assert.Throws<DomainException>(() => PersonalIdNumber.Create("01", new DateOnly(1899, 2, 1), Sex.Male, 1)).Code);
    }

    [Fact]
    public void Person_validates_its_number_and_never_silently_replaces_it()
    {
        var born = new DateOnly(1990, 4, 30);
        Assert.Equal("PERSONAL_ID_SEX_MISMATCH", Assert.Throws<DomainException>(() => new Person("Lê Văn Tám", Sex.Male, born, "Nghệ An",
            Ethnicity.Kinh, personalIdNumber: "040190000001")).Code);
        var person = new Person("Lê Văn Tám", Sex.Male, born, "Nghệ An", Ethnicity.Kinh);
        person.AssignPersonalIdNumber("040090000001");
        person.AssignPersonalIdNumber("040090000001");
        Assert.Equal("PERSONAL_ID_ALREADY_ASSIGNED", Assert.Throws<DomainException>(() => person.AssignPersonalIdNumber("040090000002")).Code);
        Assert.Equal(34, person.AgeOn(new DateOnly(2025, 4, 29)));
        Assert.Equal(35, person.AgeOn(new DateOnly(2025, 4, 30)));
    }

    [Fact]
    public void Person_takes_one_of_the_54_ethnic_groups()
    {
        Assert.Equal(54, Ethnicities.All.Count);
        Assert.Equal("Ê-đê", Ethnicity.Ede.DisplayName());
        Assert.Equal("ETHNICITY_UNKNOWN", Assert.Throws<DomainException>(() => new Person("Lê Văn Tám", Sex.Male, new DateOnly(1990, 1, 1),
            "Nghệ An", (Ethnicity)99)).Code);
    }

    [Theory]
    [InlineData("001085012345", 1985, Sex.Male, true)]
    [InlineData("079193000001", 1993, Sex.Female, true)]
    [InlineData("001405000001", 2105, Sex.Male, true)]
    [InlineData("001085012345", 1986, Sex.Male, false)]
    [InlineData("001085012345", 1985, Sex.Female, false)]
    [InlineData("003085012345", 1985, Sex.Male, false)]
    [InlineData("00108501234A", 1985, Sex.Male, false)]
    [InlineData("001 085 012345", 1985, Sex.Male, false)] // valid once normalised, but not canonical
    public void The_allocation_free_check_agrees_with_parse_on_canonical_numbers(string value, int year, Sex sex, bool valid)
    {
        var dateOfBirth = new DateOnly(year, 3, 1);
        Assert.Equal(valid, PersonalIdNumber.IsValidCanonical(value, dateOfBirth, sex));
        if (valid) Assert.Equal(value, PersonalIdNumber.Parse(value, dateOfBirth, sex).Value);
    }
}
