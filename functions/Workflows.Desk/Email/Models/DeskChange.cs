namespace Workflows.Desk.Email.Models;

/// <summary>The changes a desk is told about.</summary>
public enum DeskChange
{
    /// <summary>The request was filed and routed to a partner.</summary>
    Submitted = 0,

    /// <summary>The request was filed but no partner matches: the coordinator will assign one.</summary>
    SentToTriage = 1,

    /// <summary>A (new) partner has the request: rerouted, referred, reassigned or assigned from triage.</summary>
    Assigned = 2,

    /// <summary>The partner accepted.</summary>
    Accepted = 3,

    /// <summary>Every suitable partner declined.</summary>
    Declined = 4,

    /// <summary>The appointment is fixed.</summary>
    MeetingConfirmed = 5,

    /// <summary>The appointment was cancelled or is being rescheduled.</summary>
    MeetingCancelled = 6,

    /// <summary>The applicant withdrew.</summary>
    Withdrawn = 7,

    /// <summary>The partner recorded the meeting's outcome.</summary>
    OutcomeRecorded = 8,

    /// <summary>The follow-up is over.</summary>
    Closed = 9,
}
