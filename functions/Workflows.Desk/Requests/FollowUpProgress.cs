namespace Workflows.Desk.Requests;

/// <summary>The applicant's own account of where their project stands (follow-up survey).</summary>
public enum FollowUpProgress
{
    /// <summary>Not started yet.</summary>
    NotStarted = 0,

    /// <summary>Under way.</summary>
    InProgress = 1,

    /// <summary>Achieved (patent filed, business opened, call won, job found, ...).</summary>
    Achieved = 2,

    /// <summary>Given up.</summary>
    GaveUp = 3,
}
