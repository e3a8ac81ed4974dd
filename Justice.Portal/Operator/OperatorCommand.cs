using Justice.Domain.Common;
using Justice.Domain.DemoData;
using Justice.Domain.Persistence;

namespace Justice.Portal.Operator;

/// <summary>
/// The verbs operators run with the same executable: <c>migrate</c>, <c>seed</c>, and the search verbs
/// (<see cref="SearchVerbs"/>). Everything after the
/// verb that is not the verb's own option goes to the host's configuration (<c>--Justice:DataPath=…</c>).
/// </summary>
internal static class OperatorCommand
{
    private static readonly string[] Verbs = ["migrate", "seed", "reindex", "import-statutes", "create-admin", "create-client", "help"];

    public static (string? Verb, string[] HostArgs) Split(string[] args) =>
        args.Length > 0 && Verbs.Contains(args[0], StringComparer.OrdinalIgnoreCase)
            ? (args[0].ToLowerInvariant(), SearchVerbs.NameImportFile(args[0], args[1..]))
            : (null, args);

    public static async Task<int> RunAsync(WebApplication app, string verb, string[] args)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Justice.Operator");
        try
        {
            switch (verb)
            {
                case "migrate":
                    await MigrateAsync(app, logger);
                    Console.WriteLine("Database is up to date.");
                    return 0;
                case "seed":
                    return await SeedAsync(app, logger, args);
                case "reindex":
                    return await SearchVerbs.ReindexAsync(app, logger);
                case "import-statutes":
                    return await SearchVerbs.ImportStatutesAsync(app, logger, args);
                case "create-admin":
                    await MigrateAsync(app, logger);
                    return await AccountVerbs.CreateAdministratorAsync(app, args);
                case "create-client":
                    await MigrateAsync(app, logger);
                    return await AccountVerbs.CreateClientAsync(app, args);
                default:
                    PrintHelp();
                    return 0;
            }
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            PrintHelp();
            return 2;
        }
    }

    private static async Task MigrateAsync(WebApplication app, ILogger logger)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<JusticeDbContext>(), logger);
    }

    private static async Task<int> SeedAsync(WebApplication app, ILogger logger, string[] args)
    {
        var scale = DemoScale.Parse(Option(args, "--scale") ?? "demo");
        var seed = int.Parse(Option(args, "--seed") ?? DemoDataGenerator.DefaultSeed.ToString());
        var referenceDate = Option(args, "--reference-date") is { } date
            ? DateOnly.ParseExact(date, "yyyy-MM-dd")
            : VietnamTime.LocalDate(TimeProvider.System.GetUtcNow().UtcDateTime);

        await MigrateAsync(app, logger);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
        if (await DemoDataGenerator.HasDataAsync(db, default))
        {
            Console.Error.WriteLine("The database already holds data; seed only fills an empty database.");
            return 1;
        }
        var started = TimeProvider.System.GetTimestamp();
        var progress = new Progress<(string Area, TimeSpan Took)>(p => Console.WriteLine($"{p.Area}: {p.Took.TotalSeconds:F1} s"));
        await scope.ServiceProvider.GetRequiredService<DemoDataGenerator>()
            .GenerateAsync(db, scale, referenceDate, seed, progress);
        await Identity.DemoIdentities.CreateAsync(scope.ServiceProvider);
        Console.WriteLine($"Seeded {scale.CivilStatusRecords:N0} civil-status records and the demo data of every area " +
                          $"in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:F1} s.");
        return 0;
    }

    public static string Required(string[] args, string name) =>
        Option(args, name) ?? throw new ArgumentException($"{name} is required.");

    public static string? Option(string[] args, string name)
    {
        var index = Array.FindIndex(args, a => a.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (index < 0) return null;
        if (index + 1 >= args.Length) throw new ArgumentException($"{name} needs a value.");
        return args[index + 1];
    }

    private static void PrintHelp() => Console.WriteLine("""
        Usage: Justice.Portal [verb] [options] [--Justice:DataPath=… --Justice:Database:Provider=PostgreSql …]
          (no verb)                         run the web host
          migrate                           apply pending database migrations and exit
          seed [--scale demo|national|N]    fill an empty database with the deterministic demo data
               [--seed N] [--reference-date yyyy-MM-dd]
          reindex                           rebuild the search indexes from the database
          import-statutes <file.json>       load a statute corpus as legal documents and index them
          create-admin --email E --name N   create an administrator account; the password is read from
               [--organisation CODE]        JUSTICE_ADMIN_PASSWORD or standard input
          create-client --client-id ID      register a system calling the API with client credentials;
               --name N --organisation CODE the secret is generated and shown once
               --scopes "legal.read …"
        """);
}
