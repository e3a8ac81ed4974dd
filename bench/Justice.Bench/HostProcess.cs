using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Justice.Bench.Search;
using Npgsql;

namespace Justice.Bench;

/// <summary>
/// The host as deployed, in its own process: the built <c>Justice.Portal.dll</c> with its own runtime settings
/// (server garbage collection among them), PostgreSQL, the demo data, Kestrel on a free loopback port. Scenarios that
/// load the host from outside use it, so that the benchmark's own work and settings do not share the host's process.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly string _dataPath;

    private HostProcess(Process process, Uri address, string dataPath)
    {
        Process = process;
        Address = address;
        _dataPath = dataPath;
    }

    public Process Process { get; }
    public Uri Address { get; }

    /// <summary>Starts the host on <paramref name="connectionString"/> (seeded with the demo data when empty) and waits until <c>/health</c> answers.</summary>
    public static async Task<HostProcess> StartAsync(string connectionString, IDictionary<string, string>? settings = null)
    {
        var dataPath = Directory.CreateTempSubdirectory("justice-bench-host-").FullName;
        var port = FreePort();
        var dll = BenchCorpus.RepositoryFile("Justice.Portal", "bin", "Release", "net10.0", "Justice.Portal.dll");
        // The project folder as content root: its wwwroot is served as in production.
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", BenchCorpus.RepositoryFile("Justice.Portal")])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Justice__DataPath"] = dataPath;
        start.Environment["Justice__Database__Provider"] = "PostgreSql";
        start.Environment["Justice__Database__ConnectionString"] = connectionString;
        start.Environment["Justice__SeedDemoDataWhenEmpty"] = "true";
        start.Environment["Justice__Identity__AllowHttp"] = "true";
        start.Environment["Mail__DispatcherEnabled"] = "false";
        // Errors only, to standard error: a failed request must say why.
        start.Environment["Logging__LogLevel__Default"] = "Error";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}/"), dataPath);
        using var probe = new HttpClient { BaseAddress = host.Address };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                if ((await probe.GetAsync("health")).IsSuccessStatusCode) return host;
            }
            catch (HttpRequestException) { }
            if (process.HasExited)
            {
                await host.DisposeAsync();
                throw new InvalidOperationException("The host stopped while starting.");
            }
            await Task.Delay(500);
        }
        await host.DisposeAsync();
        throw new TimeoutException("The host did not start.");
    }

    /// <summary>Resident memory of the host, MiB.</summary>
    public double ResidentMiB()
    {
        foreach (var line in File.ReadLines($"/proc/{Process.Id}/status"))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
        return 0;
    }

    /// <summary>User and system CPU time of the host (fields 14 and 15 of /proc/PID/stat, in clock ticks of 1/100 s).</summary>
    public double CpuSeconds()
    {
        var fields = File.ReadAllText($"/proc/{Process.Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        await Process.WaitForExitAsync();
        Process.Dispose();
        NpgsqlConnection.ClearAllPools();
        Directory.Delete(_dataPath, recursive: true);
    }
}
