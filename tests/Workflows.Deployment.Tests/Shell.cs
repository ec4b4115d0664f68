using System.Diagnostics;

namespace Workflows.Deployment.Tests;

/// <summary>Runs the repository's bash scripts as a developer or CI would.</summary>
public static class Shell
{
    /// <summary>
    /// Runs <c>bash script args...</c> in <paramref name="workingDirectory"/> and waits for it, killing it
    /// when <paramref name="cancellationToken"/> fires.
    /// </summary>
    public static async Task<ScriptResult> RunAsync(
        string script,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment,
        CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("bash")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        PrepareEnvironment(startInfo, environment);

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"bash {script} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ScriptResult(process.ExitCode, await output, await error);
    }

    /// <summary>
    /// Clears the MSBuild variables `dotnet test` leaves in the test process: a nested `dotnet publish`
    /// or `dotnet restore` would otherwise load the outer build's MSBuild and SDK resolver settings.
    /// </summary>
    public static void PrepareEnvironment(ProcessStartInfo startInfo, IReadOnlyDictionary<string, string>? environment)
    {
        var inherited = startInfo.Environment.Keys
            .Where(key => key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var key in inherited)
        {
            startInfo.Environment.Remove(key);
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[key] = value;
        }
    }
}
