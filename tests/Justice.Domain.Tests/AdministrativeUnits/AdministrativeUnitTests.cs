using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Common;

namespace Justice.Domain.Tests.AdministrativeUnits;

public class AdministrativeUnitTests
{
    private static readonly DateOnly Before = new(2008, 8, 1);

    [Theory]
    [InlineData("1", AdministrativeLevel.Province)]
    [InlineData("001", AdministrativeLevel.Province)]
    [InlineData("0A", AdministrativeLevel.Province)]
    [InlineData("00070", AdministrativeLevel.District)]
    [InlineData("0007", AdministrativeLevel.Commune)]
    public void Code_length_follows_the_level(string code, AdministrativeLevel level)
    {
        var error = Assert.Throws<DomainException>(() => new AdministrativeUnit(code, "Thử", level, null, Before));
        Assert.Equal("UNIT_CODE_INVALID", error.Code);
    }

    [Fact]
    public void Successor_ends_the_old_unit_the_day_before_the_new_one_starts()
    {
        var haGiang = new AdministrativeUnit("02", "Hà Giang", AdministrativeLevel.Province, null, Before);
        var tuyenQuang = new AdministrativeUnit("08", "Tuyên Quang", AdministrativeLevel.Province, null, AdministrativeUnit.Reform2025);

        haGiang.SucceededBy(tuyenQuang);

        Assert.Equal(tuyenQuang.Id, haGiang.SuccessorId);
        Assert.Equal(new DateOnly(2025, 6, 30), haGiang.ValidTo);
        Assert.True(haGiang.IsInForceOn(new DateOnly(2025, 6, 30)));
        Assert.False(haGiang.IsInForceOn(new DateOnly(2025, 7, 1)));
        Assert.True(tuyenQuang.IsInForceOn(new DateOnly(2025, 7, 1)));
    }

    [Fact]
    public void Successor_must_be_of_the_same_level()
    {
        var province = new AdministrativeUnit("02", "Hà Giang", AdministrativeLevel.Province, null, Before);
        var commune = new AdministrativeUnit("00070", "Phường Hoàn Kiếm", AdministrativeLevel.Commune, null, AdministrativeUnit.Reform2025);

        var error = Assert.Throws<DomainException>(() => province.SucceededBy(commune));
        Assert.Equal("UNIT_SUCCESSOR_LEVEL", error.Code);
    }

    [Fact]
    public void Every_old_province_has_a_successor_among_the_34()
    {
        var newCodes = new[] { "01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37", "38", "40",
            "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86", "91", "92", "96" };

        Assert.Equal(63, Provinces1991To2025.All.Length);
        Assert.Equal(63, Provinces1991To2025.All.Select(p => p.Code).Distinct().Count());
        Assert.All(Provinces1991To2025.All, p => Assert.Contains(p.SuccessorCode, newCodes));
        Assert.Equal(34, Provinces1991To2025.All.Select(p => p.SuccessorCode).Distinct().Count());
    }
}
