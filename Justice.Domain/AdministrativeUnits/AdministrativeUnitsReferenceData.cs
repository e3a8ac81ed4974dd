using System.Reflection;
using Justice.Domain.DemoData;
using Justice.Domain.Persistence;

namespace Justice.Domain.AdministrativeUnits;

/// <summary>
/// Loads the real administrative units: the 63 provinces until 30/06/2025 and the 34 provinces with
/// their 3,321 communes since 01/07/2025, each old province linked to its successor.
/// </summary>
public sealed class AdministrativeUnitsReferenceData : IDemoDataContributor
{
    public int Order => 0;
    public string Area => "AdministrativeUnits";

    public Task SeedAsync(JusticeDbContext db, DemoDataContext context, CancellationToken cancellationToken)
    {
        var reform = AdministrativeUnit.Reform2025;
        var provinces = ReadCsv("provinces-2025.csv")
            .Select(r => new AdministrativeUnit(r[1], r[2], AdministrativeLevel.Province, null, reform))
            .ToList();
        var provinceByName = provinces.ToDictionary(p => p.Name);
        var provinceByCode = provinces.ToDictionary(p => p.Code);
        // The communes file names provinces "Tỉnh Cao Bằng" where the provinces file says "Cao Bằng".
        var communes = ReadCsv("communes-2025.csv")
            .Select(r => new AdministrativeUnit(r[1], r[2], AdministrativeLevel.Commune, provinceByName[r[3].StartsWith("Tỉnh ", StringComparison.Ordinal) ? r[3][5..] : r[3]], reform));

        var oldProvinces = Provinces1991To2025.All.Select(p =>
        {
            var unit = new AdministrativeUnit(p.Code, p.Name, AdministrativeLevel.Province, null, Provinces1991To2025.ValidFrom);
            unit.SucceededBy(provinceByCode[p.SuccessorCode]);
            return unit;
        });

        db.AddRange(provinces);
        db.AddRange(oldProvinces);
        db.AddRange(communes);
        return Task.CompletedTask;
    }

    /// <summary>Rows of an embedded CSV, header skipped. The files have no quoted commas.</summary>
    private static IEnumerable<string[]> ReadCsv(string fileName)
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream($"Justice.Domain.AdministrativeUnits.Data.{fileName}")
            ?? throw new InvalidOperationException($"Embedded resource {fileName} is missing.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var rows = new List<string[]>();
        while (reader.ReadLine() is { Length: > 0 } line) rows.Add(line.Split(','));
        return rows;
    }
}
