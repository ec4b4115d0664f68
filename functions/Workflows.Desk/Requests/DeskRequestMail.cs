using Workflows.Desk.Email;
using Workflows.Desk.Email.Models;
using Workflows.Desk.Model;

namespace Workflows.Desk.Requests;

/// <summary>
/// The e-mails of the desk-request workflow: who gets what, in which language. Applicants without an address are
/// reached through their desk; partners through each reviewer; networks through each coordinator.
/// </summary>
internal static class DeskRequestMail
{
    public static (string To, string Culture, bool ViaDesk) ApplicantRecipient(DeskRequestState s) =>
        s.Applicant.HasEmail ? (s.Applicant.Email!.Trim(), s.Applicant.Culture, false) : (s.Desk.Email, s.Desk.Culture, true);

    /// <summary>Uid of the meeting invite: stable for the request whatever the date, partner or sequence.</summary>
    public static string InviteUid(DeskRequestTransition t) => $"{t.Context.InstanceId.Value}.meeting@innovation-desk";

    public static void ToApplicant<T>(DeskRequestTransition t, string template, Func<bool, T> model)
    {
        var (to, culture, viaDesk) = ApplicantRecipient(t.State);
        t.Send(template, to, culture, model(viaDesk));
    }

    public static void ToPartner<T>(DeskRequestTransition t, Partner partner, string template, T model)
    {
        foreach (var reviewer in partner.ReviewerEmails.Where(e => !string.IsNullOrWhiteSpace(e)))
        {
            t.Send(template, reviewer, partner.Culture, model);
        }
    }

    public static void ToCoordinators<T>(DeskRequestTransition t, string template, T model)
    {
        foreach (var coordinator in t.State.Network.CoordinatorEmails.Where(e => !string.IsNullOrWhiteSpace(e)))
        {
            t.Send(template, coordinator, t.State.Network.Culture, model);
        }
    }

    /// <summary>
    /// Tells the desk. When the applicant has no address the desk already got the applicant's mail of this decision,
    /// so <paramref name="onlyIfApplicantHasEmail"/> avoids sending it twice.
    /// </summary>
    public static void ToDesk(
        DeskRequestTransition t, DeskChange change, string? note = null, bool onlyIfApplicantHasEmail = true, DeliveryRecipient? undeliveredTo = null)
    {
        var s = t.State;
        if (onlyIfApplicantHasEmail && !s.Applicant.HasEmail)
        {
            return;
        }

        var meeting = change is DeskChange.MeetingConfirmed or DeskChange.MeetingCancelled ? s.Meeting : null;
        t.Send(
            EmailTemplates.DeskUpdate,
            s.Desk.Email,
            s.Desk.Culture,
            new DeskUpdateEmail(s.RequestCode, s.Desk.Name, s.Applicant.Name, change, s.CurrentPartner()?.Name, meeting, note, undeliveredTo));
    }

    /// <summary>Tells the coordinators that an e-mail to the desk's own address failed.</summary>
    public static void DeskUndeliverable(DeskRequestTransition t, string kind)
    {
        var s = t.State;
        ToCoordinators(t, EmailTemplates.CoordinatorUndeliverable, new CoordinatorUndeliverableEmail(
            s.RequestCode, s.Network.Name, s.Desk.Name, s.Desk.Email, kind));
    }

    public static void RequestReceived(DeskRequestTransition t)
    {
        var s = t.State;
        ToApplicant(t, EmailTemplates.RequestReceived, viaDesk => new RequestReceivedEmail(
            s.RequestCode,
            s.Applicant.Name,
            viaDesk,
            s.Category,
            s.Desk.Name,
            s.CurrentPartner()?.Name,
            t.Links(t.Now.AddDays(DeskRequestRules.LinkLifetimeDays), DeskRequestActions.Withdraw)));
    }

    public static void Triage(DeskRequestTransition t, bool isReminder)
    {
        var s = t.State;
        ToCoordinators(t, EmailTemplates.CoordinatorTriage, new CoordinatorTriageEmail(
            s.RequestCode,
            s.Network.Name,
            s.Comune.Name,
            s.Comune.Province,
            s.Desk.Name,
            s.Applicant.Kind,
            s.Category,
            s.Description,
            isReminder,
            t.Links(t.Now.AddDays(DeskRequestRules.LinkLifetimeDays), DeskRequestActions.TriageAssign)));
    }

    public static void ReviewRequest(DeskRequestTransition t, bool isReminder)
    {
        var s = t.State;
        var partner = s.CurrentPartner()!;
        var assignment = s.Assignments[^1];
        ToPartner(t, partner, EmailTemplates.PartnerReviewRequest, new PartnerReviewRequestEmail(
            s.RequestCode,
            partner.Name,
            s.Applicant.Kind,
            s.Applicant.Name,
            s.Applicant.HasEmail ? s.Applicant.Email : null,
            s.Applicant.Phone,
            s.PreferredContact,
            s.Category,
            s.Description,
            s.Comune.Name,
            s.Comune.Province,
            s.Desk.Name,
            s.Desk.Email,
            assignment.Reason,
            assignment.Note,
            s.InfoExchanges,
            s.SlaDueAt,
            isReminder,
            t.Links(
                t.Now.AddDays(DeskRequestRules.LinkLifetimeDays),
                DeskRequestActions.Accept,
                DeskRequestActions.Decline,
                DeskRequestActions.Refer,
                DeskRequestActions.AskInfo)));
    }

