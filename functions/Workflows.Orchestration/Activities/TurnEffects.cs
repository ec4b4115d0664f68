namespace Workflows.Orchestration.Activities;

/// <summary>The input of <see cref="CompleteTurnActivity"/>: a turn's e-mails, then its view.</summary>
/// <param name="Emails">The e-mails to send (none for a turn that sends nothing).</param>
/// <param name="View">The view after the turn and the timeline entries it added.</param>
public sealed record TurnEffects(IReadOnlyList<EmailDelivery> Emails, ViewUpdate View);
