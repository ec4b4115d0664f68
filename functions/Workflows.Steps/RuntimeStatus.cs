namespace Workflows.Steps;

/// <summary>The engine-level status of an instance, with Durable Functions' names.</summary>
public enum RuntimeStatus
{
    /// <summary>Created but not yet started by its first decision.</summary>
    Pending = 0,

    /// <summary>Started and waiting for events or timers.</summary>
    Running = 1,

    /// <summary>Suspended by an operator: events are refused and timers are deferred until resumed.</summary>
    Suspended = 2,

    /// <summary>The workflow completed.</summary>
    Completed = 3,

    /// <summary>The decider threw; the failure is kept in the history.</summary>
    Failed = 4,

    /// <summary>Terminated by an operator.</summary>
    Terminated = 5,
}
