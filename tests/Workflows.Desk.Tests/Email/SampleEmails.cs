using Workflows.Desk.Email;
using Workflows.Desk.Email.Models;
using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;
using Workflows.Steps;
using static Workflows.Desk.Tests.Fixtures;

namespace Workflows.Desk.Tests.Email;

/// <summary>One model per template, with hostile text wherever a person types something.</summary>
internal static class SampleEmails
{
    public const string Code = "TO-2026-0042";
    public const string Hostile = "Mario <script>alert('x')</script> & \"Rossi\" <img src=x onerror=alert(1)>";

    private static readonly DateTimeOffset Expiry = Rome(2026, 3, 12);
    private static readonly MeetingSlot AtDesk = new(Rome(2026, 3, 9, 10), 60, MeetingPlace.AtDesk);
    private static readonly MeetingSlot Remote = new(Rome(2026, 3, 11, 15), 45, MeetingPlace.Remote, "https://meet.example/abc?x=1&y=2");
    private static readonly IReadOnlyList<OfficeHours> Hours = [new(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(12, 30))];

    private static ConvocationInvite Invite(bool cancelled = false) => new(
        "uid@innovation-desk", cancelled ? 1 : 0, cancelled, AtDesk.Start, AtDesk.End, "Appuntamento", "Descrizione", "Via Roma 2", null,
        "Novain", "richieste@novain.example", "mario@example.org");

    private static EmailActions Links(params string[] actions) => new("s3", actions, Expiry);

