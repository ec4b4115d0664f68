namespace Workflows.Host.Authorization;

/// <summary>An API token as listed: never its secret, which is shown once at issue and stored only as a hash.</summary>
/// <param name="Id">The token id (also inside the token text).</param>
/// <param name="Name">What the coordinator called it (e.g. <c>report export</c>).</param>
/// <param name="Owner">Who issued it (the coordinator's e-mail address); only they list and revoke it.</param>
/// <param name="CreatedAt">When it was issued.</param>
/// <param name="RevokedAt">When it was revoked; null while valid.</param>
/// <param name="Networks">
/// The networks its owner coordinated when it was issued: the token sees only their requests. Null for a
/// coordinator of the whole service (no network), who sees every network.
/// </param>
public sealed record ApiToken(string Id, string Name, string Owner, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, IReadOnlyList<string>? Networks)
{
    /// <summary>True once revoked.</summary>
    public bool IsRevoked => RevokedAt is not null;
}
