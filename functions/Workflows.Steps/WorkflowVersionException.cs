namespace Workflows.Steps;

/// <summary>A saved state's version cannot be decided by the deployed workflow and no migration exists.</summary>
public sealed class WorkflowVersionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkflowVersionException(string workflow, int savedVersion, int currentVersion)
        : base($"Workflow '{workflow}' cannot decide state version {savedVersion} (current version {currentVersion}, no migration).")
    {
        Workflow = workflow;
        SavedVersion = savedVersion;
        CurrentVersion = currentVersion;
    }

    /// <summary>Creates the exception.</summary>
    public WorkflowVersionException() : base("Unsupported workflow state version.") => Workflow = string.Empty;

    /// <summary>Creates the exception.</summary>
    public WorkflowVersionException(string message) : base(message) => Workflow = string.Empty;

    /// <summary>Creates the exception.</summary>
    public WorkflowVersionException(string message, Exception inner) : base(message, inner) => Workflow = string.Empty;

    /// <summary>The workflow name.</summary>
    public string Workflow { get; }

    /// <summary>The version the state was saved with.</summary>
    public int SavedVersion { get; }

    /// <summary>The deployed version.</summary>
    public int CurrentVersion { get; }
}
