using System.Buffers.Binary;

namespace Justice.Domain.CivilRegistry.Bulk;

/// <summary>
/// Makes realistic civil-status records on the fly, deterministically from a <see cref="Random"/>: Vietnamese
/// names with diacritics, event types in the national proportions (births ~61.5%, marital-status
/// confirmations ~16%, marriages ~12.3%, deaths ~8.5%, others ~1.8%), valid personal ID numbers unique
/// per generator. Registration dates rise with the row index, so entry numbers follow the calendar.
/// Nothing is kept per row: memory stays flat however many rows are drawn.
/// </summary>
public sealed class CivilStatusRecordGenerator
{
    /// <summary>Shares of the national register (MOJ report 2021: 17.5 M births, 4.56 M marital-status, 3.5 M marriages, 2.42 M deaths, 0.5 M other).</summary>
    public static readonly IReadOnlyList<(CivilStatusEventType Type, double Share)> NationalProportions =
    [
        (CivilStatusEventType.Birth, 17_514_548),
        (CivilStatusEventType.MaritalStatusConfirmation, 4_558_754),
        (CivilStatusEventType.Marriage, 3_497_290),
        (CivilStatusEventType.Death, 2_422_581),
        (CivilStatusEventType.ParentageRecognition, 140_000),
        (CivilStatusEventType.CivilStatusChange, 120_000),
        (CivilStatusEventType.CivilStatusCorrection, 90_000),
        (CivilStatusEventType.CivilStatusSupplement, 50_000),
        (CivilStatusEventType.Guardianship, 30_000),
        (CivilStatusEventType.GuardianshipTermination, 5_000),
        (CivilStatusEventType.EthnicityRedetermination, 15_000),
        (CivilStatusEventType.RecordingOfEventRegisteredAbroad, 35_000),
        (CivilStatusEventType.RecordingOfDivorceAbroad, 15_000),
    ];

