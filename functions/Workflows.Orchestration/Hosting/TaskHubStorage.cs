using Azure.Core;

namespace Workflows.Orchestration.Hosting;

/// <summary>Where the task hub lives: a connection string (Azurite) or the account's endpoints with an identity (Azure).</summary>
/// <param name="ConnectionString">A storage connection string (local).</param>
/// <param name="BlobServiceUri">The blob endpoint (Azure; leases and large messages).</param>
/// <param name="QueueServiceUri">The queue endpoint (Azure).</param>
/// <param name="TableServiceUri">The table endpoint (Azure).</param>
/// <param name="Credential">The managed identity (Azure).</param>
public sealed record TaskHubStorage(string? ConnectionString, Uri? BlobServiceUri, Uri? QueueServiceUri, Uri? TableServiceUri, TokenCredential? Credential);
