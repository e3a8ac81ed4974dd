using Justice.Domain.Common;

namespace Justice.Domain.CivilRegistry;

/// <summary>
/// Sổ hộ tịch: one register per authority, event type, year and book number (quyển số). It hands out
/// the entry numbers (số); its <see cref="AggregateRoot.Version"/> makes two officers registering at the
/// same moment unable to take the same number: the second save is refused and retried.
/// </summary>
public sealed class RegisterBook : AggregateRoot
{
    private RegisterBook() { }

    public RegisterBook(Guid authorityId, CivilStatusEventType eventType, int year, int bookNumber = 1)
    {
        if (authorityId == Guid.Empty)
            throw new DomainException("REGISTER_BOOK_AUTHORITY_REQUIRED", "Sổ hộ tịch phải thuộc một cơ quan đăng ký.");
        if (year is < 1900 or > 2399)
            throw new DomainException("REGISTER_BOOK_YEAR_INVALID", $"Năm mở sổ {year} không hợp lệ.");
        if (bookNumber < 1)
            throw new DomainException("REGISTER_BOOK_NUMBER_INVALID", "Quyển số phải từ 1 trở lên.");
        AuthorityId = authorityId;
        EventType = eventType;
        Year = year;
        BookNumber = bookNumber;
    }

    /// <summary>Cơ quan đăng ký (an Organisation).</summary>
    public Guid AuthorityId { get; private set; }
    public CivilStatusEventType EventType { get; private set; }
    public int Year { get; private set; }
    /// <summary>Quyển số.</summary>
    public int BookNumber { get; private set; }
    /// <summary>The last entry number given; the next registration takes the one after it.</summary>
    public int LastEntryNumber { get; private set; }
    public bool IsClosed { get; private set; }

    /// <summary>"Quyển số 01/2025".</summary>
    public string Label => $"{BookNumber:D2}/{Year}";

    /// <summary>Takes the next entry number. Only meaningful when saved with this book's version as the guard.</summary>
    public int NextEntryNumber()
    {
        if (IsClosed)
            throw new DomainException("REGISTER_BOOK_CLOSED", $"Sổ hộ tịch quyển số {Label} đã khóa, không thể đăng ký thêm.");
        return ++LastEntryNumber;
    }

    /// <summary>Locks the book at the year's end (khóa sổ).</summary>
    public void Close()
    {
        if (IsClosed)
            throw new DomainException("REGISTER_BOOK_CLOSED", $"Sổ hộ tịch quyển số {Label} đã khóa.");
        IsClosed = true;
    }
}
