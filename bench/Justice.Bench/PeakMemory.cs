using System.Diagnostics;

namespace Justice.Bench;

/// <summary>
/// Samples the process's working set while a step runs and keeps the highest value: the OS peak
/// counter never goes down, so it cannot tell a later, smaller step from an earlier, larger one.
/// </summary>
public sealed class PeakMemory : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public PeakMemory()
    {
        Sample(null);
        _timer = new Timer(Sample, null, TimeSpan.Zero, TimeSpan.FromMilliseconds(50));
    }

    public double PeakMiB => Interlocked.Read(ref _peak) / (1024.0 * 1024.0);

    private void Sample(object? state)
    {
        using var process = Process.GetCurrentProcess();
        var current = process.WorkingSet64;
        long seen;
        do { seen = Interlocked.Read(ref _peak); }
        while (current > seen && Interlocked.CompareExchange(ref _peak, current, seen) != seen);
    }

    public void Dispose()
    {
        _timer.Dispose();
        Sample(null);
    }
}
