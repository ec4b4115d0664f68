namespace Workflows.Host.Api;

/// <summary>The body of <c>POST /api/tokens</c>.</summary>
/// <param name="Name">What the token is for (1 to 100 characters), e.g. <c>export trimestrale</c>.</param>
public sealed record CreateApiTokenRequest(string? Name);
