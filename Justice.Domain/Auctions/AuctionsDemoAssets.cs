using Justice.Domain.DemoData;
using System.Globalization;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Enforcement;

namespace Justice.Domain.Auctions;

/// <summary>Realistic assets for the auction demo data: land lots, houses, cars, goods, confiscated lots.</summary>
internal static class AuctionsDemoAssets
{
    private static readonly NumberFormatInfo Vietnamese = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    private static readonly (string Model, string Body, int MinMillion, int MaxMillion)[] Cars =
    [
        ("Toyota Vios", "Xe ô tô con", 250, 450), ("Toyota Fortuner", "Xe ô tô con", 550, 950), ("Hyundai Accent", "Xe ô tô con", 250, 420),
        ("Kia Morning", "Xe ô tô con", 120, 260), ("Mazda CX-5", "Xe ô tô con", 450, 780), ("Ford Ranger", "Xe ô tô bán tải", 400, 680),
        ("Mitsubishi Xpander", "Xe ô tô con", 380, 560), ("Honda CR-V", "Xe ô tô con", 600, 900), ("Mercedes-Benz C200", "Xe ô tô con", 800, 1_350),
        ("Hyundai HD72", "Xe ô tô tải", 200, 450), ("Thaco Auman C160", "Xe ô tô tải", 300, 700), ("Toyota Innova", "Xe ô tô con", 300, 550),
    ];
    private static readonly string[] Colours = ["trắng", "đen", "bạc", "xám", "đỏ", "xanh"];

    /// <summary>Vehicle registration prefixes, which differ from the statistics codes of the same provinces.</summary>
    private static readonly Dictionary<string, string> PlatePrefixes = new()
    {
        ["01"] = "30", ["04"] = "11", ["08"] = "22", ["11"] = "27", ["12"] = "25", ["14"] = "26", ["15"] = "24", ["19"] = "20",
        ["20"] = "12", ["22"] = "14", ["24"] = "98", ["25"] = "19", ["31"] = "15", ["33"] = "89", ["37"] = "35", ["38"] = "36",
        ["40"] = "37", ["42"] = "38", ["44"] = "73", ["46"] = "75", ["48"] = "43", ["51"] = "76", ["52"] = "81", ["56"] = "79",
        ["66"] = "47", ["68"] = "49", ["75"] = "60", ["79"] = "51", ["80"] = "62", ["82"] = "66", ["86"] = "64", ["91"] = "67",
        ["92"] = "65", ["96"] = "69",
    };

    public static (string Description, AuctionAssetType Type, long StartingPrice) Create(
        Random random, AssetOwnerKind ownerKind, AdministrativeUnit province, IReadOnlyList<AdministrativeUnit> communes)
    {
        var type = PickType(random, ownerKind);
        var commune = communes.Count > 0 ? communes[random.Next(communes.Count)].Name : "trung tâm";
        var place = $"{commune}, {DemoPeople.ProvinceDisplayName(province)}";
        var city = province.Name.StartsWith("Thành phố ", StringComparison.Ordinal);
        var (description, price) = type switch
        {
            AuctionAssetType.LandUseRights => Land(random, place, city),
            AuctionAssetType.RealEstate => House(random, place, city),
            AuctionAssetType.Vehicles => Vehicle(random, province, ownerKind),
            AuctionAssetType.Goods => GoodsLot(random),
            AuctionAssetType.ConfiscatedAssets => Confiscated(random),
            _ => OtherRight(random, place),
        };
        var suffix = ownerKind switch
        {
            AssetOwnerKind.EnforcementAgency => "; tài sản kê biên để thi hành án",
            AssetOwnerKind.Bank => "; tài sản bảo đảm của khoản vay do ngân hàng xử lý",
            _ => "",
        };
        return (description + suffix, type, DemoPeople.RoundPrice(price));
    }

    private static AuctionAssetType PickType(Random random, AssetOwnerKind ownerKind)
    {
        var r = random.NextDouble();
        return ownerKind switch
        {
            AssetOwnerKind.EnforcementAgency => r < 0.30 ? AuctionAssetType.LandUseRights : r < 0.65 ? AuctionAssetType.RealEstate : r < 0.90 ? AuctionAssetType.Vehicles : AuctionAssetType.Goods,
            AssetOwnerKind.Bank => r < 0.30 ? AuctionAssetType.LandUseRights : r < 0.75 ? AuctionAssetType.RealEstate : r < 0.95 ? AuctionAssetType.Vehicles : AuctionAssetType.Goods,
            AssetOwnerKind.StateBody => r < 0.40 ? AuctionAssetType.LandUseRights : r < 0.65 ? AuctionAssetType.ConfiscatedAssets : r < 0.80 ? AuctionAssetType.Vehicles : r < 0.95 ? AuctionAssetType.Other : AuctionAssetType.Goods,
            _ => r < 0.40 ? AuctionAssetType.RealEstate : r < 0.80 ? AuctionAssetType.Vehicles : AuctionAssetType.LandUseRights,
        };
    }

