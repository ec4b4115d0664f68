using System.Text.Json;
using Workflows.Desk.Calendar;
using Workflows.Desk.Email.Models;
using Workflows.Desk.Model;
using Workflows.Desk.Routing;
using Workflows.Desk.Steps;
using Workflows.Steps;

namespace Workflows.Desk.Requests;

/// <summary>
/// The desk request: submitted at a desk, routed to a partner by topic × territory, reviewed, scheduled, met,
/// followed up and closed (ARCHITECTURE.md §4).
/// </summary>
/// <remarks>
/// <para><b>Steps.</b> AwaitingTriage | AwaitingPartnerReview ⇄ InfoRequested → Scheduling → ConvocationSent →
/// Confirmed → AwaitingOutcome → FollowUp → Closed; Declined and Withdrawn end it too. The step is the custom status.</para>
/// <para><b>Step tokens.</b> Every step change increments <see cref="DeskRequestState.StepNumber"/>; links and pages
/// carry the token they were issued for and an event with another token, or not allowed in the current step
/// (<see cref="DeskRequestEvents.AllowedIn"/>), is rejected so nothing changes.</para>
/// <para><b>Timers.</b> Each timer belongs to the step that scheduled it and is cancelled when that step ends; a timer
/// that fires but is not pending (stale, moved) is rejected. Partner deadlines count business days (Europe/Rome,
/// holidays and the comune's patron day skipped) from the partner's <see cref="PartnerSla"/>.</para>
/// <para><b>Purity.</b> Everything the decider needs (desk, comune, network, partners) is in the state; the clock is
/// <see cref="DecisionContext.Now"/>. Mails are <see cref="SendEmail"/> effects rendered later.</para>
/// </remarks>
public sealed class DeskRequestWorkflow : Workflow<DeskRequestInput, DeskRequestState>
{
    /// <summary>The workflow type name.</summary>
    public const string WorkflowName = "DeskRequest";

    /// <inheritdoc />
    public override string Name => WorkflowName;