    private static readonly (string Name, int Weight)[] FamilyNames =
    [
        ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 30), ("Huỳnh", 21), ("Phan", 45), ("Vũ", 25),
        ("Võ", 14), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13), ("Ngô", 13), ("Dương", 10), ("Lý", 5),
        ("Đào", 4), ("Đoàn", 4), ("Trịnh", 4), ("Mai", 3), ("Đinh", 4), ("Lương", 3), ("Cao", 3), ("Lâm", 3), ("Hà", 3),
        ("Tạ", 2), ("Tô", 2), ("Chu", 2), ("Lưu", 2), ("Thái", 1),
    ];
    private static readonly string[] MaleMiddleNames = ["Văn", "Văn", "Văn", "Đức", "Minh", "Quốc", "Hữu", "Công", "Thành", "Gia", "Hoàng", "Xuân", "Anh", "Tiến", "Ngọc"];
    private static readonly string[] FemaleMiddleNames = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Phương", "Bảo", "Khánh", "Hồng", "Mỹ", "Thùy", "Kim", "Diệu"];
    private static readonly string[] MaleGivenNames =
    [
        "An", "Bảo", "Cường", "Dũng", "Duy", "Đạt", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy", "Khang", "Khoa", "Long", "Minh",
        "Nam", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Trung", "Tuấn", "Việt", "Vinh", "Lâm", "Kiên",
    ];
    private static readonly string[] FemaleGivenNames =
    [
        "Anh", "Châu", "Chi", "Diệp", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Loan", "Mai",
        "My", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Trang", "Tuyết", "Uyên", "Vân", "Yến", "Huyền", "Ngọc",
    ];
    private static readonly (Ethnicity Ethnicity, int Weight)[] EthnicityWeights =
    [
        (Ethnicity.Kinh, 853), (Ethnicity.Tay, 19), (Ethnicity.Thai, 19), (Ethnicity.Muong, 15), (Ethnicity.Hmong, 15),
        (Ethnicity.Khmer, 14), (Ethnicity.Nung, 11), (Ethnicity.Dao, 9), (Ethnicity.Hoa, 8), (Ethnicity.JRai, 5),
        (Ethnicity.Ede, 4), (Ethnicity.BaNa, 3), (Ethnicity.XoDang, 2), (Ethnicity.SanChay, 2), (Ethnicity.CoHo, 2),
        (Ethnicity.Cham, 2), (Ethnicity.SanDiu, 2), (Ethnicity.Hre, 1), (Ethnicity.Raglai, 1), (Ethnicity.Mnong, 1),
    ];
    private static readonly string[] MaritalStatusPurposes =
    [
        "Đăng ký kết hôn", "Đăng ký kết hôn", "Đăng ký kết hôn với người nước ngoài", "Bổ sung hồ sơ vay vốn ngân hàng",
        "Làm thủ tục chuyển nhượng quyền sử dụng đất", "Bổ sung hồ sơ xin việc", "Bổ sung hồ sơ mua nhà ở xã hội",
    ];
    private static readonly string[] MaritalStatusStatements =
    [
        "Chưa đăng ký kết hôn với ai.", "Chưa đăng ký kết hôn với ai.", "Chưa đăng ký kết hôn với ai.",
        "Đã đăng ký kết hôn, nhưng đã ly hôn theo bản án của Tòa án; hiện tại chưa đăng ký kết hôn lại.",
        "Đã đăng ký kết hôn, vợ/chồng đã chết; hiện tại chưa đăng ký kết hôn lại.",
    ];

    private readonly Random _random;
    private readonly IReadOnlyList<CivilStatusAuthority> _authorities;
    private readonly DateOnly _firstDate;
    private readonly DateOnly _lastDate;
    private readonly double[] _typeCumulative;
    private readonly int[] _familyCumulative;
    private readonly int[] _ethnicityCumulative;
    private readonly string[] _officers;
    private readonly string[] _signers;
    private readonly string[] _places;
    // Next serial per (province, century/sex digit, year): bounded by 63 × 10 × 100 keys, never by the row count.
    private readonly Dictionary<int, int> _serials = [];
    private long _sequence;

    /// <param name="random">The only source of variation: the same seed gives the same rows.</param>
    /// <param name="authorities">Where records are registered (commune People's Committees).</param>
    /// <param name="firstRegistrationDate">Registration dates run from here…</param>
    /// <param name="lastRegistrationDate">…to here, rising with the row index.</param>
    public CivilStatusRecordGenerator(Random random, IReadOnlyList<CivilStatusAuthority> authorities,
        DateOnly firstRegistrationDate, DateOnly lastRegistrationDate)
    {
        if (authorities.Count == 0) throw new ArgumentException("At least one registering authority is needed.", nameof(authorities));
        if (lastRegistrationDate < firstRegistrationDate) throw new ArgumentException("The date range is empty.", nameof(lastRegistrationDate));
        _random = random;
        _authorities = authorities;
        _firstDate = firstRegistrationDate;
        _lastDate = lastRegistrationDate;
        _typeCumulative = Cumulative(NationalProportions.Select(p => p.Share));
        _familyCumulative = Cumulative(FamilyNames.Select(f => f.Weight));
        _ethnicityCumulative = Cumulative(EthnicityWeights.Select(e => e.Weight));
        _officers = new string[authorities.Count];
        _signers = new string[authorities.Count];
        _places = new string[authorities.Count];
        for (var i = 0; i < authorities.Count; i++)
        {
            _officers[i] = RandomName(_random.Next(2) == 0 ? Sex.Male : Sex.Female);
            _signers[i] = RandomName(_random.Next(3) == 0 ? Sex.Female : Sex.Male);
            _places[i] = $"{authorities[i].CommuneName}, {authorities[i].ProvinceName}";
        }
    }

    /// <summary>Lazily yields <paramref name="count"/> rows in rising registration-date order.</summary>
    public IEnumerable<CivilStatusRecordRow> Generate(long count)
    {
        var span = _lastDate.DayNumber - _firstDate.DayNumber + 1;
        for (long i = 0; i < count; i++)
            yield return Next(_firstDate.AddDays((int)(i * span / Math.Max(count, 1))));
    }

    /// <summary>One record registered on <paramref name="registrationDate"/>.</summary>
    public CivilStatusRecordRow Next(DateOnly registrationDate)
    {
        var authorityIndex = _random.Next(_authorities.Count);
        var authority = _authorities[authorityIndex];
        var type = NationalProportions[Pick(_typeCumulative, _random.NextDouble() * _typeCumulative[^1])].Type;
        var sex = _random.Next(1000) < 512 ? Sex.Male : Sex.Female;
        DateOnly dateOfBirth;
        DateOnly? eventDate = null;
        string? eventPlace = null, purpose = null, statement = null;
        DateOnly? validUntil = null;
        string placeOfBirth;
        switch (type)
        {
            case CivilStatusEventType.Birth:
                // Most births are registered within 60 days; some years late (đăng ký khai sinh quá hạn).
                dateOfBirth = registrationDate.AddDays(-(_random.Next(100) < 92 ? _random.Next(0, 60) : _random.Next(60, 365 * 15)));
                placeOfBirth = _places[authorityIndex];
                eventDate = dateOfBirth;
                eventPlace = placeOfBirth;
                break;
            case CivilStatusEventType.Marriage:
                sex = Sex.Male;
                dateOfBirth = registrationDate.AddDays(-_random.Next(365 * 20 + 5, 365 * 45));
                placeOfBirth = RandomPlace();
                eventDate = registrationDate;
                break;
            case CivilStatusEventType.Death:
                dateOfBirth = registrationDate.AddDays(-_random.Next(365 * 40, 365 * 98));
                placeOfBirth = RandomPlace();
                eventDate = registrationDate.AddDays(-_random.Next(0, 15));
                eventPlace = _places[authorityIndex];
                break;
            case CivilStatusEventType.MaritalStatusConfirmation:
                dateOfBirth = registrationDate.AddDays(-_random.Next(365 * 18 + 5, 365 * 55));
                placeOfBirth = RandomPlace();
                purpose = MaritalStatusPurposes[_random.Next(MaritalStatusPurposes.Length)];
                statement = MaritalStatusStatements[_random.Next(MaritalStatusStatements.Length)];
                validUntil = registrationDate.AddMonths(CivilRegistryOptions.Default.MaritalStatusConfirmationValidityMonths).AddDays(-1);
                break;
            default:
                dateOfBirth = registrationDate.AddDays(-_random.Next(0, 365 * 80));
                placeOfBirth = RandomPlace();
                break;
        }
        var ethnicity = EthnicityWeights[Pick(_ethnicityCumulative, _random.Next(_ethnicityCumulative[^1]))].Ethnicity;
        // Numbers issued since 2016 to newborns (about a third of registered births), and to nearly every adult.
        var hasId = type == CivilStatusEventType.Birth ? _random.Next(100) < 35 : _random.Next(100) < 92;
        string? personalId = null;
        if (hasId)
        {
            var provinceCode = type == CivilStatusEventType.Birth ? authority.ProvinceCode : _authorities[_random.Next(_authorities.Count)].ProvinceCode;
            personalId = NextPersonalId(provinceCode, dateOfBirth, sex);
        }
        return new CivilStatusRecordRow(
            RegistrationId: NextId(registrationDate),
            AuthorityId: authority.OrganisationId,
            EventType: type,
            RegistrationDate: registrationDate,
            OfficerName: _officers[authorityIndex],
            SignerName: _signers[authorityIndex],
            SignerTitle: _random.Next(3) == 0 ? "Phó Chủ tịch Ủy ban nhân dân" : "Chủ tịch Ủy ban nhân dân",
            PersonId: NextId(registrationDate),
            FullName: RandomName(sex),
            Sex: sex,
            DateOfBirth: dateOfBirth,
            PlaceOfBirth: placeOfBirth,
            HomeTown: _random.Next(4) == 0 ? null : RandomPlace(),
            Ethnicity: ethnicity,
            Nationality: Person.VietnameseNationality,
            PersonalIdNumber: personalId,
            EventDate: eventDate,
            EventPlace: eventPlace,
            MaritalStatusPurpose: purpose,
            MaritalStatusStatement: statement,
            ValidUntil: validUntil);
    }

    private string RandomName(Sex sex)
    {
        var family = FamilyNames[Pick(_familyCumulative, _random.Next(_familyCumulative[^1]))].Name;
        var middle = sex == Sex.Male ? MaleMiddleNames[_random.Next(MaleMiddleNames.Length)] : FemaleMiddleNames[_random.Next(FemaleMiddleNames.Length)];
        var given = sex == Sex.Male ? MaleGivenNames[_random.Next(MaleGivenNames.Length)] : FemaleGivenNames[_random.Next(FemaleGivenNames.Length)];
        return _random.Next(6) == 0
            ? $"{family} {middle} {(sex == Sex.Male ? MaleMiddleNames : FemaleMiddleNames)[_random.Next(5, 15)]} {given}"
            : $"{family} {middle} {given}";
    }

    private string RandomPlace() => _places[_random.Next(_places.Length)];

    /// <summary>Serials are a fixed permutation of 0–999,999 per key, so they look random but never repeat.</summary>
    private string NextPersonalId(string provinceCode, DateOnly dateOfBirth, Sex sex)
    {
        var digit = (dateOfBirth.Year - PersonalIdNumber.FirstYear) / 100 * 2 + (sex == Sex.Female ? 1 : 0);
        var key = int.Parse(provinceCode) * 1000 + digit * 100 + dateOfBirth.Year % 100;
        _serials.TryGetValue(key, out var next);
        _serials[key] = next + 1;
        var serial = (int)(((long)next * 7919 + 104_729) % 1_000_000);
        return $"0{provinceCode}{digit}{dateOfBirth.Year % 100:D2}{serial:D6}";
    }

    /// <summary>A time-ordered (version 7 layout) id made from the random stream, so runs repeat exactly.</summary>
    private Guid NextId(DateOnly date)
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        var milliseconds = (date.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber) * 86_400_000L + _sequence++ % 86_400_000L;
        Span<byte> time = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(time, milliseconds);
        time[2..].CopyTo(bytes);
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var total = 0.0;
        return weights.Select(w => total += w).ToArray();
    }

    private static int[] Cumulative(IEnumerable<int> weights)
    {
        var total = 0;
        return weights.Select(w => total += w).ToArray();
    }

    private static int Pick(double[] cumulative, double value)
    {
        var index = Array.BinarySearch(cumulative, value);
        return Math.Min(index < 0 ? ~index : index + 1, cumulative.Length - 1);
    }

    private static int Pick(int[] cumulative, int value)
    {
        var index = Array.BinarySearch(cumulative, value);
        return Math.Min(index < 0 ? ~index : index + 1, cumulative.Length - 1);
    }
}
