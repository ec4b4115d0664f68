using Workflows.Desk.Requests;

namespace Workflows.Host.Web.Partner;

/// <summary>
/// The actions a partner takes from its pages — the same the e-mail links offer — and the steps they belong to.
/// The names are the e-mails' action names (<see cref="DeskRequestActions"/>), plus <see cref="Outcome"/> for the
/// three outcome buttons at once.
/// </summary>
public static class PartnerActions
{
    /// <summary>Accept the request.</summary>
    public const string Accept = DeskRequestActions.Accept;

    /// <summary>Decline with a reason.</summary>
    public const string Decline = DeskRequestActions.Decline;

    /// <summary>Refer to another partner of the network.</summary>
    public const string Refer = DeskRequestActions.Refer;

    /// <summary>Ask the applicant for information.</summary>
    public const string AskInfo = DeskRequestActions.AskInfo;

    /// <summary>Propose 1–3 slots.</summary>
    public const string ProposeSlots = DeskRequestActions.ProposeSlots;

    /// <summary>Propose new slots for a confirmed meeting.</summary>
    public const string Reschedule = DeskRequestActions.PartnerReschedule;

    /// <summary>Cancel a confirmed meeting.</summary>
    public const string CancelMeeting = DeskRequestActions.PartnerCancel;

    /// <summary>Record the meeting's outcome (held, no-show, to reschedule).</summary>
    public const string Outcome = "outcome";

    /// <summary>Every action.</summary>
    public static IReadOnlyList<string> All { get; } = [Accept, Decline, Refer, AskInfo, ProposeSlots, Reschedule, CancelMeeting, Outcome];

    /// <summary>The actions of <paramref name="step"/>, in the order the page offers them.</summary>
    public static IReadOnlyList<string> For(DeskRequestStep step) => step switch
    {
        DeskRequestStep.AwaitingPartnerReview => [Accept, AskInfo, Refer, Decline],
        DeskRequestStep.Scheduling => [ProposeSlots],
        DeskRequestStep.Confirmed => [Reschedule, CancelMeeting],
        DeskRequestStep.AwaitingOutcome => [Outcome],
        _ => [],
    };

    /// <summary>True for the actions that hand the request on, after which the partner no longer sees it.</summary>
    public static bool HandsOn(string action) => action is Decline or Refer;

    /// <summary>True for the actions that propose slots.</summary>
    public static bool ProposesSlots(string action) => action is ProposeSlots or Reschedule;
}
