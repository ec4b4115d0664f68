using System.Text.Json;

namespace Workflows.Deployment.Tests;

/// <summary>
/// Runs scripts/bicep.sh once for the test class (restore the Bicep CLI, compile, lint every file) and keeps
/// the compiled ARM template it wrote to a temporary file.
/// </summary>
public sealed class CompiledTemplate : IAsyncLifetime
{
    private readonly string _outFile = Path.Combine(Path.GetTempPath(), "workflows-main-" + Guid.NewGuid().ToString("N") + ".json");

    /// <summary>How the script ended.</summary>
    public ScriptResult Result { get; private set; } = new(-1, string.Empty, "not run");

    /// <summary>Every resource of the template, modules' nested templates included.</summary>
    public IReadOnlyList<JsonElement> Resources { get; private set; } = [];

    /// <summary>The compiled template as text.</summary>
    public string Text { get; private set; } = string.Empty;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        Result = await Shell.RunAsync(
            Repository.PathOf("scripts", "bicep.sh"),
            [],
            Repository.Root,
            new Dictionary<string, string> { ["BICEP_OUTFILE"] = _outFile },
            timeout.Token);
        if (File.Exists(_outFile))
        {
            Text = await File.ReadAllTextAsync(_outFile);
            using var document = JsonDocument.Parse(Text);
            Resources = Flatten(document.RootElement).Select(r => r.Clone()).ToList();
        }
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        File.Delete(_outFile);
        return Task.CompletedTask;
    }

    /// <summary>The resources of one type (e.g. Microsoft.Storage/storageAccounts).</summary>
    public IEnumerable<JsonElement> OfType(string type) =>
        Resources.Where(r => string.Equals(r.GetProperty("type").GetString(), type, StringComparison.OrdinalIgnoreCase));

    /// <summary>The nested template of a module (a Microsoft.Resources/deployments resource) by module name.</summary>
    public JsonElement Module(string name) =>
        OfType("Microsoft.Resources/deployments")
            .Single(d => d.GetProperty("name").GetString() == name)
            .GetProperty("properties").GetProperty("template");

    private static IEnumerable<JsonElement> Flatten(JsonElement template)
    {
        if (!template.TryGetProperty("resources", out var resources))
        {
            yield break;
        }

        // Templates with symbolic names hold resources in an object, others in an array.
        var items = resources.ValueKind == JsonValueKind.Object
            ? resources.EnumerateObject().Select(p => p.Value)
            : resources.EnumerateArray();
        foreach (var resource in items)
        {
            yield return resource;
            if (resource.TryGetProperty("properties", out var properties)
                && properties.ValueKind == JsonValueKind.Object
                && properties.TryGetProperty("template", out var nested))
            {
                foreach (var inner in Flatten(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}
