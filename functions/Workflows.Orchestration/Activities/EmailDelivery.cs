using Workflows.Steps;

namespace Workflows.Orchestration.Activities;

/// <summary>The input of <see cref="SendEmailActivity"/>: one e-mail a step decided.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="WorkflowName">Its workflow type.</param>
/// <param name="EmailId">The e-mail's stable id within the instance (the send record's key).</param>
/// <param name="Email">The e-mail as decided.</param>
/// <param name="Attempt">1 for the first attempt.</param>
/// <param name="DecidedAt">When the step decided it (domain time).</param>
public sealed record EmailDelivery(string InstanceId, string WorkflowName, string EmailId, SendEmail Email, int Attempt, DateTimeOffset DecidedAt);

/// <summary>What became of one attempt.</summary>
/// <param name="Status"><see cref="Sent"/>, <see cref="Retry"/> or <see cref="Refused"/>.</param>
/// <param name="RetryAfter">When to try again (a provider's Retry-After), for <see cref="Retry"/>.</param>
/// <param name="Reason">The failure, without personal data.</param>
public sealed record EmailSendResult(string Status, TimeSpan? RetryAfter = null, string? Reason = null)
{
    /// <summary>The provider accepted it (now or on an earlier attempt).</summary>
    public const string Sent = "Sent";

    /// <summary>A temporary failure (429, 5xx, network): try again later.</summary>
    public const string Retry = "Retry";

    /// <summary>The provider refused it for good (4xx): listed for operators.</summary>
    public const string Refused = "Refused";
}