    public static IReadOnlyDictionary<string, object> Models { get; } = new Dictionary<string, object>
    {
        [EmailTemplates.RequestReceived] = new RequestReceivedEmail(Code, Hostile, false, Category.InnovationPatent, "Sportello per l'innovazione di Burolo", Hostile, Links("withdraw")),
        [EmailTemplates.PartnerReviewRequest] = new PartnerReviewRequestEmail(
            Code, "Novain", ApplicantKind.Business, Hostile, "mario@example.org", "+39 0125", ContactMode.AtDesk, Category.InnovationPatent,
            Hostile + "\nseconda riga", "Burolo", "TO", "Sportello di Burolo", "sportello@comuni.example", AssignmentReason.Referred, Hostile,
            [new InfoExchange("novain", Hostile, Expiry, Hostile, Expiry)], Expiry, true, Links("accept", "decline", "refer", "ask-info")),
        [EmailTemplates.InfoRequest] = new InfoRequestEmail(Code, Hostile, true, "Novain", Hostile, false, Links("answer-info", "withdraw")),
        [EmailTemplates.PartnerSlotsRequest] = new PartnerSlotsRequestEmail(
            Code, "Novain", Hostile, ContactMode.Video, SchedulingReason.ApplicantAskedOtherSlots, Hostile, "Sportello di Burolo", "Via Roma 2", Hours, Expiry, false, Links("propose-slots")),
        [EmailTemplates.Convocation] = new ConvocationEmail(
            Code, Hostile, false, Hostile, [AtDesk, Remote], "Sportello di Burolo", "Via Roma 2", Hours, Expiry, false, false, Links("confirm-1", "confirm-2", "other-slots", "withdraw")),
        [EmailTemplates.MeetingConfirmed] = new MeetingConfirmedEmail(
            Code, Hostile, false, "Novain", Remote, "Sportello di Burolo", "Via Roma 2", true, false, Links("reschedule", "cancel"), Invite()),
        [EmailTemplates.PartnerMeetingConfirmed] = new PartnerMeetingConfirmedEmail(
            Code, "Novain", Hostile, null, Hostile, AtDesk, "Sportello di Burolo", "Via Roma 2", false, Links("partner-reschedule", "partner-cancel"), Invite()),
        [EmailTemplates.MeetingReminder] = new MeetingReminderEmail(Code, Hostile, true, "Novain", AtDesk, "Sportello di Burolo", "Via Roma 2", 24, Links("reschedule", "cancel")),
        [EmailTemplates.MeetingCancelled] = new MeetingCancelledEmail(Code, Hostile, "Novain", AtDesk, MeetingParty.Partner, Hostile, true, Invite(cancelled: true)),
        [EmailTemplates.PartnerOutcomeRequest] = new PartnerOutcomeRequestEmail(Code, "Novain", Hostile, AtDesk, Expiry, false, Links("outcome-held", "outcome-no-show", "outcome-rescheduled")),
        [EmailTemplates.FollowUpSurvey] = new FollowUpSurveyEmail(Code, Hostile, false, "Novain", 90, false, Links("survey-90")),
        [EmailTemplates.RequestDeclined] = new RequestDeclinedEmail(Code, Hostile, false, Category.CommunityCooperative, "Sportello di Burolo", "sportello@comuni.example"),
        [EmailTemplates.RequestWithdrawn] = new RequestWithdrawnEmail(Code, Hostile, true, "Sportello di Burolo"),
        [EmailTemplates.PartnerNotice] = new PartnerNoticeEmail(Code, "Novain", PartnerNoticeKind.Reassigned, Hostile),
        [EmailTemplates.DeskUpdate] = new DeskUpdateEmail(Code, "Sportello di Burolo", Hostile, DeskChange.MeetingConfirmed, Hostile, AtDesk, Hostile),
        [EmailTemplates.CoordinatorTriage] = new CoordinatorTriageEmail(
            Code, "ANPCI – Novain", "Burolo", "TO", "Sportello di Burolo", ApplicantKind.YoungPerson, Category.YouthTrainingWork, Hostile, false, Links("triage-assign")),
        [EmailTemplates.CoordinatorEscalation] = new CoordinatorEscalationEmail(
            Code, "ANPCI – Novain", Hostile, DeskRequestStep.AwaitingPartnerReview, Rome(2026, 3, 2), 5, Links("reassign", "remind")),
        [EmailTemplates.CoordinatorUndeliverable] = new CoordinatorUndeliverableEmail(Code, "ANPCI – Novain", Hostile, "sportello@comuni.example", "bounced"),
        [EmailTemplates.UndeliverableNotice] = new UndeliverableNoticeEmail(Code, Hostile, "anna.bianchi@example.org", "refused"),
        [EmailTemplates.CoordinatorStalled] = new CoordinatorStalledEmail(Code, "AwaitingPartnerReview", Hostile, Rome(2026, 3, 2, 9), 3),
        [EmailTemplates.EventRegistrationConfirmed] = new EventRegistrationConfirmedEmail(
            Code, Hostile, Hostile, Rome(2026, 3, 12, 17), Rome(2026, 3, 12, 19), Hostile, null, "API Torino", Links("cancel"), Invite()),
        [EmailTemplates.EventReminder] = new EventReminderEmail(
            Code, Hostile, Hostile, Rome(2026, 3, 12, 17), Rome(2026, 3, 12, 19), null, "https://meet.example/evento", "API Torino", Links("cancel")),
        [EmailTemplates.EventRegistrationCancelled] = new EventRegistrationCancelledEmail(Code, Hostile, Hostile, Rome(2026, 3, 12, 17), Invite(cancelled: true)),
        [EmailTemplates.QuarterlyReport] = new QuarterlyReportEmail(
            Code, Hostile, 2026, 1, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), 12,
            [new FigureRow(Hostile, 7)], [new FigureRow("Novain", 9)], [], [new FigureRow("Conclusa", 4)]),
    };

    public static SendEmail For(string template, string culture) =>
        SendEmail.Create(template, "someone@example.org", culture, Models[template]);

    /// <summary>A fake signed URL per action, with characters that must be encoded in an attribute.</summary>
    public static IReadOnlyDictionary<string, string> Urls(SendEmail email)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        if (email.Model.TryGetProperty("links", out var links))
        {
            foreach (var action in links.GetProperty("actions").EnumerateArray().Select(a => a.GetString()!))
            {
                urls[action] = $"https://sportelli.example/a/{action}?t=abc&sig=\"1\"";
            }
        }

        return urls;
    }
}