    private static (string, double) Land(Random random, string place, bool city)
    {
        var area = Math.Round(80 + random.NextDouble() * 220, 1);
        var urban = city || random.Next(3) == 0;
        var perSquareMetre = urban ? 8_000_000 + random.NextDouble() * 52_000_000 : 1_000_000 + random.NextDouble() * 7_000_000;
        var purpose = urban ? "đất ở tại đô thị" : "đất ở tại nông thôn";
        return ($"Quyền sử dụng đất thửa đất số {random.Next(1, 900)}, tờ bản đồ số {random.Next(1, 60)}, diện tích {area.ToString("N1", Vietnamese)} m², " +
                $"tại {place}; mục đích sử dụng: {purpose}; thời hạn sử dụng: lâu dài", area * perSquareMetre);
    }

    private static (string, double) House(Random random, string place, bool city)
    {
        var area = Math.Round(50 + random.NextDouble() * 150, 1);
        var floors = random.Next(1, 6);
        var street = DemoPeople.Streets[random.Next(DemoPeople.Streets.Length)];
        var perSquareMetre = city ? 30_000_000 + random.NextDouble() * 120_000_000 : 6_000_000 + random.NextDouble() * 30_000_000;
        return ($"Quyền sử dụng đất và tài sản gắn liền với đất (nhà ở {floors} tầng, tổng diện tích sàn {(area * floors).ToString("N1", Vietnamese)} m²) " +
                $"tại số {random.Next(1, 300)} đường {street}, {place}; thửa đất số {random.Next(1, 900)}, tờ bản đồ số {random.Next(1, 60)}, " +
                $"diện tích {area.ToString("N1", Vietnamese)} m²", area * perSquareMetre + floors * 250_000_000d);
    }

    private static (string, double) Vehicle(Random random, AdministrativeUnit province, AssetOwnerKind ownerKind)
    {
        var (model, body, min, max) = Cars[random.Next(Cars.Length)];
        var prefix = PlatePrefixes.GetValueOrDefault(province.Code, "30");
        var letter = "ABCDEFGHK"[random.Next(9)];
        var plate = $"{prefix}{letter}-{random.Next(100, 1000)}.{random.Next(0, 100):00}";
        var year = 2012 + random.Next(12);
        var used = ownerKind == AssetOwnerKind.StateBody ? "xe công thanh lý" : "xe đã qua sử dụng";
        return ($"{body} nhãn hiệu {model}, biển kiểm soát {plate}, màu sơn {Colours[random.Next(Colours.Length)]}, sản xuất năm {year}; {used}",
            (min + random.NextDouble() * (max - min)) * 1_000_000);
    }

    private static (string, double) GoodsLot(Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                var tonnes = random.Next(8, 120);
                return ($"Lô thép cuộn cán nóng, khối lượng {tonnes} tấn", tonnes * (14_000_000 + random.NextDouble() * 3_000_000));
            case 1:
                return ("Dây chuyền máy móc, thiết bị sản xuất gạch không nung (đã qua sử dụng), gồm máy ép, máy trộn và băng tải",
                    300_000_000 + random.NextDouble() * 2_200_000_000);
            case 2:
                var cubic = Math.Round(10 + random.NextDouble() * 60, 1);
                return ($"Lô gỗ xẻ các loại, khối lượng {cubic.ToString("N1", Vietnamese)} m³", cubic * (8_000_000 + random.NextDouble() * 7_000_000));
            default:
                var scrap = random.Next(20, 300);
                return ($"Lô phế liệu sắt thép thu hồi từ thanh lý tài sản, khối lượng khoảng {scrap} tấn", scrap * (7_000_000 + random.NextDouble() * 2_000_000));
        }
    }

    private static (string, double) Confiscated(Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                var bikes = random.Next(10, 80);
                return ($"Lô tang vật tịch thu sung quỹ nhà nước: {bikes} xe mô tô các loại đã qua sử dụng", bikes * (3_000_000 + random.NextDouble() * 5_000_000));
            case 1:
                var phones = random.Next(50, 600);
                return ($"Lô hàng hóa tịch thu: {phones} điện thoại di động các loại", phones * (500_000 + random.NextDouble() * 2_500_000));
            case 2:
                var timber = Math.Round(5 + random.NextDouble() * 40, 1);
                return ($"Lô gỗ tròn tịch thu sung quỹ nhà nước, khối lượng {timber.ToString("N1", Vietnamese)} m³", timber * (5_000_000 + random.NextDouble() * 7_000_000));
            default:
                var tonnage = random.Next(50, 800);
                return ($"Phương tiện thủy nội địa (tàu vỏ thép) bị tịch thu, trọng tải {tonnage} tấn", 80_000_000 + tonnage * 700_000d);
        }
    }

    private static (string, double) OtherRight(Random random, string place) =>
        random.Next(2) == 0
            ? ($"Quyền khai thác khoáng sản cát làm vật liệu xây dựng thông thường tại {place}, diện tích {Math.Round(1 + random.NextDouble() * 9, 1).ToString("N1", Vietnamese)} ha",
                500_000_000 + random.NextDouble() * 4_500_000_000)
            : ($"Quyền thuê ki-ốt kinh doanh tại chợ {place}, thời hạn 05 năm", 50_000_000 + random.NextDouble() * 250_000_000);
}
