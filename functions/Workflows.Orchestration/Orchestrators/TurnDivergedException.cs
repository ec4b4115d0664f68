using DurableTask.Core.Exceptions;
using Workflows.Steps;

namespace Workflows.Orchestration.Orchestrators;

/// <summary>
/// Replaying a past turn, this code decided it differently from the code that took it (other e-mails, another step):
/// its recorded results cannot be paired with what this code decided. The execution is left as it is, never ended: the
/// local worker abandons the work item (it comes back, and a worker running the code that took the turn, after a
/// rollback, finishes it), and the reason is logged at every attempt.
/// </summary>
public sealed class TurnDivergedException : SessionAbortedException
{
    /// <summary>Creates the exception for the turn at <paramref name="sequence"/>.</summary>
    public TurnDivergedException(InstanceId instanceId, long sequence, string recorded, string decided)
        : base($"The rules decided a past turn differently (instance {instanceId.Value}, turn {sequence}: recorded {recorded}, decided now {decided}); left for the code that took it.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public TurnDivergedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public TurnDivergedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public TurnDivergedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
