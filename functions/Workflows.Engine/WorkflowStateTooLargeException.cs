namespace Workflows.Engine;

/// <summary>A decided state (or input, or e-mail model) exceeds what one snapshot entity can hold.</summary>
public sealed class WorkflowStateTooLargeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkflowStateTooLargeException(string what, int length, int max)
        : base($"{what} is {length} characters; the snapshot holds at most {max}.") { }

    /// <summary>Creates the exception.</summary>
    public WorkflowStateTooLargeException() : base("State too large.") { }

    /// <summary>Creates the exception.</summary>
    public WorkflowStateTooLargeException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public WorkflowStateTooLargeException(string message, Exception inner) : base(message, inner) { }
}
