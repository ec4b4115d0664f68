using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Workflows.Bench;

/// <summary>Facts about the machine the figures were measured on.</summary>
internal static class Machine
{
    /// <summary>The 1, 5 and 15 minute load averages (Linux), or an empty text elsewhere.</summary>
    public static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(' ', parts.Take(3));
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    /// <summary>The process's peak resident set (VmHWM on Linux) in MB.</summary>
    public static double PeakRssMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return Math.Round(process.PeakWorkingSet64 / (1024.0 * 1024.0), 1);
    }

    public static Dictionary<string, object> Describe(string loadBefore, string loadAfter) => new()
    {
        ["cores"] = Environment.ProcessorCount,
        ["os"] = RuntimeInformation.OSDescription,
        ["runtime"] = RuntimeInformation.FrameworkDescription,
        ["cpu"] = CpuModel(),
        ["loadAverageBefore"] = loadBefore,
        ["loadAverageAfter"] = loadAfter,
        ["storage"] = "Azurite (npm azurite, pinned in package.json) on the same machine",
        ["measuredAt"] = TimeProvider.System.GetUtcNow().ToString("u", CultureInfo.InvariantCulture),
#if DEBUG
        ["configuration"] = "Debug",
#else
        ["configuration"] = "Release",
#endif
    };

    private static string CpuModel()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? string.Empty;
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }
}
