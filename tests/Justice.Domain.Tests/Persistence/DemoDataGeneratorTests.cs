using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Justice.Domain.DemoData;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Domain.Tests.Persistence;

public partial class DemoDataGeneratorTests
{
    [System.Text.RegularExpressions.GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial System.Text.RegularExpressions.Regex Guids();

    private static readonly DateOnly ReferenceDate = new(2026, 6, 15);

    [Fact]
    public async Task Same_seed_gives_the_same_data_in_every_table()
    {
        var first = await GenerateAndDigestAsync(seed: 7);
        var second = await GenerateAndDigestAsync(seed: 7);

        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        foreach (var (table, digest) in first)
            Assert.True(digest == second[table], $"Table {table} differs between two runs with the same seed.");
        Assert.Contains(first, t => t.Value.Rows > 0);
    }

    [Fact]
    public async Task Another_seed_gives_other_data()
    {
        var first = await GenerateAndDigestAsync(seed: 7);
        var other = await GenerateAndDigestAsync(seed: 8);

        Assert.Contains(first, t => t.Value.Rows > 0 && other[t.Key] != t.Value);
    }

    private sealed record TableDigest(int Rows, string Hash);

    /// <summary>
    /// Generates the demo data into a fresh SQLite database and hashes every table's rows. Identifiers are
    /// fresh GUIDs on each run, so columns holding GUIDs are left out, and GUIDs inside text (message payloads)
    /// are masked: everything else must match.
    /// </summary>
    private static async Task<Dictionary<string, TableDigest>> GenerateAndDigestAsync(int seed)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.NewContext();
        var services = new ServiceCollection().AddJusticeDemoData().BuildServiceProvider();
        await services.GetRequiredService<DemoDataGenerator>().GenerateAsync(db, DemoScale.Demo, ReferenceDate, seed);

        var digests = new Dictionary<string, TableDigest>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var table in db.Model.GetRelationalModel().Tables)
        {
            var columns = table.Columns
                .Where(c => c.PropertyMappings.All(m => (Nullable.GetUnderlyingType(m.Property.ClrType) ?? m.Property.ClrType) != typeof(Guid)))
                .Select(c => $"\"{c.Name}\"").ToList();
            if (columns.Count == 0) continue;
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", columns)} FROM \"{table.Name}\"";
            var rows = new List<string>();
            await using (DbDataReader reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    var values = new object[reader.FieldCount];
                    reader.GetValues(values);
                    rows.Add(Guids().Replace(string.Join("\u001f", values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))), "<id>"));
                }
            }
            rows.Sort(StringComparer.Ordinal);
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", rows))));
            digests[table.Name] = new TableDigest(rows.Count, hash);
        }
        return digests;
    }
}
