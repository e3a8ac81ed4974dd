namespace Justice.Domain.CivilRegistry;

/// <summary>Dân tộc: the 54 ethnic groups of Viet Nam, in the order of the statistics office's list.</summary>
public enum Ethnicity
{
    Kinh = 1, Tay, Thai, Hoa, Khmer, Muong, Nung, Hmong, Dao, JRai, Ngai, Ede, BaNa, XoDang, SanChay, CoHo, Cham, SanDiu,
    Hre, Mnong, Raglai, Xtieng, BruVanKieu, Tho, Giay, CoTu, GieTrieng, Ma, KhoMu, Co, TaOi, ChoRo, Khang, XinhMun,
    HaNhi, ChuRu, Lao, LaChi, LaHa, PhuLa, LaHu, Lu, LoLo, Chut, Mang, PaThen, CoLao, Cong, BoY, SiLa, PuPeo, Brau, ODu, RoMam,
}

public static class Ethnicities
{
    private static readonly Dictionary<Ethnicity, string> Names = new()
    {
        [Ethnicity.Kinh] = "Kinh", [Ethnicity.Tay] = "Tày", [Ethnicity.Thai] = "Thái", [Ethnicity.Hoa] = "Hoa",
        [Ethnicity.Khmer] = "Khơ-me", [Ethnicity.Muong] = "Mường", [Ethnicity.Nung] = "Nùng", [Ethnicity.Hmong] = "Mông",
        [Ethnicity.Dao] = "Dao", [Ethnicity.JRai] = "Gia-rai", [Ethnicity.Ngai] = "Ngái", [Ethnicity.Ede] = "Ê-đê",
        [Ethnicity.BaNa] = "Ba-na", [Ethnicity.XoDang] = "Xơ-đăng", [Ethnicity.SanChay] = "Sán Chay", [Ethnicity.CoHo] = "Cơ-ho",
        [Ethnicity.Cham] = "Chăm", [Ethnicity.SanDiu] = "Sán Dìu", [Ethnicity.Hre] = "Hrê", [Ethnicity.Mnong] = "Mnông",
        [Ethnicity.Raglai] = "Ra-glai", [Ethnicity.Xtieng] = "Xtiêng", [Ethnicity.BruVanKieu] = "Bru-Vân Kiều", [Ethnicity.Tho] = "Thổ",
        [Ethnicity.Giay] = "Giáy", [Ethnicity.CoTu] = "Cơ-tu", [Ethnicity.GieTrieng] = "Gié-Triêng", [Ethnicity.Ma] = "Mạ",
        [Ethnicity.KhoMu] = "Khơ-mú", [Ethnicity.Co] = "Co", [Ethnicity.TaOi] = "Tà-ôi", [Ethnicity.ChoRo] = "Chơ-ro",
        [Ethnicity.Khang] = "Kháng", [Ethnicity.XinhMun] = "Xinh-mun", [Ethnicity.HaNhi] = "Hà Nhì", [Ethnicity.ChuRu] = "Chu-ru",
        [Ethnicity.Lao] = "Lào", [Ethnicity.LaChi] = "La Chí", [Ethnicity.LaHa] = "La Ha", [Ethnicity.PhuLa] = "Phù Lá",
        [Ethnicity.LaHu] = "La Hủ", [Ethnicity.Lu] = "Lự", [Ethnicity.LoLo] = "Lô Lô", [Ethnicity.Chut] = "Chứt",
        [Ethnicity.Mang] = "Mảng", [Ethnicity.PaThen] = "Pà Thẻn", [Ethnicity.CoLao] = "Cơ Lao", [Ethnicity.Cong] = "Cống",
        [Ethnicity.BoY] = "Bố Y", [Ethnicity.SiLa] = "Si La", [Ethnicity.PuPeo] = "Pu Péo", [Ethnicity.Brau] = "Brâu",
        [Ethnicity.ODu] = "Ơ Đu", [Ethnicity.RoMam] = "Rơ-măm",
    };

    public static IReadOnlyCollection<Ethnicity> All => Names.Keys;

    /// <summary>The Vietnamese name (as printed on civil-status papers).</summary>
    public static string DisplayName(this Ethnicity ethnicity) => Names.TryGetValue(ethnicity, out var name)
        ? name
        : throw new Common.DomainException("ETHNICITY_UNKNOWN", "Dân tộc không thuộc danh mục 54 dân tộc Việt Nam.");

    public static Ethnicity Validate(Ethnicity ethnicity)
    {
        _ = ethnicity.DisplayName();
        return ethnicity;
    }
}
