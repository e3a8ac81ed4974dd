using Justice.Domain.Common;

namespace Justice.Domain.Codification;

/// <summary>Chủ đề: one of the 45 subjects the Code (Bộ pháp điển) is divided into, e.g. 9 "Dân sự".</summary>
public sealed class CodificationSubject : AggregateRoot, IPublicContent
{
    private CodificationSubject() { }

    public CodificationSubject(int number, string name)
    {
        if (number is < 1 or > 999)
            throw new DomainException("CODIFICATION_NUMBER_INVALID", "Số thứ tự chủ đề phải từ 1 đến 999.");
        Number = number;
        Name = VietnameseText.Required(name, "Tên chủ đề", 300);
    }

    public int Number { get; private set; }
    public string Name { get; private set; } = "";

    public void Rename(string name) => Name = VietnameseText.Required(name, "Tên chủ đề", 300);
}
