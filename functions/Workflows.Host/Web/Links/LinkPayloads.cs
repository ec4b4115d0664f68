using System.Globalization;
using Workflows.Desk.Calendar;
using Workflows.Desk.Events;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Host.Web.Shared;
using A = Workflows.Desk.Requests.DeskRequestActions;

namespace Workflows.Host.Web.Links;

using Partner = Workflows.Desk.Model.Partner;

/// <summary>
/// Turns a link's form into the event payload the workflow expects, checking on the server what the decider would
/// refuse (so the user reads a clear message next to the field instead of a refusal). Every payload carries the
/// link's step token.
/// </summary>
public static class LinkPayloads
{
    /// <summary>The length of a meeting unless the partner picks another.</summary>
    public const int DefaultMinutes = 60;

    /// <summary>
    /// Builds the payload of <paramref name="reading"/>'s action from <paramref name="input"/> at <paramref name="now"/>;
    /// proposed slots are checked against <paramref name="deskClosures"/> (the directory's, carried in the payload) or,
    /// when null, the closures the request was filed with.
    /// </summary>
    public static LinkPayload Build(LinkReading reading, LinkFormInput input, DateTimeOffset now, IReadOnlyList<DeskClosure>? deskClosures = null)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(input);
        var spec = reading.Spec ?? throw new ArgumentException("The reading has no action.", nameof(reading));
        var step = reading.Claims!.Step;
        var errors = new List<KeyValuePair<string, string>>();
        void Error(string field, string message) => errors.Add(new(field, message));

        string? Optional(string field, string? value)
        {
            var text = value?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            if (text.Length > DeskRequestRules.MaxTextLength)
            {
                Error(field, Texts.LinkTooLong(DeskRequestRules.MaxTextLength));
            }

            return text;
        }

        string Required(string field, string? value, string missing)
        {
            var text = Optional(field, value);
            if (text is null)
            {
                Error(field, missing);
            }

            return text ?? string.Empty;
        }

        object? payload = spec.Form switch
        {
            LinkFormKind.None => new ReminderRequest(step),
            LinkFormKind.OptionalNote when spec.Action == A.Accept => new PartnerAcceptance(step, Optional("note", input.Note)),
            LinkFormKind.OptionalNote => new OtherSlotsRequest(step, Optional("note", input.Note)),
            LinkFormKind.RequiredReason when spec.Action == A.PartnerCancel =>
                new MeetingCancellation(step, Required("reason", input.Reason, Texts.LinkReasonMissing)),
            LinkFormKind.RequiredReason => new PartnerDecline(step, Required("reason", input.Reason, Texts.LinkReasonMissing)),
            LinkFormKind.OptionalReason when spec.Workflow == EventRegistrationWorkflow.WorkflowName =>
                new RegistrationCancellation(step, Optional("reason", input.Reason)),
            LinkFormKind.OptionalReason => new Withdrawal(step, Optional("reason", input.Reason)),
            LinkFormKind.Question => new InfoQuestion(step, Required("question", input.Question, Texts.LinkQuestionMissing)),
            LinkFormKind.Answer => new InfoAnswer(step, Required("answer", input.Answer, Texts.LinkAnswerMissing)),
            LinkFormKind.Outcome => new OutcomeReport(step, spec.Outcome!.Value, Optional("note", input.Note)),
            LinkFormKind.SlotChoice => Choice(reading, step, now, Error),
            LinkFormKind.Survey => Survey(spec, step, input, Error, Optional),
            LinkFormKind.Referral => Referral(reading, step, input, Error, Required),
            LinkFormKind.PartnerChoice => Assignment(reading, step, input, Error, Optional),
            LinkFormKind.Slots => Slots(reading.Request!, deskClosures, step, input, now, Error),
            _ => null,
        };

