using System.ComponentModel.DataAnnotations;

namespace Workflows.Host.Extensions;

/// <summary>
/// Where the service keeps its state. Locally: the Azurite connection string. In Azure: the table and queue
/// service URIs, reached with the app's managed identity (DefaultAzureCredential); no keys.
/// </summary>
public sealed class StorageOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Storage";

    /// <summary>A connection string (Azurite locally).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The Table service endpoint (Azure).</summary>
    [Url]
    public string? TableServiceUri { get; set; }

    /// <summary>The Queue service endpoint (Azure).</summary>
    [Url]
    public string? QueueServiceUri { get; set; }

    /// <summary>The Blob service endpoint (Azure; the task hub keeps its leases and large messages there). Derived from
    /// <see cref="QueueServiceUri"/> when not set.</summary>
    [Url]
    public string? BlobServiceUri { get; set; }

    /// <summary>The client id of a user-assigned managed identity, if one is used.</summary>
    public string? ClientId { get; set; }

    /// <summary>Prefix of the engine's tables.</summary>
    public string TablePrefix { get; set; } = "wf";

    /// <summary>How long the start-up waits for storage to answer before going on without it (default one minute).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan StartupWait { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>True when either a connection string or both URIs are set.</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(ConnectionString) || (!string.IsNullOrWhiteSpace(TableServiceUri) && !string.IsNullOrWhiteSpace(QueueServiceUri));
}
