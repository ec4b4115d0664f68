using Workflows.Steps;

namespace Workflows.Host.Web.Coordinator;

/// <summary>The coordinator's actions on an instance and when each is offered.</summary>
public static class InstanceActions
{
    /// <summary>Every action, in the order the page lists them.</summary>
    public static IReadOnlyList<string> All { get; } = ["remind", "reassign", "raise", "suspend", "resume", "terminate", "erase", "purge"];

    /// <summary>The event the <c>remind</c> action raises (payload <c>{ "step": "..." }</c>); the workflow re-sends the current step's e-mail.</summary>
    public const string RemindEvent = "Remind";

    /// <summary>The event the <c>reassign</c> action raises, with payload <c>{ "step": "...", "partnerId": "...", "reason": "..." }</c>.</summary>
    public const string ReassignEvent = "Reassign";

    /// <summary>The event that assigns a partner to a request in triage, with payload <c>{ "partnerId": "..." }</c>.</summary>
    public const string TriageAssignEvent = "TriageAssign";

    /// <summary>The desk request's step waiting for the coordinator to choose a partner.</summary>
    public const string TriageStep = "AwaitingTriage";

    /// <summary>True when <paramref name="action"/> makes sense for an instance in <paramref name="status"/>.</summary>
    public static bool IsOffered(string action, RuntimeStatus status) => action switch
    {
        "remind" or "reassign" or "raise" or "suspend" => status is RuntimeStatus.Running,
        "resume" => status is RuntimeStatus.Suspended,
        "terminate" => status is RuntimeStatus.Pending or RuntimeStatus.Running or RuntimeStatus.Suspended,
        "erase" or "purge" => status is RuntimeStatus.Completed or RuntimeStatus.Failed or RuntimeStatus.Terminated,
        _ => false,
    };

    /// <summary>True for an action that cannot be undone (shown as a danger button).</summary>
    public static bool IsDestructive(string action) => action is "terminate" or "erase" or "purge";
}
