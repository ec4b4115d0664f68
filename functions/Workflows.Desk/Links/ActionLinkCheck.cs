namespace Workflows.Desk.Links;

/// <summary>The result of <see cref="ActionLinkSigner.Verify"/>.</summary>
/// <param name="Outcome">The verdict.</param>
/// <param name="Claims">The claims when <see cref="ActionLinkOutcome.Valid"/> or <see cref="ActionLinkOutcome.Expired"/>
/// (an expired link still says which request it was for, so the page can say so); otherwise null.</param>
/// <param name="KeyId">The key id the token names, when it could be read.</param>
public sealed record ActionLinkCheck(ActionLinkOutcome Outcome, ActionLinkClaims? Claims, string? KeyId)
{
    /// <summary>True when the link may be acted on (still subject to single use, step and recipient checks).</summary>
    public bool IsValid => Outcome == ActionLinkOutcome.Valid;
}
