namespace Workflows.Desk.Requests;

/// <summary>Where a proposed appointment takes place.</summary>
public enum MeetingPlace
{
    /// <summary>At the desk, in the town hall, during its office hours.</summary>
    AtDesk = 0,

    /// <summary>Remotely, by video call.</summary>
    Remote = 1,
}
