namespace Workflows.Host.Api;

/// <summary>A token just issued. <see cref="Token"/> is shown this once and never again.</summary>
/// <param name="Id">The token id (to revoke it).</param>
/// <param name="Name">Its name.</param>
/// <param name="CreatedAt">When it was issued.</param>
/// <param name="Token">The bearer text: <c>Authorization: Bearer {token}</c>.</param>
public sealed record CreatedApiToken(string Id, string Name, DateTimeOffset CreatedAt, string Token);
