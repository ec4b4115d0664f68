using System.Diagnostics;
using System.Globalization;

namespace Workflows.Bench;

/// <summary>
/// CPU time used so far by this process and by the Azurite processes (<c>AZURITE_PID</c>, one or more, set by scripts/bench.sh),
/// so a phase can report CPU milliseconds per operation on each side: a cost that depends far less on how busy
/// the machine is than operations per second do.
/// </summary>
internal readonly record struct CpuTime(TimeSpan Bench, TimeSpan? Azurite)
{
    private static readonly int[] AzuritePids = (Environment.GetEnvironmentVariable("AZURITE_PID") ?? "")
        .Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
        .Select(p => int.Parse(p, CultureInfo.InvariantCulture))
        .ToArray();

    public static CpuTime Now()
    {
        using var self = Process.GetCurrentProcess();
        return new CpuTime(self.TotalProcessorTime, ReadAzurite());
    }

    /// <summary>CPU ms per operation between two readings: (bench, azurite); NaN when unknown.</summary>
    public static (double Bench, double Azurite) PerOperation(CpuTime from, CpuTime to, long operations)
    {
        var n = Math.Max(1, operations);
        var azurite = from.Azurite is { } a && to.Azurite is { } b ? (b - a).TotalMilliseconds / n : double.NaN;
        return (Math.Round((to.Bench - from.Bench).TotalMilliseconds / n, 3), Math.Round(azurite, 3));
    }

    private static TimeSpan? ReadAzurite()
    {
        if (AzuritePids.Length == 0)
        {
            return null;
        }

        var total = TimeSpan.Zero;
        foreach (var pid in AzuritePids)
        {
            if (ReadProcess(pid) is not { } used)
            {
                return null;
            }

            total += used;
        }

        return total;
    }

    private static TimeSpan? ReadProcess(int pid)
    {
        try
        {
            // /proc/PID/stat: fields 14 and 15 (utime, stime) in clock ticks (100 per second on Linux), after the ")".
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromMilliseconds(ticks * 10);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
