using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Workflows.Deployment.Tests;

/// <summary>
/// <c>./scripts/run.sh</c> as a person runs it in a terminal: in a process group of its own with SIGINT at its default,
/// then Ctrl-C, which the terminal sends to that whole group. Everything it started must be gone, its ports free,
/// within 40 seconds.
/// </summary>
public sealed class RunCommandStopTests
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(40);

    [Fact]
    public async Task Given_the_run_command_serving_when_Ctrl_C_reaches_its_process_group_then_host_and_Azurite_are_gone_within_40_seconds()
    {
        var data = Directory.CreateTempSubdirectory("run-command-").FullName;
        int[] ports = [FreePort(), FreePort(), FreePort(), FreePort()];
        var (web, blob, queue, table) = (ports[0], ports[1], ports[2], ports[3]);
        var output = new StringBuilder();
        var startInfo = new ProcessStartInfo("env")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        // A terminal's foreground job: SIGINT not ignored, its own process group (the script is the group's leader).
        foreach (var argument in (string[])["--default-signal=INT,TERM", "setsid", "bash", "scripts/run.sh"])
        {
            startInfo.ArgumentList.Add(argument);
        }

        Shell.PrepareEnvironment(startInfo, new Dictionary<string, string>
        {
            ["PORT"] = web.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AZURITE_BLOB_PORT"] = blob.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AZURITE_QUEUE_PORT"] = queue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AZURITE_TABLE_PORT"] = table.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AZURITE_DATA"] = Path.Combine(data, "azurite"),
            ["Demo__Requests"] = "3",
        });

        using var script = Process.Start(startInfo) ?? throw new InvalidOperationException("run.sh did not start.");
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Collect(object? sender, DataReceivedEventArgs line)
        {
            if (line.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line.Data);
            }

            if (line.Data.Contains("running at", StringComparison.Ordinal))
            {
                started.TrySetResult();
            }
        }

        script.OutputDataReceived += Collect;
        script.ErrorDataReceived += Collect;
        script.BeginOutputReadLine();
        script.BeginErrorReadLine();
        try
        {
            await started.Task.WaitAsync(StartLimit);
            Assert.True(await AnswersAsync(web), $"The host does not answer on {web}.\n{Log(output)}");
            Assert.True(await AnswersAsync(table), $"Azurite does not answer on {table}.\n{Log(output)}");

            var pressed = Stopwatch.StartNew();
            Signal("INT", $"-{script.Id}"); // the whole process group, as the terminal does
            using var limit = new CancellationTokenSource(StopLimit);
            await script.WaitForExitAsync(limit.Token);
            foreach (var port in ports)
            {
                Assert.False(await AnswersAsync(port), $"Port {port} still answers after Ctrl-C.\n{Log(output)}");
            }

            Assert.Empty(Survivors(data, web));
            Assert.True(pressed.Elapsed < StopLimit, $"Stopped after {pressed.Elapsed}.");
            Assert.Contains("Stopped.", Log(output), StringComparison.Ordinal);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"run.sh still running {StopLimit.TotalSeconds} s after Ctrl-C; left: {string.Join(", ", Survivors(data, web))}\n{Log(output)}");
        }
        finally
        {
            foreach (var survivor in Survivors(data, web))
            {
                Signal("KILL", survivor.Split(' ')[0]);
            }

            if (!script.HasExited)
            {
                script.Kill(entireProcessTree: true);
            }

            Directory.Delete(data, recursive: true);
        }
    }

    private static string Log(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    /// <summary>Processes the run started: Azurite by its data folder, the host by its address (pid and command line).</summary>
    private static List<string> Survivors(string data, int webPort)
    {
        var found = new List<string>();
        foreach (var pattern in (string[])[data, $"127.0.0.1:{webPort}"])
        {
            var pgrep = Process.Start(new ProcessStartInfo("pgrep", ["-af", pattern]) { RedirectStandardOutput = true })!;
            found.AddRange(pgrep.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Where(line => !line.Contains("pgrep", StringComparison.Ordinal)));
            pgrep.WaitForExit();
        }

        return found;
    }

    private static void Signal(string signal, string target)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", "--", target]))!;
        kill.WaitForExit();
    }

    private static async Task<bool> AnswersAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port).WaitAsync(TimeSpan.FromSeconds(2));
            return true;
        }
        catch (Exception e) when (e is SocketException or TimeoutException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