    public static void InfoRequest(DeskRequestTransition t, bool isReminder)
    {
        var s = t.State;
        var partner = s.CurrentPartner()!;
        ToApplicant(t, EmailTemplates.InfoRequest, viaDesk => new InfoRequestEmail(
            s.RequestCode,
            s.Applicant.Name,
            viaDesk,
            partner.Name,
            s.InfoExchanges[^1].Question,
            isReminder,
            t.Links(t.Now.AddDays(DeskRequestRules.LinkLifetimeDays), DeskRequestActions.AnswerInfo, DeskRequestActions.Withdraw)));
    }

    public static void SlotsRequest(DeskRequestTransition t, bool isReminder)
    {
        var s = t.State;
        var partner = s.CurrentPartner()!;
        ToPartner(t, partner, EmailTemplates.PartnerSlotsRequest, new PartnerSlotsRequestEmail(
            s.RequestCode,
            partner.Name,
            s.Applicant.Name,
            s.PreferredContact,
            s.SchedulingReason ?? SchedulingReason.Accepted,
            s.SchedulingNote,
            s.Desk.Name,
            s.Desk.Address,
            s.Desk.OfficeHours,
            s.SlaDueAt,
            isReminder,
            t.Links(t.Now.AddDays(DeskRequestRules.LinkLifetimeDays), DeskRequestActions.ProposeSlots)));
    }

    public static void Convocation(DeskRequestTransition t, bool isReminder)
    {
        var s = t.State;
        var partner = s.CurrentPartner()!;
        var actions = Enumerable.Range(1, s.ProposedSlots.Count).Select(DeskRequestActions.Confirm)
            .Append(DeskRequestActions.OtherSlots)
            .Append(DeskRequestActions.Withdraw)
            .ToArray();
        ToApplicant(t, EmailTemplates.Convocation, viaDesk => new ConvocationEmail(
            s.RequestCode,
            s.Applicant.Name,
            viaDesk,
            partner.Name,
            s.ProposedSlots,
            s.Desk.Name,
            s.Desk.Address,
            s.Desk.OfficeHours,
            s.ConvocationExpiresAt!.Value,
            s.InviteSequence is not null,
            isReminder,
            t.Links(s.ConvocationExpiresAt!.Value, actions)));
    }

    public static void MeetingConfirmed(DeskRequestTransition t, bool isReminder)
    {
        var s = t.State;
        var partner = s.CurrentPartner()!;
        var meeting = s.Meeting!;
        var (_, culture, _) = ApplicantRecipient(s);
        var isChange = s.InviteSequence > 0;
        ToApplicant(t, EmailTemplates.MeetingConfirmed, viaDesk => new MeetingConfirmedEmail(
            s.RequestCode,
            s.Applicant.Name,
            viaDesk,
            partner.Name,
            meeting,
            s.Desk.Name,
            s.Desk.Address,
            isChange,
            isReminder,
            t.Links(meeting.Start, DeskRequestActions.Reschedule, DeskRequestActions.Cancel),
            Invite(t, meeting, s.InviteSequence!.Value, cancelled: false, culture)));
        if (isReminder)
        {
            return;
        }

        ToPartner(t, partner, EmailTemplates.PartnerMeetingConfirmed, new PartnerMeetingConfirmedEmail(
            s.RequestCode,
            partner.Name,
            s.Applicant.Name,
            s.Applicant.HasEmail ? s.Applicant.Email : null,
            s.Applicant.Phone,
            meeting,
            s.Desk.Name,
            s.Desk.Address,
            isChange,
            t.Links(meeting.Start, DeskRequestActions.PartnerReschedule, DeskRequestActions.PartnerCancel),
            Invite(t, meeting, s.InviteSequence!.Value, cancelled: false, partner.Culture)));
    }

    public static void MeetingReminder(DeskRequestTransition t, int hoursBefore)
    {
        var s = t.State;
        var meeting = s.Meeting!;
        ToApplicant(t, EmailTemplates.MeetingReminder, viaDesk => new MeetingReminderEmail(
            s.RequestCode,
            s.Applicant.Name,
            viaDesk,
            s.CurrentPartner()!.Name,
            meeting,
            s.Desk.Name,
            s.Desk.Address,
            hoursBefore,
            t.Links(meeting.Start, DeskRequestActions.Reschedule, DeskRequestActions.Cancel)));
    }

