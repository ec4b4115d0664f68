using Workflows.Desk.Events;
using Workflows.Desk.Requests;
using Workflows.Steps;

namespace Workflows.Host.Web.Links;

/// <summary>Decides whether a link's page may offer its action now, and the HTTP status of each refusal.</summary>
public static class LinkGate
{
    /// <summary>The refusal for <paramref name="reading"/>, or null when the action can be offered.</summary>
    public static LinkRefusal? Check(LinkReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        switch (reading.Status)
        {
            case LinkStatus.Invalid:
                return LinkRefusal.Invalid;
            case LinkStatus.Expired:
                return LinkRefusal.Expired;
            case LinkStatus.UnknownRequest:
                return LinkRefusal.UnknownRequest;
        }

        var instance = reading.Instance!;
        if (instance.RuntimeStatus == RuntimeStatus.Suspended)
        {
            return LinkRefusal.Suspended;
        }

        if (instance.IsTerminal)
        {
            return LinkRefusal.Ended;
        }

        if (!reading.IsCurrentStep || !AllowedNow(reading))
        {
            return LinkRefusal.MovedOn;
        }

        if (AlreadyDone(reading))
        {
            return LinkRefusal.Used;
        }

        return reading.Recipient == reading.Spec!.Party ? null : LinkRefusal.WrongRecipient;
    }

    /// <summary>The HTTP status a refusal is answered with.</summary>
    public static int StatusCode(LinkRefusal refusal) => refusal switch
    {
        LinkRefusal.Invalid => StatusCodes.Status400BadRequest,
        LinkRefusal.Expired or LinkRefusal.Used => StatusCodes.Status410Gone,
        LinkRefusal.UnknownRequest => StatusCodes.Status404NotFound,
        LinkRefusal.WrongRecipient => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status409Conflict,
    };

    private static bool AllowedNow(LinkReading reading)
    {
        var spec = reading.Spec!;
        if (reading.Request is { } request)
        {
            if (!DeskRequestEvents.AllowedIn(spec.EventName).Contains(request.Step))
            {
                return false;
            }

            return spec.Form switch
            {
                LinkFormKind.SlotChoice => spec.Number <= request.ProposedSlots.Count,
                LinkFormKind.Survey => request.SurveysSent.Contains(spec.Number!.Value),
                _ => true,
            };
        }

        return reading.Registration is { Step: EventRegistrationStep.Registered };
    }

    // A survey round answered through this link does not change the step: its answer is the sign the link was used.
    private static bool AlreadyDone(LinkReading reading) =>
        reading.Spec!.Form == LinkFormKind.Survey
        && reading.Request!.SurveyResponses.Any(r => r.Round == reading.Spec.Number);
}
