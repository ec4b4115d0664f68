namespace Workflows.Host.Authorization;

/// <summary>A token just issued: the only moment its text exists outside the caller's hands.</summary>
/// <param name="Token">The stored description.</param>
/// <param name="Secret">The bearer text (<c>wfk_{id}_{64 hex}</c>) to show once.</param>
public sealed record IssuedApiToken(ApiToken Token, string Secret);
