namespace Workflows.Deployment.Tests;

/// <summary>How a script run ended, with everything it printed.</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
public sealed record ScriptResult(int ExitCode, string Output, string Error)
{
    /// <summary>Both streams, for assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}
