namespace Justice.Domain.CivilRegistry;

/// <summary>Việc hộ tịch: the events the Law on Civil Status 2014 registers, each in its own register book.</summary>
public enum CivilStatusEventType
{
    /// <summary>Khai sinh → giấy khai sinh.</summary>
    Birth,
    /// <summary>Kết hôn → giấy chứng nhận kết hôn.</summary>
    Marriage,
    /// <summary>Khai tử → trích lục khai tử.</summary>
    Death,
    /// <summary>Xác nhận tình trạng hôn nhân → giấy xác nhận tình trạng hôn nhân.</summary>
    MaritalStatusConfirmation,
    /// <summary>Nhận cha, mẹ, con.</summary>
    ParentageRecognition,
    /// <summary>Giám hộ.</summary>
    Guardianship,
    /// <summary>Chấm dứt giám hộ.</summary>
    GuardianshipTermination,
    /// <summary>Thay đổi hộ tịch (e.g. a change of name).</summary>
    CivilStatusChange,
    /// <summary>Cải chính hộ tịch: correcting an error made at registration.</summary>
    CivilStatusCorrection,
    /// <summary>Bổ sung thông tin hộ tịch.</summary>
    CivilStatusSupplement,
    /// <summary>Xác định lại dân tộc.</summary>
    EthnicityRedetermination,
    /// <summary>Ghi vào sổ hộ tịch việc hộ tịch đã đăng ký ở nước ngoài (khai sinh, kết hôn, khai tử…).</summary>
    RecordingOfEventRegisteredAbroad,
    /// <summary>Ghi vào sổ hộ tịch việc ly hôn, hủy kết hôn đã giải quyết ở nước ngoài.</summary>
    RecordingOfDivorceAbroad,
}

public static class CivilStatusEventTypes
{
    public static string DisplayName(this CivilStatusEventType type) => type switch
    {
        CivilStatusEventType.Birth => "Khai sinh",
        CivilStatusEventType.Marriage => "Kết hôn",
        CivilStatusEventType.Death => "Khai tử",
        CivilStatusEventType.MaritalStatusConfirmation => "Xác nhận tình trạng hôn nhân",
        CivilStatusEventType.ParentageRecognition => "Nhận cha, mẹ, con",
        CivilStatusEventType.Guardianship => "Giám hộ",
        CivilStatusEventType.GuardianshipTermination => "Chấm dứt giám hộ",
        CivilStatusEventType.CivilStatusChange => "Thay đổi hộ tịch",
        CivilStatusEventType.CivilStatusCorrection => "Cải chính hộ tịch",
        CivilStatusEventType.CivilStatusSupplement => "Bổ sung thông tin hộ tịch",
        CivilStatusEventType.EthnicityRedetermination => "Xác định lại dân tộc",
        CivilStatusEventType.RecordingOfEventRegisteredAbroad => "Ghi vào sổ hộ tịch việc hộ tịch đã đăng ký ở nước ngoài",
        CivilStatusEventType.RecordingOfDivorceAbroad => "Ghi vào sổ hộ tịch việc ly hôn ở nước ngoài",
        _ => type.ToString(),
    };
}
