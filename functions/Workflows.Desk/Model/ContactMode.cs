namespace Workflows.Desk.Model;

/// <summary>How the applicant prefers to be met.</summary>
public enum ContactMode
{
    /// <summary>At the desk, in the town hall.</summary>
    AtDesk = 0,

    /// <summary>By phone.</summary>
    Phone = 1,

    /// <summary>By video call.</summary>
    Video = 2,
}
