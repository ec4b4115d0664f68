using System.Text.Json;

namespace Workflows.Deployment.Tests;

/// <summary>
/// Runs <c>scripts/publish.sh all</c> once for the test collection (dotnet publish of the Function App and the web app,
/// Release) into a temporary artifacts folder, so a developer's own artifacts/ is left alone, and reads what the
/// Functions host reads; the web app's tests start the published web app from <see cref="WebApp"/>.
/// </summary>
public sealed class PublishedPackage : IAsyncLifetime
{
    private readonly string _artifacts = Path.Combine(Path.GetTempPath(), "workflows-publish-" + Guid.NewGuid().ToString("N"));

    /// <summary>How the script ended.</summary>
    public ScriptResult Result { get; private set; } = new(-1, string.Empty, "not run");

    /// <summary>The published Function App.</summary>
    public string Output => Path.Combine(_artifacts, "publish", "functions");

    /// <summary>The published web app (App Service).</summary>
    public string WebApp => Path.Combine(_artifacts, "publish", "webapp");

    /// <summary>The zip to deploy.</summary>
    public string Zip => Path.Combine(_artifacts, "functionapp.zip");

    /// <summary>functions.metadata: every function with its bindings.</summary>
    public IReadOnlyList<JsonElement> Functions { get; private set; } = [];

    /// <summary>extensions.json: the host extensions the worker needs.</summary>
    public JsonElement Extensions { get; private set; }

    /// <summary>host.json as published.</summary>
    public JsonElement Host { get; private set; }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_artifacts);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        Result = await Shell.RunAsync(
            Repository.PathOf("scripts", "publish.sh"),
            ["all"],
            Path.GetTempPath(),
            new Dictionary<string, string> { ["PUBLISH_ARTIFACTS"] = _artifacts },
            timeout.Token);
        Functions = Read("functions.metadata") is { ValueKind: JsonValueKind.Array } functions ? [.. functions.EnumerateArray()] : [];
        Extensions = Read(Path.Combine("bin", "extensions.json")) ?? Read("extensions.json") ?? default;
        Host = Read("host.json") ?? default;
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Directory.Delete(_artifacts, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The function of that name in functions.metadata.</summary>
    public JsonElement Function(string name) => Functions.Single(f => f.GetProperty("name").GetString() == name);

    /// <summary>The trigger binding of a function.</summary>
    public JsonElement Trigger(string name) =>
        Function(name).GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    private JsonElement? Read(string relative)
    {
        var path = Path.Combine(Output, relative);
        if (!File.Exists(path))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }
}
