using System.Text.Json;

namespace Workflows.Orchestration.Orchestrators;

/// <summary>
/// The input of a workflow orchestration: the start input on the first execution, then the carried
/// <see cref="DeciderMemory"/> on every execution after a continue-as-new.
/// </summary>
public sealed record OrchestrationInput
{
    /// <summary>The workflow's start input (first execution only).</summary>
    public JsonElement? StartInput { get; init; }

    /// <summary>The domain time of the start, as the client decided it (first execution only).</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>
    /// Tests and the demo only: whether signals may move the instance's domain clock forward. Set by the client from
    /// configuration at start; production never sets it.
    /// </summary>
    public bool ClockTravel { get; init; }

    /// <summary>The memory carried across continue-as-new (null on the first execution).</summary>
    public DeciderMemory? Memory { get; init; }
}
