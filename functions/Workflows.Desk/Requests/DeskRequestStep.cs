namespace Workflows.Desk.Requests;

/// <summary>The business steps of a desk request, shown as the instance's custom status.</summary>
public enum DeskRequestStep
{
    /// <summary>Filed by the desk, not yet routed (only inside the start decision).</summary>
    Submitted = 0,

    /// <summary>No partner serves the topic in the territory: the coordinator assigns one.</summary>
    AwaitingTriage = 1,

    /// <summary>A partner analyses the request: accept, decline, refer, ask for information.</summary>
    AwaitingPartnerReview = 2,

    /// <summary>The partner asked the applicant for information.</summary>
    InfoRequested = 3,

    /// <summary>The partner accepted and is to propose 1–3 appointment slots.</summary>
    Scheduling = 4,

    /// <summary>The applicant has the convocation with the slots to choose from.</summary>
    ConvocationSent = 5,

    /// <summary>The appointment is fixed; the invite was sent.</summary>
    Confirmed = 6,

    /// <summary>The meeting time has passed: the partner records what happened.</summary>
    AwaitingOutcome = 7,

    /// <summary>Follow-up surveys at +30 and +90 days.</summary>
    FollowUp = 8,

    /// <summary>Completed after the follow-up.</summary>
    Closed = 9,

    /// <summary>Every suitable partner declined.</summary>
    Declined = 10,

    /// <summary>The applicant withdrew.</summary>
    Withdrawn = 11,
}
