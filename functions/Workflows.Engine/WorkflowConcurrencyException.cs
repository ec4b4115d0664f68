namespace Workflows.Engine;

/// <summary>A transition kept losing the optimistic-concurrency race and gave up; retrying later is safe.</summary>
public sealed class WorkflowConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkflowConcurrencyException() : base("The instance changed concurrently too many times.") { }

    /// <summary>Creates the exception.</summary>
    public WorkflowConcurrencyException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public WorkflowConcurrencyException(string message, Exception inner) : base(message, inner) { }
}
