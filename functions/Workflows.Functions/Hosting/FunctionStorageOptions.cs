using System.ComponentModel.DataAnnotations;

namespace Workflows.Functions.Hosting;

/// <summary>
/// Where the dashboard's tables and the local mailbox live (section <c>Storage</c>, the same keys as the web app's):
/// a connection string locally, the table endpoint with the user-assigned identity in Azure. The task hub itself is
/// host.json's (<c>AzureWebJobsStorage</c>).
/// </summary>
public sealed class FunctionStorageOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Storage";

    /// <summary>A connection string (Azurite).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The Table service endpoint (Azure).</summary>
    [Url]
    public string? TableServiceUri { get; set; }

    /// <summary>The client id of the user-assigned managed identity (Azure).</summary>
    public string? ClientId { get; set; }

    /// <summary>Prefix of the dashboard's tables; the web app's value.</summary>
    public string TablePrefix { get; set; } = "wf";

    /// <summary>True when a connection string or the table endpoint is set.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString) || !string.IsNullOrWhiteSpace(TableServiceUri);
}
