namespace Workflows.Email;

/// <summary>A provider accepted an e-mail.</summary>
/// <param name="Provider">Which sender took it: <c>sendgrid</c>, <c>smtp</c> or <c>local-mailbox</c>.</param>
/// <param name="MessageId">The provider's id of the message (SendGrid's <c>X-Message-Id</c>), when it gave one.</param>
public sealed record EmailSendResult(string Provider, string? MessageId);
