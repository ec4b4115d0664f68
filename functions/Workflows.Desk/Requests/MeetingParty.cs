namespace Workflows.Desk.Requests;

/// <summary>Who acted on a meeting.</summary>
public enum MeetingParty
{
    /// <summary>The applicant.</summary>
    Applicant = 0,

    /// <summary>The partner.</summary>
    Partner = 1,

    /// <summary>The network coordinator.</summary>
    Coordinator = 2,
}
