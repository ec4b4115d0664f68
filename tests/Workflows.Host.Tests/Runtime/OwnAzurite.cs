using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Workflows.Host.Tests.Runtime;

/// <summary>
/// An Azurite of its own, for the test that loads storage hardest (the crash test): Azurite serves each service on one Node.js thread, and
/// 200 requests driven through a worker that is killed under them would queue every other test's storage calls behind
/// theirs. Started with the repository's <c>scripts/azurite.sh</c> on free ports, stopped and deleted at the end;
/// without the script's Azurite (tests run against an emulator of one's own) the shared one is used.
/// </summary>
internal sealed class OwnAzurite : IAsyncDisposable
{
    private readonly int[] _pids;
    private readonly string? _location;

    private OwnAzurite(string connectionString, int[] pids, string? location)
    {
        ConnectionString = connectionString;
        _pids = pids;
        _location = location;
    }

    /// <summary>The connection string of this Azurite (or of the shared one).</summary>
    public string ConnectionString { get; }

    public static async Task<OwnAzurite> StartAsync()
    {
        var root = WorkerProcess.RepositoryRoot();
        var script = Path.Combine(root, "scripts", "azurite.sh");
        if (!File.Exists(script) || !File.Exists(Path.Combine(root, "node_modules", ".bin", "azurite")))
        {
            return new OwnAzurite(TestStorage.ConnectionString, [], null);
        }

        var location = Path.Combine(Path.GetTempPath(), "azurite-" + Guid.NewGuid().ToString("N")[..8]);
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add($"source scripts/azurite.sh && azurite_start '{location}' {FreePort()} {FreePort()} {FreePort()} && echo \"$AZURITE_PID\" && echo \"$AZURITE_CONNECTION_STRING\"");
        using var bash = Process.Start(info)!;
        var output = await bash.StandardOutput.ReadToEndAsync();
        var errors = await bash.StandardError.ReadToEndAsync();
        await bash.WaitForExitAsync();
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var pids = lines.Length < 2 ? [] : lines[^2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => int.TryParse(p, out var pid) ? pid : 0).ToArray();
        if (bash.ExitCode != 0 || pids.Length == 0 || pids.Contains(0))
        {
            throw new InvalidOperationException($"Azurite did not start (exit {bash.ExitCode}): {output} {errors}");
        }

        var azurite = new OwnAzurite(lines[^1], pids, location);
        await TestStorage.EnsureReachableAsync(azurite.ConnectionString);
        return azurite;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var pid in _pids)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }

        if (_location is not null && Directory.Exists(_location))
        {
            Directory.Delete(_location, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