    /// <summary>The network's coordinators: they are alerted when the request cannot go on by itself.</summary>
    public override IReadOnlyList<string> Responsible(DeskRequestState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return [.. state.Network.CoordinatorEmails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim())];
    }

    /// <inheritdoc />
    public override Decision<DeskRequestState> Start(DeskRequestInput input, DecisionContext context)
    {
        if (Validate(input) is { } problem)
        {
            return Reject(problem);
        }

        var state = new DeskRequestState
        {
            RequestCode = input.RequestCode.Trim(),
            Desk = input.Desk,
            Comune = input.Comune,
            Network = input.Network,
            Partners = input.Partners,
            Applicant = input.Applicant,
            Category = input.Category,
            Description = input.Description.Trim(),
            PreferredContact = input.PreferredContact,
            Consent = input.Consent,
            SubmittedAt = context.Now,
            Step = DeskRequestStep.Submitted,
            StepEnteredAt = context.Now,
        };
        var t = new DeskRequestTransition(state, context);
        var partner = PartnerRouting.Route(state.Category, state.Comune.Istat, state.Comune.Province, state.Partners);
        if (partner is null)
        {
            EnterTriage(t);
        }
        else
        {
            Assign(t, partner, AssignmentReason.Routed, note: null);
            EnterReview(t);
        }

        DeskRequestMail.RequestReceived(t);
        DeskRequestMail.ToDesk(t, partner is null ? DeskChange.SentToTriage : DeskChange.Submitted);
        return t.Decide();
    }

    /// <inheritdoc />
    public override Decision<DeskRequestState> Decide(DeskRequestState state, WorkflowMessage message, DecisionContext context)
    {
        if (state.Step.IsTerminal())
        {
            return Reject($"The request is {state.Step}.");
        }

        try
        {
            return message switch
            {
                TimerFired timer => OnTimer(state, timer, context),
                EventRaised raised => OnEvent(state, raised, context),
                _ => Reject($"Unknown message '{message.Name}'."),
            };
        }
        catch (JsonException)
        {
            return Reject($"The payload of '{message.Name}' is not valid.");
        }
    }

    private static Decision<DeskRequestState> OnEvent(DeskRequestState state, EventRaised raised, DecisionContext context)
    {
        var allowed = DeskRequestEvents.AllowedIn(raised.Name);
        if (allowed.Count == 0)
        {
            return Reject($"Unknown event '{raised.Name}'.");
        }

        if (DeskRequestEvents.NeedsStepToken(raised.Name) && StepTokens.Read(raised.Payload) != state.StepToken)
        {
            return Reject($"'{raised.Name}' was issued for another step; the request is now {state.Step}.");
        }

        if (!allowed.Contains(state.Step))
        {
            return Reject($"'{raised.Name}' is not allowed while the request is {state.Step}.");
        }

        var t = new DeskRequestTransition(state, context);
        var problem = raised.Name switch
        {
            DeskRequestEvents.PartnerAccepted => OnAccepted(t, Payload<PartnerAcceptance>(raised)),
            DeskRequestEvents.PartnerDeclined => OnDeclined(t, Payload<PartnerDecline>(raised)),
            DeskRequestEvents.PartnerReferred => OnReferred(t, Payload<PartnerReferral>(raised)),
            DeskRequestEvents.PartnerAskedInfo => OnAskedInfo(t, Payload<InfoQuestion>(raised)),
            DeskRequestEvents.InfoAnswered => OnInfoAnswered(t, Payload<InfoAnswer>(raised)),
            DeskRequestEvents.SlotsProposed => OnSlotsProposed(t, Payload<SlotProposal>(raised)),
            DeskRequestEvents.SlotConfirmed => OnSlotConfirmed(t, Payload<SlotChoice>(raised)),
            DeskRequestEvents.OtherSlotsRequested => OnOtherSlotsRequested(t, Payload<OtherSlotsRequest>(raised)),
            DeskRequestEvents.MeetingCancelled => OnMeetingCancelled(t, Payload<MeetingCancellation>(raised)),
            DeskRequestEvents.ApplicantWithdrew => OnWithdrew(t, Payload<Withdrawal>(raised)),
            DeskRequestEvents.OutcomeRecorded => OnOutcomeRecorded(t, Payload<OutcomeReport>(raised)),
            DeskRequestEvents.SurveyAnswered => OnSurveyAnswered(t, Payload<SurveyAnswer>(raised)),
            DeskRequestEvents.Reassign => OnReassign(t, Payload<Reassignment>(raised)),
            DeskRequestEvents.Remind => OnRemind(t),
            DeskRequestEvents.TriageAssign => OnTriageAssign(t, Payload<TriageAssignment>(raised)),
            DeskRequestEvents.EmailUndeliverable => OnEmailUndeliverable(t, Payload<DeliveryFailure>(raised)),
            _ => $"Unknown event '{raised.Name}'.",
        };
        return problem is null ? t.Decide() : Reject(problem);
    }

    private static Decision<DeskRequestState> OnTimer(DeskRequestState state, TimerFired timer, DecisionContext context)
    {
        var pending = state.Timers.FirstOrDefault(x => x.Name == timer.Name && x.DueAt == timer.DueAt);
        if (pending is null)
        {
            return Reject($"Timer '{timer.Name}' is not pending while the request is {state.Step}.");
        }

        var t = new DeskRequestTransition(state with { Timers = [.. state.Timers.Where(x => x != pending)] }, context);
        var partnerReminders = state.CurrentPartner()?.EffectiveSla.ReminderBusinessDays.Count ?? 0;
        switch (timer.Name)
        {
            case var name when Enumerable.Range(1, partnerReminders).Any(n => name == DeskRequestTimers.PartnerReminder(n)):
            case DeskRequestTimers.TriageReminder:
            case DeskRequestTimers.InfoReminder:
            case DeskRequestTimers.ConvocationReminder:
                SendStepMail(t, isReminder: true);
                break;
            case DeskRequestTimers.PartnerEscalation:
                DeskRequestMail.Escalation(t, state.CurrentPartner()!.EffectiveSla.EscalationBusinessDays);
                break;
            case DeskRequestTimers.ConvocationExpiry:
                EnterScheduling(t, SchedulingReason.ConvocationExpired, note: null);
                break;
            case DeskRequestTimers.MeetingReminder48h:
                DeskRequestMail.MeetingReminder(t, 48);
                break;
            case DeskRequestTimers.MeetingReminder24h:
                DeskRequestMail.MeetingReminder(t, 24);
                break;
            case DeskRequestTimers.MeetingPassed:
                EnterAwaitingOutcome(t);
                break;
            case var name when DeskRequestRules.SurveyRounds.Any(r => name == DeskRequestTimers.Survey(r)):
                SendSurvey(t, DeskRequestRules.SurveyRounds.First(r => name == DeskRequestTimers.Survey(r)));
                break;
            case DeskRequestTimers.FollowUpClose:
                Close(t);
                break;
            default:
                return Reject($"Unknown timer '{timer.Name}'.");
        }

        return t.Decide();
    }

    private static string? OnAccepted(DeskRequestTransition t, PartnerAcceptance payload)
    {
        EnterScheduling(t, SchedulingReason.Accepted, Clean(payload.Note));
        DeskRequestMail.ToDesk(t, DeskChange.Accepted, onlyIfApplicantHasEmail: false);
        return null;
    }

    private static string? OnDeclined(DeskRequestTransition t, PartnerDecline payload)
    {
        if (Text(payload.Reason) is not { } reason)
        {
            return "A reason is required to decline.";
        }

        var s = t.State;
        t.State = s with { Declines = [.. s.Declines, new PartnerDeclineRecord(s.PartnerId!, reason, t.Now)] };
        var next = PartnerRouting.Route(s.Category, s.Comune.Istat, s.Comune.Province, s.Partners, s.TriedPartnerIds);
        if (next is null)
        {
            t.MoveTo(DeskRequestStep.Declined);
            t.Complete("declined");
            DeskRequestMail.Declined(t);
            DeskRequestMail.ToDesk(t, DeskChange.Declined, reason);
            return null;
        }

        Assign(t, next, AssignmentReason.Rerouted, note: null);
        EnterReview(t);
        DeskRequestMail.ToDesk(t, DeskChange.Assigned, onlyIfApplicantHasEmail: false);
        return null;
    }

    private static string? OnReferred(DeskRequestTransition t, PartnerReferral payload)
    {
        if (Text(payload.Reason) is not { } reason)
        {
            return "A reason is required to refer.";
        }

        if (ResolvePartner(t.State, payload.PartnerId, payload.Partner) is not { } target)
        {
            return $"Unknown partner '{payload.PartnerId}'.";
        }

        if (t.State.TriedPartnerIds.Contains(target.Id))
        {
            return $"Partner '{target.Id}' already had this request.";
        }

        Assign(t, target, AssignmentReason.Referred, reason);
        EnterReview(t);
        DeskRequestMail.ToDesk(t, DeskChange.Assigned, onlyIfApplicantHasEmail: false);
        return null;
    }

    private static string? OnAskedInfo(DeskRequestTransition t, InfoQuestion payload)
    {
        if (Text(payload.Question) is not { } question)
        {
            return "The question is empty.";
        }

        t.State = t.State with
        {
            InfoExchanges = [.. t.State.InfoExchanges, new InfoExchange(t.State.PartnerId!, question, t.Now)],
        };
        t.MoveTo(DeskRequestStep.InfoRequested);
        t.Schedule(DeskRequestTimers.InfoReminder, DeadlineAfter(t, DeskRequestRules.InfoReminderDays));
        SendStepMail(t, isReminder: false);
        return null;
    }

    private static string? OnInfoAnswered(DeskRequestTransition t, InfoAnswer payload)
    {
        if (Text(payload.Answer) is not { } answer)
        {
            return "The answer is empty.";
        }

        var exchanges = t.State.InfoExchanges;
        t.State = t.State with
        {
            InfoExchanges = [.. exchanges.Take(exchanges.Count - 1), exchanges[^1] with { Answer = answer, AnsweredAt = t.Now }],
        };
        EnterReview(t);
        return null;
    }

    private static string? OnSlotsProposed(DeskRequestTransition t, SlotProposal payload)
    {
        // The directory's closures as the proposer saw them replace the ones the request was filed with.
        var desk = payload.DeskClosures is { } closures ? t.State.Desk with { Closures = [.. closures] } : t.State.Desk;
        if (ValidateSlots(t, desk, payload.Slots) is { } problem)
        {
            return problem;
        }

        t.State = t.State with { Desk = desk };

        var slots = payload.Slots
            .Select(s => s.Place == MeetingPlace.AtDesk ? s with { VideoUrl = null } : s with { VideoUrl = s.VideoUrl!.Trim() })
            .OrderBy(s => s.Start)
            .ToList();
        var wasConfirmed = t.State.Step == DeskRequestStep.Confirmed;
        if (t.State.InviteActive)
        {
            // The old date leaves both calendars before the new ones are offered, not when one is confirmed.
            DeskRequestMail.MeetingCancelled(t, MeetingParty.Partner, reason: null, requestContinues: true, tellPartner: true);
        }

        t.MoveTo(DeskRequestStep.ConvocationSent);
        var expiresAt = DeadlineAfter(t, DeskRequestRules.ConvocationExpiryDays);
        t.State = t.State with { ProposedSlots = slots, ConvocationExpiresAt = expiresAt, SchedulingReason = null, SchedulingNote = null };
        t.Schedule(DeskRequestTimers.ConvocationReminder, DeadlineAfter(t, DeskRequestRules.ConvocationReminderDays));
        t.Schedule(DeskRequestTimers.ConvocationExpiry, expiresAt);
        SendStepMail(t, isReminder: false);
        if (wasConfirmed)
        {
            DeskRequestMail.ToDesk(t, DeskChange.MeetingCancelled, onlyIfApplicantHasEmail: true);
        }

        return null;
    }

    private static string? OnSlotConfirmed(DeskRequestTransition t, SlotChoice payload)
    {
        var s = t.State;
        if (payload.Slot < 1 || payload.Slot > s.ProposedSlots.Count)
        {
            return $"There is no slot {payload.Slot}.";
        }

        var meeting = s.ProposedSlots[payload.Slot - 1];
        if (meeting.Start <= t.Now)
        {
            return "That slot has already passed.";
        }

        t.MoveTo(DeskRequestStep.Confirmed);
        t.State = t.State with
        {
            Meeting = meeting,
            InviteSequence = s.InviteSequence is { } sequence ? sequence + 1 : 0,
            InviteActive = true,
        };
        foreach (var hours in DeskRequestRules.MeetingReminderHours)
        {
            var due = meeting.Start.AddHours(-hours);
            if (due > t.Now)
            {
                t.Schedule(hours == 48 ? DeskRequestTimers.MeetingReminder48h : DeskRequestTimers.MeetingReminder24h, due);
            }
        }

        t.Schedule(DeskRequestTimers.MeetingPassed, meeting.End);
        DeskRequestMail.MeetingConfirmed(t, isReminder: false);
        DeskRequestMail.ToDesk(t, DeskChange.MeetingConfirmed);
        return null;
    }

    private static string? OnOtherSlotsRequested(DeskRequestTransition t, OtherSlotsRequest payload)
    {
        var wasConfirmed = t.State.Step == DeskRequestStep.Confirmed;
        if (t.State.InviteActive)
        {
            DeskRequestMail.MeetingCancelled(t, MeetingParty.Applicant, Clean(payload.Note), requestContinues: true, tellPartner: true);
        }

        EnterScheduling(t, SchedulingReason.ApplicantAskedOtherSlots, Clean(payload.Note));
        if (wasConfirmed)
        {
            DeskRequestMail.ToDesk(t, DeskChange.MeetingCancelled, Clean(payload.Note), onlyIfApplicantHasEmail: false);
        }

        return null;
    }

    private static string? OnMeetingCancelled(DeskRequestTransition t, MeetingCancellation payload)
    {
        if (Text(payload.Reason) is not { } reason)
        {
            return "A reason is required to cancel.";
        }

        DeskRequestMail.MeetingCancelled(t, MeetingParty.Partner, reason, requestContinues: true, tellPartner: true);
        DeskRequestMail.ToDesk(t, DeskChange.MeetingCancelled, reason);
        EnterScheduling(t, SchedulingReason.MeetingCancelled, reason);
        return null;
    }

    private static string? OnWithdrew(DeskRequestTransition t, Withdrawal payload)
    {
        var reason = Clean(payload.Reason);
        var partner = t.State.CurrentPartner();
        if (t.State.InviteActive)
        {
            DeskRequestMail.MeetingCancelled(t, MeetingParty.Applicant, reason, requestContinues: false, tellPartner: true);
        }
        else
        {
            DeskRequestMail.Withdrawn(t);
            if (partner is not null && t.State.Step != DeskRequestStep.FollowUp)
            {
                DeskRequestMail.PartnerNotice(t, partner, PartnerNoticeKind.Withdrawn, reason);
            }
        }

        t.State = t.State with { WithdrawalReason = reason };
        t.MoveTo(DeskRequestStep.Withdrawn);
        t.Complete("withdrawn");
        DeskRequestMail.ToDesk(t, DeskChange.Withdrawn, reason);
        return null;
    }

    private static string? OnOutcomeRecorded(DeskRequestTransition t, OutcomeReport payload)
    {
        if (!Enum.IsDefined(payload.Outcome))
        {
            return "Unknown outcome.";
        }

        var notes = Clean(payload.Notes);
        t.State = t.State with { Outcome = payload.Outcome, OutcomeNotes = notes, OutcomeRecordedAt = t.Now };
        if (payload.Outcome == MeetingOutcome.Rescheduled)
        {
            EnterScheduling(t, SchedulingReason.Rescheduled, notes);
            return null;
        }

        t.MoveTo(DeskRequestStep.FollowUp);
        foreach (var round in DeskRequestRules.SurveyRounds)
        {
            t.Schedule(DeskRequestTimers.Survey(round), BusinessCalendar.AddCalendarDays(t.Now, round));
        }

        DeskRequestMail.ToDesk(t, DeskChange.OutcomeRecorded, payload.Outcome.ToString(), onlyIfApplicantHasEmail: false);
        return null;
    }

    private static string? OnSurveyAnswered(DeskRequestTransition t, SurveyAnswer payload)
    {
        var s = t.State;
        if (!s.SurveysSent.Contains(payload.Round))
        {
            return $"The survey of day {payload.Round} has not been sent.";
        }

        if (s.SurveyResponses.Any(r => r.Round == payload.Round))
        {
            return $"The survey of day {payload.Round} is already answered.";
        }

        if (payload.Satisfaction is < 1 or > 5 || !Enum.IsDefined(payload.Progress))
        {
            return "Satisfaction must be 1 to 5 and the progress one of the listed answers.";
        }

        var response = new SurveyResponse(payload.Round, payload.Progress, payload.Satisfaction, Clean(payload.Comment), t.Now);
        t.State = s with { SurveyResponses = [.. s.SurveyResponses, response] };
        if (payload.Round == DeskRequestRules.SurveyRounds[^1])
        {
            Close(t);
        }

        return null;
    }

    private static string? OnReassign(DeskRequestTransition t, Reassignment payload)
    {
        if (ResolvePartner(t.State, payload.PartnerId, payload.Partner) is not { } target)
        {
            return $"Unknown partner '{payload.PartnerId}'.";
        }

        if (target.Id == t.State.PartnerId)
        {
            return $"Partner '{target.Id}' already has this request.";
        }

        var reason = Clean(payload.Reason);
        var previous = t.State.CurrentPartner()!;
        if (t.State.InviteActive)
        {
            DeskRequestMail.MeetingCancelled(t, MeetingParty.Coordinator, reason, requestContinues: true, tellPartner: false);
        }

        DeskRequestMail.PartnerNotice(t, previous, PartnerNoticeKind.Reassigned, reason);
        Assign(t, target, AssignmentReason.Reassigned, reason);
        EnterReview(t);
        DeskRequestMail.ToDesk(t, DeskChange.Assigned, reason, onlyIfApplicantHasEmail: false);
        return null;
    }

    private static string? OnRemind(DeskRequestTransition t)
    {
        if (t.State.Step == DeskRequestStep.FollowUp && PendingSurvey(t.State) is null)
        {
            return "No survey is waiting for an answer.";
        }

        SendStepMail(t, isReminder: true);
        return null;
    }

    private static string? OnTriageAssign(DeskRequestTransition t, TriageAssignment payload)
    {
        if (ResolvePartner(t.State, payload.PartnerId, payload.Partner) is not { } target)
        {
            return $"Unknown partner '{payload.PartnerId}'.";
        }

        Assign(t, target, AssignmentReason.Triage, Clean(payload.Note));
        EnterReview(t);
        DeskRequestMail.ToDesk(t, DeskChange.Assigned, onlyIfApplicantHasEmail: false);
        return null;
    }

    /// <summary>
    /// The step stays as it is (links already sent keep working); the failure is recorded and someone who can reach the
    /// applicant is told: the desk, or the coordinators when the desk's own address failed. A failed mail to a
    /// coordinator is only recorded, so a bad address cannot bounce alerts back and forth.
    /// </summary>
    private static string? OnEmailUndeliverable(DeskRequestTransition t, DeliveryFailure payload)
    {
        // bounced, dropped: the provider's webhook; refused: the provider refused the send (4xx); exhausted: the
        // provider kept failing until the send's attempts ran out. All four tell the desk (or the coordinators).
        if (string.IsNullOrWhiteSpace(payload.OutboxId) || payload.Kind is not ("bounced" or "dropped" or "refused" or "exhausted"))
        {
            return "An undeliverable e-mail needs its outbox id and the kind 'bounced', 'dropped', 'refused' or 'exhausted'.";
        }

        var s = t.State;
        if (s.DeliveryFailures.Any(f => f.OutboxId == payload.OutboxId))
        {
            return $"E-mail {payload.OutboxId} is already recorded as undeliverable.";
        }

        var recipient = RecipientOf(s, payload.To);
        t.State = s with
        {
            DeliveryFailures = [.. s.DeliveryFailures, new DeliveryFailureRecord(payload.OutboxId, payload.Kind, recipient, Clean(payload.Template), t.Now)],
        };
        switch (recipient)
        {
            case DeliveryRecipient.Desk:
                DeskRequestMail.DeskUndeliverable(t, payload.Kind);
                break;
            case DeliveryRecipient.Coordinator:
                break;
            default:
                DeskRequestMail.ToDesk(t, DeskChange.EmailUndeliverable, payload.Kind, onlyIfApplicantHasEmail: false, undeliveredTo: recipient);
                break;
        }

        return null;
    }

    private static DeliveryRecipient RecipientOf(DeskRequestState s, string? to)
    {
        var address = to?.Trim();
        if (string.IsNullOrEmpty(address))
        {
            return DeliveryRecipient.Unknown;
        }

        bool Same(string? other) => string.Equals(other?.Trim(), address, StringComparison.OrdinalIgnoreCase);
        if (Same(s.Desk.Email))
        {
            return DeliveryRecipient.Desk;
        }

        if (s.Applicant.HasEmail && Same(s.Applicant.Email))
        {
            return DeliveryRecipient.Applicant;
        }

        if (s.Partners.Any(p => p.ReviewerEmails.Any(Same)))
        {
            return DeliveryRecipient.Partner;
        }

        return s.Network.CoordinatorEmails.Any(Same) ? DeliveryRecipient.Coordinator : DeliveryRecipient.Unknown;
    }

    private static void Assign(DeskRequestTransition t, Partner partner, AssignmentReason reason, string? note)
    {
        var s = t.State;
        t.State = s with
        {
            Partners = s.Partners.Any(p => p.Id == partner.Id) ? s.Partners : [.. s.Partners, partner],
            PartnerId = partner.Id,
            TriedPartnerIds = s.TriedPartnerIds.Contains(partner.Id) ? s.TriedPartnerIds : [.. s.TriedPartnerIds, partner.Id],
            Assignments = [.. s.Assignments, new PartnerAssignment(partner.Id, reason, t.Now, note)],
            ProposedSlots = [],
            ConvocationExpiresAt = null,
        };
    }

    private static void EnterTriage(DeskRequestTransition t)
    {
        t.MoveTo(DeskRequestStep.AwaitingTriage);
        t.Schedule(
            DeskRequestTimers.TriageReminder,
            BusinessCalendar.Deadline(
                BusinessCalendar.AddBusinessDays(t.Now, DeskRequestRules.TriageReminderBusinessDays, t.State.Comune.PatronDay), t.State.Comune.PatronDay));
        SendStepMail(t, isReminder: false);
    }

    private static void EnterReview(DeskRequestTransition t)
    {
        t.MoveTo(DeskRequestStep.AwaitingPartnerReview);
        StartPartnerDeadline(t);
        SendStepMail(t, isReminder: false);
    }

    private static void EnterScheduling(DeskRequestTransition t, SchedulingReason reason, string? note)
    {
        t.MoveTo(DeskRequestStep.Scheduling);
        t.State = t.State with { SchedulingReason = reason, SchedulingNote = note };
        StartPartnerDeadline(t);
        SendStepMail(t, isReminder: false);
    }

    private static void EnterAwaitingOutcome(DeskRequestTransition t)
    {
        // The meeting is in the past: nothing to take out of calendars any more, whatever happens next.
        t.State = t.State with { InviteActive = false };
        t.MoveTo(DeskRequestStep.AwaitingOutcome);
        StartPartnerDeadline(t);
        SendStepMail(t, isReminder: false);
    }

    private static void StartPartnerDeadline(DeskRequestTransition t)
    {
        var sla = t.State.CurrentPartner()!.EffectiveSla;
        var patron = t.State.Comune.PatronDay;
        for (var i = 0; i < sla.ReminderBusinessDays.Count; i++)
        {
            t.Schedule(
                DeskRequestTimers.PartnerReminder(i + 1),
                BusinessCalendar.Deadline(BusinessCalendar.AddBusinessDays(t.Now, sla.ReminderBusinessDays[i], patron), patron));
        }

        var escalation = BusinessCalendar.Deadline(BusinessCalendar.AddBusinessDays(t.Now, sla.EscalationBusinessDays, patron), patron);
        t.Schedule(DeskRequestTimers.PartnerEscalation, escalation);
        t.State = t.State with { SlaDueAt = escalation };
    }

    /// <summary><paramref name="days"/> calendar days on, moved to a business day at an hour of the working day.</summary>
    private static DateTimeOffset DeadlineAfter(DeskRequestTransition t, int days) =>
        BusinessCalendar.Deadline(BusinessCalendar.AddCalendarDays(t.Now, days), t.State.Comune.PatronDay);

    private static void SendSurvey(DeskRequestTransition t, int round)
    {
        t.State = t.State with { SurveysSent = [.. t.State.SurveysSent, round] };
        DateTimeOffset expiresAt;
        if (round == DeskRequestRules.SurveyRounds[^1])
        {
            expiresAt = DeadlineAfter(t, DeskRequestRules.FollowUpCloseDays);
            t.Schedule(DeskRequestTimers.FollowUpClose, expiresAt);
        }
        else
        {
            expiresAt = t.Now.AddDays(DeskRequestRules.LinkLifetimeDays);
        }

        DeskRequestMail.Survey(t, round, isReminder: false, expiresAt);
    }

    private static void Close(DeskRequestTransition t)
    {
        t.MoveTo(DeskRequestStep.Closed);
        t.Complete("closed");
        DeskRequestMail.ToDesk(t, DeskChange.Closed, onlyIfApplicantHasEmail: false);
    }

    /// <summary>The current step's main e-mail, sent on entering the step and again as a reminder.</summary>
    private static void SendStepMail(DeskRequestTransition t, bool isReminder)
    {
        switch (t.State.Step)
        {
            case DeskRequestStep.AwaitingTriage:
                DeskRequestMail.Triage(t, isReminder);
                break;
            case DeskRequestStep.AwaitingPartnerReview:
                DeskRequestMail.ReviewRequest(t, isReminder);
                break;
            case DeskRequestStep.InfoRequested:
                DeskRequestMail.InfoRequest(t, isReminder);
                break;
            case DeskRequestStep.Scheduling:
                DeskRequestMail.SlotsRequest(t, isReminder);
                break;
            case DeskRequestStep.ConvocationSent:
                DeskRequestMail.Convocation(t, isReminder);
                break;
            case DeskRequestStep.Confirmed:
                DeskRequestMail.MeetingConfirmed(t, isReminder);
                break;
            case DeskRequestStep.AwaitingOutcome:
                DeskRequestMail.OutcomeRequest(t, isReminder);
                break;
            case DeskRequestStep.FollowUp when PendingSurvey(t.State) is { } round:
                var closing = t.State.Timers.FirstOrDefault(x => x.Name == DeskRequestTimers.FollowUpClose)?.DueAt;
                DeskRequestMail.Survey(t, round, isReminder, closing ?? t.Now.AddDays(DeskRequestRules.LinkLifetimeDays));
                break;
        }
    }

    private static int? PendingSurvey(DeskRequestState s) =>
        s.SurveysSent.Where(r => s.SurveyResponses.All(a => a.Round != r)).Select(r => (int?)r).LastOrDefault();

    private static Partner? ResolvePartner(DeskRequestState state, string partnerId, Partner? facts)
    {
        var known = state.FindPartner(partnerId);
        if (known is not null)
        {
            return known;
        }

        return facts is not null && facts.Id == partnerId && facts.ReviewerEmails.Any(e => !string.IsNullOrWhiteSpace(e))
            ? facts
            : null;
    }

    private static string? ValidateSlots(DeskRequestTransition t, InnovationDesk desk, IReadOnlyList<MeetingSlot>? slots)
    {
        if (slots is null || slots.Count is < 1 or > DeskRequestRules.MaxSlots)
        {
            return $"Propose from 1 to {DeskRequestRules.MaxSlots} slots.";
        }

        if (slots.Select(s => s.Start).Distinct().Count() != slots.Count)
        {
            return "Two slots start at the same time.";
        }

        foreach (var slot in slots)
        {
            if (slot.Start <= t.Now)
            {
                return "A slot is in the past.";
            }

            if (!DeskRequestRules.IsMeetingLength(slot.DurationMinutes))
            {
                return $"A meeting lasts {DeskRequestRules.MinMeetingMinutes} to {DeskRequestRules.MaxMeetingMinutes} minutes.";
            }

            switch (slot.Place)
            {
                case MeetingPlace.Remote when !IsWebUrl(slot.VideoUrl):
                    return "A remote slot needs an http(s) video link.";
                case MeetingPlace.AtDesk when AtDesk(t.State, desk).UnavailableDuring(slot.Start, slot.End) is { } closed:
                    return closed switch
                    {
                        { Holiday: { } holiday } => $"The desk is closed on {BusinessCalendar.RomeDate(slot.Start):yyyy-MM-dd}: {holiday.EnglishName} ({holiday.ItalianName}).",
                        { Closure: { } closure } => $"The desk is closed from {closure.From:yyyy-MM-dd} to {closure.To:yyyy-MM-dd}: {closure.Reason}.",
                        _ => "A slot at the desk must fall within its office hours.",
                    };
                case not (MeetingPlace.AtDesk or MeetingPlace.Remote):
                    return "Unknown meeting place.";
            }
        }

        return null;
    }

    /// <summary>The desk as its slots are checked: its comune's patron day filled in when the request is from the same comune.</summary>
    private static InnovationDesk AtDesk(DeskRequestState state, InnovationDesk desk) =>
        desk with { PatronDay = desk.PatronDay ?? (desk.ComuneIstat == state.Comune.Istat ? state.Comune.PatronDay : null) };

    private static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static string? Validate(DeskRequestInput? input)
    {
        // The input comes from JSON: a member the record declares non-null may still be absent or null.
        if (input?.Desk is null || input.Comune is null || input.Network is null || input.Partners is null
            || input.Applicant is null || input.Consent is null)
        {
            return "The input is incomplete: desk, comune, network, partners, applicant and consent are required.";
        }

        if (!IsKey(input.Desk.Id) || !IsKey(input.Desk.NetworkId) || !IsKey(input.Comune.Istat) || !IsKey(input.Comune.Province)
            || !IsKey(input.Network.Id) || input.Network.CoordinatorEmails is null || input.Partners.Any(p => !IsWellFormed(p))
            || input.Desk.Email is { Length: > MaxEmailLength } || input.RequestCode is { Length: > MaxKeyLength })
        {
            return "The directory facts of the input are not well formed (ids of at most 100 characters, partner lists present).";
        }

        if (string.IsNullOrWhiteSpace(input.RequestCode))
        {
            return "The request code is missing.";
        }

        if (string.IsNullOrWhiteSpace(input.Applicant.Name))
        {
            return "The applicant's name is missing.";
        }

        if (input.Applicant.HasEmail && !LooksLikeEmail(input.Applicant.Email!))
        {
            return "The applicant's e-mail address is not valid.";
        }

        if (Text(input.Description) is null)
        {
            return "The description is missing or too long.";
        }

        if (string.IsNullOrWhiteSpace(input.Consent.TextVersion))
        {
            return "Privacy consent is required.";
        }

        if (input.Desk.NetworkId != input.Network.Id)
        {
            return "The desk does not belong to the network given.";
        }

        return string.IsNullOrWhiteSpace(input.Desk.Email) ? "The desk has no e-mail address." : null;
    }

    // Ids become tags and table keys: short and present. Lists the routing reads must be there.
    private const int MaxKeyLength = 100;
    private const int MaxEmailLength = 254;

    private static bool IsKey(string? value) => !string.IsNullOrWhiteSpace(value) && value.Length <= MaxKeyLength;

    private static bool IsWellFormed(Partner? partner) =>
        partner is not null && IsKey(partner.Id) && partner.NetworkIds is not null && partner.Topics is not null
        && partner.Comuni is not null && partner.Provinces is not null && partner.ReviewerEmails is not null;

    private static bool LooksLikeEmail(string email)
    {
        var trimmed = email.Trim();
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == trimmed.LastIndexOf('@') && at < trimmed.Length - 3 && !trimmed.Any(char.IsWhiteSpace)
            && trimmed.IndexOf('.', at) > at + 1;
    }

    private static T Payload<T>(EventRaised raised)
        where T : class =>
        raised.PayloadAs<T>() ?? throw new JsonException("Missing payload.");

    private static string? Text(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > DeskRequestRules.MaxTextLength ? null : trimmed;
    }

    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > DeskRequestRules.MaxTextLength ? trimmed[..DeskRequestRules.MaxTextLength] : trimmed;
    }

    private static Decision<DeskRequestState> Reject(string reason) => Decision.Reject<DeskRequestState>(reason);
}