        return errors.Count == 0 ? new LinkPayload(payload, []) : new LinkPayload(null, errors);
    }

    /// <summary>The partners the refer / assign / reassign form offers, by name.</summary>
    public static IReadOnlyList<Partner> PartnerOptions(LinkReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Request is not { } s || reading.Spec is not { } spec)
        {
            return [];
        }

        var options = spec.Form switch
        {
            // Referral skips every partner that already had the request, as the decider does.
            LinkFormKind.Referral => s.Partners.Where(p => !s.TriedPartnerIds.Contains(p.Id)),
            LinkFormKind.PartnerChoice => s.Partners.Where(p => p.Id != s.PartnerId),
            _ => [],
        };
        return [.. options.Where(p => p.ReviewerEmails.Any(e => !string.IsNullOrWhiteSpace(e))).OrderBy(p => p.Name, StringComparer.CurrentCulture)];
    }

    private static SlotChoice? Choice(LinkReading reading, string step, DateTimeOffset now, Action<string, string> error)
    {
        var number = reading.Spec!.Number!.Value;
        var slots = reading.Request!.ProposedSlots;
        if (number > slots.Count || slots[number - 1].Start <= now)
        {
            error(string.Empty, Texts.LinkSlotPassed);
            return null;
        }

        return new SlotChoice(step, number);
    }

    private static SurveyAnswer? Survey(
        LinkActionSpec spec, string step, LinkFormInput input, Action<string, string> error, Func<string, string?, string?> optional)
    {
        if (input.Progress is not { } progress || !Enum.IsDefined(progress))
        {
            error("progress", Texts.LinkProgressMissing);
        }

        if (input.Satisfaction is not (>= 1 and <= 5))
        {
            error("satisfaction", Texts.LinkSatisfactionMissing);
        }

        var comment = optional("comment", input.Comment);
        return input.Progress is { } p && input.Satisfaction is { } s
            ? new SurveyAnswer(step, spec.Number!.Value, p, s, comment)
            : null;
    }

    private static PartnerReferral? Referral(
        LinkReading reading, string step, LinkFormInput input, Action<string, string> error, Func<string, string?, string, string> required)
    {
        var partner = ChosenPartner(reading, input, error);
        var reason = required("reason", input.Reason, Texts.LinkReasonMissing);
        return partner is null ? null : new PartnerReferral(step, partner.Id, reason);
    }

    private static object? Assignment(
        LinkReading reading, string step, LinkFormInput input, Action<string, string> error, Func<string, string?, string?> optional)
    {
        var partner = ChosenPartner(reading, input, error);
        var note = optional("note", input.Note);
        if (partner is null)
        {
            return null;
        }

        return reading.Spec!.Action == A.TriageAssign
            ? new TriageAssignment(step, partner.Id, note)
            : new Reassignment(step, partner.Id, note);
    }

    private static Partner? ChosenPartner(LinkReading reading, LinkFormInput input, Action<string, string> error)
    {
        var partner = PartnerOptions(reading).FirstOrDefault(p => p.Id == input.PartnerId);
        if (partner is null)
        {
            error("partner", Texts.LinkPartnerMissing);
        }

        return partner;
    }

    private static SlotProposal? Slots(
        DeskRequestState request, IReadOnlyList<DeskClosure>? closures, string step, LinkFormInput input, DateTimeOffset now, Action<string, string> error)
    {
        var desk = closures is null ? request.Desk : request.Desk with { Closures = closures };
        var slots = new List<MeetingSlot>();
        var starts = new HashSet<DateTimeOffset>();
        for (var i = 0; i < input.Slots.Count; i++)
        {
            var typed = input.Slots[i];
            var id = "slot" + (i + 1).ToString(CultureInfo.InvariantCulture);
            if (!typed.IsFilled)
            {
                if (i == 0)
                {
                    error(id + "-date", Texts.LinkFirstSlotMissing);
                }

                continue;
            }

            var dateOk = DateOnly.TryParseExact(typed.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
            var timeOk = TimeOnly.TryParseExact(typed.Time?.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time);
            if (!dateOk)
            {
                error(id + "-date", Texts.LinkSlotDateInvalid);
            }

            if (!timeOk)
            {
                error(id + "-time", Texts.LinkSlotTimeInvalid);
            }

            if (typed.Minutes is not { } minutes || !DeskRequestRules.IsMeetingLength(minutes))
            {
                error(id + "-minutes", Texts.LinkSlotMinutesInvalid);
                continue;
            }

            if (typed.Place is not { } place || !Enum.IsDefined(place))
            {
                error(id + "-place", Texts.LinkSlotPlaceMissing);
                continue;
            }

            var video = typed.VideoUrl?.Trim();
            if (place == MeetingPlace.Remote
                && !(Uri.TryCreate(video, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            {
                error(id + "-video", Texts.LinkSlotVideoMissing);
                continue;
            }

            if (!dateOk || !timeOk)
            {
                continue;
            }

            var slot = new MeetingSlot(BusinessCalendar.AtRome(date, time), minutes, place, place == MeetingPlace.Remote ? video : null);
            if (slot.Start <= now)
            {
                error(id + "-date", Texts.LinkSlotInPast);
            }
            else if (place == MeetingPlace.AtDesk && desk.UnavailableDuring(slot.Start, slot.End) is { } closed)
            {
                switch (closed)
                {
                    case { Holiday: { } holiday }:
                        error(id + "-date", Texts.LinkSlotOnHoliday(date, holiday));
                        break;
                    case { Closure: { } closure }:
                        error(id + "-date", Texts.LinkSlotOnClosure(date, closure));
                        break;
                    default:
                        error(id + "-time", Texts.LinkSlotOutsideHours);
                        break;
                }
            }
            else if (!starts.Add(slot.Start))
            {
                error(id + "-time", Texts.LinkSlotDuplicate);
            }
            else
            {
                slots.Add(slot);
            }
        }

        return new SlotProposal(step, slots, closures);
    }
}
