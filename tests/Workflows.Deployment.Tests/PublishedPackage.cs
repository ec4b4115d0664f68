namespace Workflows.Deployment.Tests;

/// <summary>
/// Runs scripts/publish.sh once for the test class into a temporary artifacts folder (so a developer's own
/// artifacts/ is left alone), from a working directory outside the repository.
/// </summary>
public sealed class PublishedPackage : IAsyncLifetime
{
    private readonly string _artifacts = Path.Combine(Path.GetTempPath(), "workflows-publish-" + Guid.NewGuid().ToString("N"));

    /// <summary>How the script ended.</summary>
    public ScriptResult Result { get; private set; } = new(-1, string.Empty, "not run");

    /// <summary>The Functions script root the script laid out.</summary>
    public string Site => Path.Combine(_artifacts, "publish", "site");

    /// <summary>The zip to deploy.</summary>
    public string Zip => Path.Combine(_artifacts, "functionapp.zip");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_artifacts);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        Result = await Shell.RunAsync(
            Repository.PathOf("scripts", "publish.sh"),
            [],
            Path.GetTempPath(),
            new Dictionary<string, string> { ["PUBLISH_ARTIFACTS"] = _artifacts },
            timeout.Token);
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Directory.Delete(_artifacts, recursive: true);
        return Task.CompletedTask;
    }
}
