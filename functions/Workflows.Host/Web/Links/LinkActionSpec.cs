using Workflows.Desk.Requests;

namespace Workflows.Host.Web.Links;

/// <summary>What one e-mail action does: the event it raises, who may use it and the form its page shows.</summary>
/// <param name="Action">The action name in the URL, e.g. <c>accept</c>, <c>confirm-2</c>.</param>
/// <param name="Workflow">The workflow the action belongs to.</param>
/// <param name="EventName">The event raised on POST.</param>
/// <param name="Party">Who the link must have been sent to.</param>
/// <param name="Form">What the page asks for.</param>
/// <param name="Destructive">True when the action ends something for good (withdraw, cancel): the page warns.</param>
/// <param name="Number">The slot number (<c>confirm-N</c>) or the survey round (<c>survey-R</c>).</param>
/// <param name="Outcome">The meeting outcome an <c>outcome-*</c> action records.</param>
public sealed record LinkActionSpec(
    string Action,
    string Workflow,
    string EventName,
    LinkParty Party,
    LinkFormKind Form,
    bool Destructive = false,
    int? Number = null,
    MeetingOutcome? Outcome = null);
