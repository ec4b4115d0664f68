namespace Workflows.Engine;

/// <summary>Instants at which a crash is simulated by the fault-injection tests.</summary>
internal enum FaultPoint
{
    /// <summary>Due-index rows written, transition not committed.</summary>
    AfterIntentsBeforeCommit,

    /// <summary>Transition committed, nothing enqueued or indexed.</summary>
    AfterCommitBeforeEnqueue,

    /// <summary>The provider accepted the e-mail, the outbox row is not marked sent.</summary>
    AfterSendBeforeMark,

    /// <summary>The sweeper read its due rows and crashed before handling them.</summary>
    MidSweep,

    /// <summary>A timer's transition committed, its due row not deleted.</summary>
    AfterTimerCommit,
}

/// <summary>The engine's fault-injection seam: a no-op in production, a crash on demand in tests.</summary>
internal sealed class EngineFaults
{
    public Func<FaultPoint, bool>? ShouldFail { get; set; }

    public void Hit(FaultPoint point)
    {
        if (ShouldFail?.Invoke(point) == true)
        {
            throw new SimulatedCrashException(point);
        }
    }
}

/// <summary>Thrown by <see cref="EngineFaults"/> to simulate a process dying at a point.</summary>
internal sealed class SimulatedCrashException(FaultPoint point) : Exception($"Simulated crash at {point}.")
{
    public FaultPoint Point { get; } = point;
}
