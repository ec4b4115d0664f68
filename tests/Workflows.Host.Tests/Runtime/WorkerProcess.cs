using System.Diagnostics;

namespace Workflows.Host.Tests.Runtime;

/// <summary>
/// The built web app (<c>Workflows.Host.dll</c>) run as a separate worker process on a task hub of its own, so a test
/// can kill it with SIGKILL and start it again. Its settings come from environment variables.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Dictionary<string, string> _environment;
    private readonly Queue<string> _lastLines = new();
    private Process? _process;
    private bool _keep;
    private TaskCompletionSource _working = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public WorkerProcess(Dictionary<string, string> environment) => _environment = environment;

    /// <summary>Processes started so far.</summary>
    public int Starts { get; private set; }

    private int _stallsLogged;

    /// <summary>How many times the worker logged a stalled turn (error 5010), over all its starts.</summary>
    public int StallsLogged => Volatile.Read(ref _stallsLogged);

    /// <summary>The host's last lines of output (for a failure message).</summary>
    public string LastLines
    {
        get
        {
            lock (_lastLines)
            {
                return string.Join('\n', _lastLines);
            }
        }
    }

    /// <summary>Completes when the current process holds the hub's app lease, that is when it processes work.</summary>
    public Task Working => _working.Task;

    /// <summary>The web app's build output next to this test's (same configuration and framework).</summary>
    public static string HostDll()
    {
        var testDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tfm = testDir.Name;
        var configuration = testDir.Parent!.Name;
        var dll = Path.Combine(RepositoryRoot(), "functions", "Workflows.Host", "bin", configuration, tfm, "Workflows.Host.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"Build the web app first: {dll} is missing.");
    }

    /// <summary>The repository's root: the folder above this test's build output that holds Workflows.sln.</summary>
    public static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Workflows.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException("Workflows.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Starts a new worker process.</summary>
    public void Start()
    {
        var dll = HostDll();
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in _environment)
        {
            info.Environment[key] = value;
        }

        _working = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        Starts++;
    }

    /// <summary>Kills the worker with SIGKILL (no shutdown, no lease release) and waits for it to be gone.</summary>
    public async Task KillAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        process.Kill(entireProcessTree: true); // SIGKILL on Linux
        await process.WaitForExitAsync();
        process.Dispose();
        _process = null;
    }

    public void Dispose()
    {
        if (_process is { } process)
        {
            try
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
            catch (InvalidOperationException)
            {
            }

            process.Dispose();
            _process = null;
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("CRASH_TEST_LOG") is { Length: > 0 } log)
        {
            lock (_lastLines)
            {
                File.AppendAllText(log, line + Environment.NewLine);
            }
        }

        if (line.Contains("Successfully acquired app lease", StringComparison.Ordinal))
        {
            _working.TrySetResult();
        }

        if (line.Contains("is stalled: its turn failed", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _stallsLogged); // error 5010: a turn stalled
        }

        // Warnings and errors with their message line; the information lines are many and say little here.
        if (!line.StartsWith("      ", StringComparison.Ordinal))
        {
            _keep = !line.StartsWith("info:", StringComparison.Ordinal);
        }

        if (!_keep && !line.Contains("xception", StringComparison.Ordinal) && !line.Contains("fail", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            while (_lastLines.Count > 60)
            {
                _lastLines.Dequeue();
            }
        }
    }
}