    /// <summary>Sends the CANCEL invite (SEQUENCE + 1) to the applicant and, when asked, the partner's reviewers.</summary>
    public static void MeetingCancelled(
        DeskRequestTransition t, MeetingParty by, string? reason, bool requestContinues, bool tellPartner)
    {
        var s = t.State;
        var partner = s.CurrentPartner()!;
        var meeting = s.Meeting!;
        var sequence = (s.InviteSequence ?? 0) + 1;
        t.State = s with { InviteSequence = sequence, InviteActive = false };
        var (to, culture, _) = ApplicantRecipient(s);
        t.Send(EmailTemplates.MeetingCancelled, to, culture, new MeetingCancelledEmail(
            s.RequestCode, s.Applicant.Name, partner.Name, meeting, by, reason, requestContinues,
            Invite(t, meeting, sequence, cancelled: true, culture)));
        if (tellPartner)
        {
            ToPartner(t, partner, EmailTemplates.MeetingCancelled, new MeetingCancelledEmail(
                s.RequestCode, partner.Name, partner.Name, meeting, by, reason, requestContinues,
                Invite(t, meeting, sequence, cancelled: true, partner.Culture), ToPartner: true));
        }
    }

    public static void OutcomeRequest(DeskRequestTransition t, bool isReminder)
    {
        var s = t.State;
        var partner = s.CurrentPartner()!;
        ToPartner(t, partner, EmailTemplates.PartnerOutcomeRequest, new PartnerOutcomeRequestEmail(
            s.RequestCode,
            partner.Name,
            s.Applicant.Name,
            s.Meeting!,
            s.SlaDueAt,
            isReminder,
            t.Links(
                t.Now.AddDays(DeskRequestRules.LinkLifetimeDays),
                DeskRequestActions.OutcomeHeld,
                DeskRequestActions.OutcomeNoShow,
                DeskRequestActions.OutcomeRescheduled)));
    }

    public static void Survey(DeskRequestTransition t, int round, bool isReminder, DateTimeOffset expiresAt)
    {
        var s = t.State;
        ToApplicant(t, EmailTemplates.FollowUpSurvey, viaDesk => new FollowUpSurveyEmail(
            s.RequestCode,
            s.Applicant.Name,
            viaDesk,
            s.CurrentPartner()?.Name ?? string.Empty,
            round,
            isReminder,
            t.Links(expiresAt, DeskRequestActions.Survey(round))));
    }

    public static void Escalation(DeskRequestTransition t, int businessDays)
    {
        var s = t.State;
        ToCoordinators(t, EmailTemplates.CoordinatorEscalation, new CoordinatorEscalationEmail(
            s.RequestCode,
            s.Network.Name,
            s.CurrentPartner()!.Name,
            s.Step,
            s.StepEnteredAt,
            businessDays,
            t.Links(t.Now.AddDays(DeskRequestRules.LinkLifetimeDays), DeskRequestActions.Reassign, DeskRequestActions.Remind)));
    }

    public static void Declined(DeskRequestTransition t)
    {
        var s = t.State;
        ToApplicant(t, EmailTemplates.RequestDeclined, viaDesk => new RequestDeclinedEmail(
            s.RequestCode, s.Applicant.Name, viaDesk, s.Category, s.Desk.Name, s.Desk.Email));
    }

    public static void Withdrawn(DeskRequestTransition t)
    {
        var s = t.State;
        ToApplicant(t, EmailTemplates.RequestWithdrawn, viaDesk => new RequestWithdrawnEmail(
            s.RequestCode, s.Applicant.Name, viaDesk, s.Desk.Name));
    }

    public static void PartnerNotice(DeskRequestTransition t, Partner partner, PartnerNoticeKind notice, string? note) =>
        ToPartner(t, partner, EmailTemplates.PartnerNotice, new PartnerNoticeEmail(t.State.RequestCode, partner.Name, notice, note));

    private static ConvocationInvite Invite(
        DeskRequestTransition t, MeetingSlot meeting, int sequence, bool cancelled, string culture)
    {
        var s = t.State;
        var partner = s.CurrentPartner()!;
        var english = Cultures.IsEnglish(culture);
        var category = CategoryLabels.Label(s.Category, culture);
        var summary = english
            ? $"Innovation desk appointment – {s.RequestCode}"
            : $"Appuntamento sportello per l'innovazione – {s.RequestCode}";
        var description = english
            ? $"Request {s.RequestCode} ({category}) with {partner.Name}, through {s.Desk.Name}."
            : $"Richiesta {s.RequestCode} ({category}) con {partner.Name}, tramite lo {s.Desk.Name}.";
        var atDesk = meeting.Place == MeetingPlace.AtDesk;
        return new ConvocationInvite(
            InviteUid(t),
            sequence,
            cancelled,
            meeting.Start,
            meeting.End,
            summary,
            description,
            atDesk ? $"{s.Desk.Name}, {s.Desk.Address}" : null,
            atDesk ? null : meeting.VideoUrl,
            partner.Name,
            partner.ReviewerEmails.First(e => !string.IsNullOrWhiteSpace(e)),
            ApplicantRecipient(s).To);
    }
}
