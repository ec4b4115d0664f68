using Azure.Data.Tables;
using Workflows.Steps;

namespace Workflows.Orchestration.Views;

/// <summary>An attempt to send one e-mail, read from its send record before the provider is called.</summary>
/// <param name="InstanceId">The instance that sends it.</param>
/// <param name="EmailId">The e-mail's id within the instance.</param>
/// <param name="RefusedBefore">The e-mail had been refused for good (it is on the operators' list) before this attempt.</param>
public sealed record EmailAttempt(InstanceId InstanceId, string EmailId, bool RefusedBefore)
{
    /// <summary>The record the outcome is written on: a new one on the first attempt, else the record as read.</summary>
    internal TableEntity Record { get; init; } = new();

    /// <summary>No record exists yet (the first attempt).</summary>
    internal bool IsNew { get; init; }
}
