using Justice.Domain.Common;

namespace Justice.Domain.CivilRegistry;

public enum RegistrationStatus { Registered, Amended, Revoked }

public enum ParticipantRole
{
    Father, Mother, Child, Spouse, Deceased, Guardian, Ward, RecognisingParent, RecognisedChild,
    /// <summary>Người đi khai / người yêu cầu.</summary>
    Declarant,
}

/// <summary>What an officer signs with: the officer who registers, and who signs (name and title).</summary>
public sealed record RegistrationSigning(string OfficerName, string SignerName, string SignerTitle);

/// <summary>A person who takes part in a registration besides its subject (father, mother, spouse…).</summary>
public sealed class CivilStatusParticipant : Entity
{
    private CivilStatusParticipant() { }

    internal CivilStatusParticipant(Guid personId, ParticipantRole role)
    {
        PersonId = personId;
        Role = role;
    }

    public Guid PersonId { get; private set; }
    public ParticipantRole Role { get; private set; }
}

public enum AmendmentKind
{
    /// <summary>Thay đổi.</summary>
    Change,
    /// <summary>Cải chính.</summary>
    Correction,
    /// <summary>Bổ sung.</summary>
    Supplement,
}

/// <summary>The registered facts that a change, correction or supplement may touch.</summary>
public enum RegistrationField { SubjectFullName, EventDate, EventPlace, MaritalStatusStatement, Notes }

/// <summary>
/// One change to a registration, with the value it replaced: the register is a legal record, so a
/// correction is written beside the entry (ghi chú vào sổ) and the original stays readable.
/// </summary>
public sealed class CivilStatusAmendment : Entity
{
    private CivilStatusAmendment() { }

    internal CivilStatusAmendment(int sequence, AmendmentKind kind, RegistrationField field, string? oldValue, string? newValue,
        string reason, DateOnly amendedOn, Guid? basisRegistrationId)
    {
        Sequence = sequence;
        Kind = kind;
        Field = field;
        OldValue = oldValue;
        NewValue = newValue;
        Reason = reason;
        AmendedOn = amendedOn;
        BasisRegistrationId = basisRegistrationId;
    }

    public int Sequence { get; private set; }
    public AmendmentKind Kind { get; private set; }
    public RegistrationField Field { get; private set; }
    public string? OldValue { get; private set; }
    public string? NewValue { get; private set; }
    public string Reason { get; private set; } = "";
    public DateOnly AmendedOn { get; private set; }
    /// <summary>The registration of the change or correction (in its own book) that ordered this amendment.</summary>
    public Guid? BasisRegistrationId { get; private set; }
}

public enum ExtractKind
{
    /// <summary>Bản chính giấy tờ hộ tịch (giấy khai sinh, giấy chứng nhận kết hôn…), issued once at registration.</summary>
    OriginalCertificate,
    /// <summary>Trích lục hộ tịch bản sao: issued again from the register at any time.</summary>
    CopyExtract,
}

/// <summary>Trích lục / giấy tờ hộ tịch issued from a registration, numbered in issue order.</summary>
public sealed class CivilStatusExtract : Entity
{
    private CivilStatusExtract() { }

    internal CivilStatusExtract(int number, ExtractKind kind, DateOnly issuedOn, int copies, string requestedBy)
    {
        Number = number;
        Kind = kind;
        IssuedOn = issuedOn;
        Copies = copies;
        RequestedBy = requestedBy;
    }

    public int Number { get; private set; }
    public ExtractKind Kind { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    public int Copies { get; private set; }
    public string RequestedBy { get; private set; } = "";
}

internal static class RegistrationText
{
    public static string? Optional(string? value, string label, int maxLength)
    {
        var text = VietnameseText.NormalizeOptional(value);
        if (text is { Length: var length } && length > maxLength)
            throw new DomainException("TEXT_TOO_LONG", $"{label} dài quá {maxLength} ký tự.");
        return text;
    }
}
