using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Desk.Calendar;
using Workflows.Desk.Events;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Steps;
using static Workflows.Host.Tests.Web.LinksBrowser;

namespace Workflows.Host.Tests.Web;

/// <summary>
/// Requests played end to end through their e-mails: each mail is read from the local mailbox (recipient, language,
/// code in the subject, buttons), each button is opened and confirmed on its page, and time moves on a fake clock
/// (the sweeper fires the timers, the work queue is drained by hand).
/// </summary>
[Collection(LinksCollection.Name)]
public sealed class LinksJourneyTests(LinksFixture fx)
{
    private const string Applicant = "giulia.rossi@example.org";
    private const string Novain = "richieste@novain.example";
    private const string Desk = "sportello.burolo@comuni.example";
    private const string Coordinator = "coordinamento@anpci-piemonte.example";
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public async Task Given_a_request_when_every_party_acts_from_its_emails_then_it_closes_after_the_follow_up()
    {
        var (id, code) = await fx.FileRequestAsync(Category.InnovationPatent, Applicant, culture: "en");
        var seen = new HashSet<string>();
        var partner = fx.NewClient();
        var applicant = fx.NewClient();

        // Intake: the applicant (in English), the desk and the partner (in Italian) are told.
        var received = await fx.NewMailAsync(code, "request-received", Applicant, seen);
        Assert.Equal("en", received.Language);
        Assert.Equal(["withdraw"], received.Links.Keys);
        Assert.Equal("it", (await fx.NewMailAsync(code, "desk-update", Desk, seen)).Language);
        var review = await fx.NewMailAsync(code, "partner-review-request", Novain, seen);
        Assert.Equal("it", review.Language);
        Assert.StartsWith($"[{code}]", review.Local.Subject, StringComparison.Ordinal);
        Assert.Equal(["accept", "ask-info", "decline", "refer"], review.Links.Keys.Order(StringComparer.Ordinal));

        // The partner accepts: the page first, nothing changes; then the button.
        var before = await fx.InstanceAsync(id);
        var (status, acceptPage) = await OpenAsync(partner, review.Link("accept"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Accettate la richiesta", Heading(acceptPage));
        Assert.Contains(code, MainText(acceptPage), StringComparison.Ordinal);
        Assert.Equal(before.HistoryLength, (await fx.InstanceAsync(id)).HistoryLength);
        var done = await ActAndConfirmAsync(partner, review.Link("accept"), new() { ["Input.Note"] = "Lo seguirà l'ing. Bertolino." });
        Assert.Contains("Hai accettato la richiesta", MainText(done), StringComparison.Ordinal);
        await fx.DrainAsync();
        Assert.Equal(DeskRequestStep.Scheduling, (await fx.StateAsync(id)).Step);

        // The partner proposes two slots: one at the desk (Friday morning, its opening hours), one by video.
        var slotsMail = await fx.NewMailAsync(code, "partner-slots-request", Novain, seen);
        var atDesk = fx.Next(DayOfWeek.Friday, new TimeOnly(10, 0), minDays: 3);
        var remote = fx.Next(DayOfWeek.Monday, new TimeOnly(15, 0), minDays: 3);
        var (_, slotsPage) = await OpenAsync(partner, slotsMail.Link("propose-slots"));
        Assert.Contains("venerdì 09:00–12:30", MainText(slotsPage), StringComparison.Ordinal);
        await ActAndConfirmAsync(partner, slotsMail.Link("propose-slots"), new(LinksFixture.DeskSlot(atDesk))
        {
            ["Input.Slot2.Date"] = LinksFixture.DateField(remote),
            ["Input.Slot2.Time"] = LinksFixture.TimeField(remote),
            ["Input.Slot2.Minutes"] = "45",
            ["Input.Slot2.Place"] = "Remote",
            ["Input.Slot2.VideoUrl"] = "https://meet.example.org/novain-burolo",
        });
        await fx.DrainAsync();
        var convocation = await fx.NewMailAsync(code, "convocation", Applicant, seen);
        Assert.Equal("en", convocation.Language);
        Assert.Equal(["confirm-1", "confirm-2", "other-slots", "withdraw"], convocation.Links.Keys.Order(StringComparer.Ordinal));

        // The applicant confirms the desk slot (slots are numbered by date): the page shows its day, time and place.
        var confirmDesk = convocation.Link(atDesk < remote ? "confirm-1" : "confirm-2");
        var (_, confirmPage) = await OpenAsync(applicant, confirmDesk);
        Assert.Equal("en", confirmPage.DocumentElement.GetAttribute("lang"));
        Assert.True(MainText(confirmPage).Contains(BusinessCalendar.ToRome(atDesk).ToString("dddd d MMMM yyyy", English) + ", 10:00–11:00", StringComparison.Ordinal), MainText(confirmPage));
        Assert.Contains("Sportello per l'innovazione di Burolo, Via Roma 2, Burolo", MainText(confirmPage), StringComparison.Ordinal);
        await ActAndConfirmAsync(applicant, confirmDesk);
        await fx.DrainAsync();
        var confirmed = await fx.NewMailAsync(code, "meeting-confirmed", Applicant, seen);
        Assert.Equal("en", confirmed.Language);
        Assert.Contains("METHOD:REQUEST", confirmed.Local.Ics, StringComparison.Ordinal);
        Assert.Equal(["cancel", "reschedule"], confirmed.Links.Keys.Order(StringComparer.Ordinal));
        var partnerConfirmed = await fx.NewMailAsync(code, "partner-meeting-confirmed", Novain, seen);
        Assert.Equal("it", partnerConfirmed.Language);
        Assert.NotNull(partnerConfirmed.Local.Ics);

        // Reminders 48 h and 24 h before.
        Assert.Equal(atDesk.AddHours(-48), await fx.FireTimerAsync(id, DeskRequestTimers.MeetingReminder48h));
        var reminder48 = await fx.NewMailAsync(code, "meeting-reminder", Applicant, seen);
        Assert.Equal("en", reminder48.Language);
        Assert.Contains("in 48 hours", reminder48.Local.Subject, StringComparison.Ordinal);
        Assert.Equal(atDesk.AddHours(-24), await fx.FireTimerAsync(id, DeskRequestTimers.MeetingReminder24h));
        var reminder24 = await fx.NewMailAsync(code, "meeting-reminder", Applicant, seen);
        Assert.Contains("tomorrow", reminder24.Local.Subject, StringComparison.Ordinal);

        // The meeting passes; the partner records that it was held.
        await fx.FireTimerAsync(id, DeskRequestTimers.MeetingPassed);
        var outcomeMail = await fx.NewMailAsync(code, "partner-outcome-request", Novain, seen);
        Assert.Equal(["outcome-held", "outcome-no-show", "outcome-rescheduled"], outcomeMail.Links.Keys.Order(StringComparer.Ordinal));
        await ActAndConfirmAsync(partner, outcomeMail.Link("outcome-held"), new() { ["Input.Note"] = "Deposito della domanda di brevetto entro maggio." });
        await fx.DrainAsync();
        Assert.Equal(DeskRequestStep.FollowUp, (await fx.StateAsync(id)).Step);

        // Follow-up surveys at +30 and +90 days, answered by link.
        await fx.FireTimerAsync(id, DeskRequestTimers.Survey(30));
        var survey30 = await fx.NewMailAsync(code, "follow-up-survey", Applicant, seen);
        Assert.Equal("en", survey30.Language);
        var thanks = await ActAndConfirmAsync(applicant, survey30.Link("survey-30"), new()
        {
            ["Input.Progress"] = "InProgress",
            ["Input.Satisfaction"] = "4",
            ["Input.Comment"] = "Very helpful, thank you.",
        });
        Assert.Contains("Thank you for your answers", MainText(thanks), StringComparison.Ordinal);
        var (again, _) = await OpenAsync(applicant, survey30.Link("survey-30"));
        Assert.Equal(HttpStatusCode.Gone, again);

        await fx.FireTimerAsync(id, DeskRequestTimers.Survey(90));
        var survey90 = await fx.NewMailAsync(code, "follow-up-survey", Applicant, seen);
        await ActAndConfirmAsync(applicant, survey90.Link("survey-90"), new()
        {
            ["Input.Progress"] = "Achieved",
            ["Input.Satisfaction"] = "5",
        });
        await fx.DrainAsync();

        var end = await fx.InstanceAsync(id);
        var state = await fx.StateAsync(id);
        Assert.Equal(RuntimeStatus.Completed, end.RuntimeStatus);
        Assert.Equal(DeskRequestStep.Closed, state.Step);
        Assert.Equal([(30, FollowUpProgress.InProgress, 4), (90, FollowUpProgress.Achieved, 5)], state.SurveyResponses.Select(r => (r.Round, r.Progress, r.Satisfaction)));
        Assert.Equal(MeetingOutcome.Held, state.Outcome);
        Assert.Equal("Deposito della domanda di brevetto entro maggio.", state.OutcomeNotes);
        Assert.Equal(atDesk, state.Meeting!.Start);
        var (closedStatus, closedPage) = await OpenAsync(fx.NewClient(), survey90.Link("survey-90"));
        Assert.Equal(HttpStatusCode.Conflict, closedStatus);
        Assert.Equal("Request ended", Heading(closedPage));
        var (expiredStatus, expiredPage) = await OpenAsync(partner, outcomeMail.Link("outcome-no-show"));
        Assert.Equal(HttpStatusCode.Gone, expiredStatus);
        Assert.Equal("Link scaduto", Heading(expiredPage));
    }

    [Fact]
    public async Task Given_two_partners_for_the_topic_when_both_decline_then_the_second_gets_it_and_then_the_applicant_is_told()
    {
        var (id, code) = await fx.FileRequestAsync(Category.DigitalTransition, Applicant);
        var seen = new HashSet<string>();
        var first = (await fx.StateAsync(id)).CurrentPartner()!;
        var firstReview = await fx.NewMailAsync(code, "partner-review-request", first.ReviewerEmails[0], seen);

        await ActAndConfirmAsync(fx.NewClient(), firstReview.Link("decline"), new() { ["Input.Reason"] = "Non seguiamo progetti digitali in questo trimestre." });
        await fx.DrainAsync();

        var state = await fx.StateAsync(id);
        var second = state.CurrentPartner()!;
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(DeskRequestStep.AwaitingPartnerReview, state.Step);
        Assert.Equal("Non seguiamo progetti digitali in questo trimestre.", Assert.Single(state.Declines).Reason);
        var secondReview = await fx.NewMailAsync(code, "partner-review-request", second.ReviewerEmails[0], seen);
        Assert.Equal(["accept", "ask-info", "decline", "refer"], secondReview.Links.Keys.Order(StringComparer.Ordinal));

        await ActAndConfirmAsync(fx.NewClient(), secondReview.Link("decline"), new() { ["Input.Reason"] = "Fuori dal nostro territorio." });
        await fx.DrainAsync();

        Assert.Equal(DeskRequestStep.Declined, (await fx.StateAsync(id)).Step);
        Assert.Equal(RuntimeStatus.Completed, (await fx.InstanceAsync(id)).RuntimeStatus);
        var declined = await fx.NewMailAsync(code, "request-declined", Applicant, seen);
        Assert.Empty(declined.Links);
    }

    [Fact]
    public async Task Given_the_partner_refers_the_request_then_the_chosen_partner_gets_it_with_the_reason()
    {
        var (id, code) = await fx.FileRequestAsync(Category.InnovationPatent, Applicant);
        var seen = new HashSet<string>();
        var review = await fx.NewMailAsync(code, "partner-review-request", Novain, seen);
        var client = fx.NewClient();
        var (_, page) = await OpenAsync(client, review.Link("refer"));
        var options = page.QuerySelectorAll("#partner option").Select(o => o.GetAttribute("value")).Where(v => v!.Length > 0).ToList();
        Assert.DoesNotContain("novain", options);
        Assert.Contains("confcooperative", options);

        var (missing, _, missingPage) = await SubmitAsync(client, review.Link("refer"), page, new() { ["Input.Reason"] = "Serve una cooperativa di comunità." });
        Assert.Equal(HttpStatusCode.BadRequest, missing);
        Assert.Equal("Scegliete un partner dall'elenco.", missingPage.QuerySelector("#partner-error")?.TextContent);

        var done = await ActAndConfirmAsync(client, review.Link("refer"), new()
        {
            ["Input.PartnerId"] = "confcooperative",
            ["Input.Reason"] = "Serve una cooperativa di comunità.",
        });
        await fx.DrainAsync();

        Assert.Contains("Confcooperative Piemonte Nord", MainText(done), StringComparison.Ordinal);
        var state = await fx.StateAsync(id);
        Assert.Equal("confcooperative", state.PartnerId);
        Assert.Equal(AssignmentReason.Referred, state.Assignments[^1].Reason);
        var referred = await fx.NewMailAsync(code, "partner-review-request", "cooperazione@confcooperative.example", seen);
        Assert.Contains("Serve una cooperativa di comunità.", referred.Local.Text, StringComparison.Ordinal);
        Assert.Contains("accept", referred.Links.Keys);
    }

    [Fact]
    public async Task Given_the_partner_asks_for_information_when_the_applicant_answers_by_link_then_the_partner_reviews_again()
    {
        var (id, code) = await fx.FileRequestAsync(Category.InnovationPatent, Applicant);
        var seen = new HashSet<string>();
        var review = await fx.NewMailAsync(code, "partner-review-request", Novain, seen);

        await ActAndConfirmAsync(fx.NewClient(), review.Link("ask-info"), new() { ["Input.Question"] = "Esiste già un prototipo funzionante?" });
        await fx.DrainAsync();
        Assert.Equal(DeskRequestStep.InfoRequested, (await fx.StateAsync(id)).Step);
        var info = await fx.NewMailAsync(code, "info-request", Applicant, seen);
        Assert.Equal(["answer-info", "withdraw"], info.Links.Keys.Order(StringComparer.Ordinal));

        var applicant = fx.NewClient();
        var (_, answerPage) = await OpenAsync(applicant, info.Link("answer-info"));
        Assert.Contains("Esiste già un prototipo funzionante?", answerPage.QuerySelector("blockquote")?.TextContent, StringComparison.Ordinal);
        await ActAndConfirmAsync(applicant, info.Link("answer-info"), new() { ["Input.Answer"] = "Sì, un essiccatoio da 50 kg costruito con mio padre." });
        await fx.DrainAsync();

        var state = await fx.StateAsync(id);
        Assert.Equal(DeskRequestStep.AwaitingPartnerReview, state.Step);
        Assert.Equal("Sì, un essiccatoio da 50 kg costruito con mio padre.", state.InfoExchanges[^1].Answer);
        var again = await fx.NewMailAsync(code, "partner-review-request", Novain, seen);
        Assert.Contains("essiccatoio da 50 kg", again.Local.Text, StringComparison.Ordinal);
        Assert.NotEqual(review.Link("accept"), again.Link("accept"));
    }

    [Fact]
    public async Task Given_the_applicant_withdraws_from_the_first_mail_then_everyone_is_told_and_the_partner_links_stop()
    {
        var (id, code) = await fx.FileRequestAsync(Category.InnovationPatent, Applicant);
        var seen = new HashSet<string>();
        var received = await fx.NewMailAsync(code, "request-received", Applicant, seen);
        var review = await fx.NewMailAsync(code, "partner-review-request", Novain, seen);
        var client = fx.NewClient();

        var (_, page) = await OpenAsync(client, received.Link("withdraw"));
        Assert.NotNull(page.QuerySelector("main .alert-warning"));
        Assert.NotNull(page.QuerySelector("main button.btn-danger"));
        await ActAndConfirmAsync(client, received.Link("withdraw"), new() { ["Input.Reason"] = "Ho trovato un altro finanziamento." });
        await fx.DrainAsync();

        var state = await fx.StateAsync(id);
        Assert.Equal(DeskRequestStep.Withdrawn, state.Step);
        Assert.Equal("Ho trovato un altro finanziamento.", state.WithdrawalReason);
        await fx.NewMailAsync(code, "request-withdrawn", Applicant, seen);
        await fx.NewMailAsync(code, "partner-notice", Novain, seen);
        var (status, ended) = await OpenAsync(fx.NewClient(), review.Link("accept"));
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("Ritirata", MainText(ended), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_slot_length_the_step_rules_allow_when_the_partner_proposes_it_by_link_then_it_is_taken_as_on_the_signed_in_page()
    {
        var seen = new HashSet<string>();
        var (id, code, partner) = await AcceptedAsync(seen);
        var link = (await fx.NewMailAsync(code, "partner-slots-request", Novain, seen)).Link("propose-slots");
        var slot = fx.Next(DayOfWeek.Friday, new TimeOnly(9, 30), minDays: 3);
        // 10 minutes is refused with the rule's bounds (the field is a number, no longer a list of five lengths).
        var (status, _, refused) = await ActAsync(partner, link, LinksFixture.DeskSlot(slot, "10"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Indicate una durata da 15 a 480 minuti.", refused.QuerySelector("#slot1-minutes-error")?.TextContent.Trim());
        Assert.Equal("15", refused.QuerySelector("#slot1-minutes")?.GetAttribute("min"));
        Assert.Equal("480", refused.QuerySelector("#slot1-minutes")?.GetAttribute("max"));

        // 20 minutes: refused before (30, 45, 60, 90, 120 only), allowed by the step rules and the partner's page.
        await ActAndConfirmAsync(partner, link, LinksFixture.DeskSlot(slot, "20"));
        await fx.DrainAsync();
        var state = await fx.StateAsync(id);
        Assert.Equal(DeskRequestStep.ConvocationSent, state.Step);
        Assert.Equal(20, Assert.Single(state.ProposedSlots).DurationMinutes);
    }

    [Fact]
    public async Task Given_a_desk_closure_added_after_the_request_was_filed_when_the_partner_proposes_a_day_in_it_by_link_then_it_is_refused_naming_it()
    {
        var seen = new HashSet<string>();
        var (id, code, partner) = await AcceptedAsync(seen);
        var link = (await fx.NewMailAsync(code, "partner-slots-request", Novain, seen)).Link("propose-slots");
        var slot = fx.Next(DayOfWeek.Friday, new TimeOnly(9, 30), minDays: 3);
        var day = BusinessCalendar.RomeDate(slot);
        var registry = fx.Services.GetRequiredService<Workflows.Host.Anagrafica.NetworkRegistry>();
        var burolo = registry.Current.Directory.FindDesk("burolo")!;
        Assert.True((await registry.SaveDeskAsync(burolo with { Closures = [new DeskClosure(day, day, "disinfestazione dei locali")] }, "test", CancellationToken.None)).Saved);
        try
        {
            var (status, _, refused) = await ActAsync(partner, link, LinksFixture.DeskSlot(slot));

            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Contains("lo sportello è chiuso (disinfestazione dei locali", refused.QuerySelector("#slot1-date-error")?.TextContent, StringComparison.Ordinal);
            Assert.Equal(DeskRequestStep.Scheduling, (await fx.StateAsync(id)).Step);
        }
        finally
        {
            Assert.True((await registry.SaveDeskAsync(burolo, "test", CancellationToken.None)).Saved);
        }
    }

    [Fact]
    public async Task Given_a_convocation_nobody_answers_then_a_reminder_after_3_days_and_after_10_the_partner_is_asked_again()
    {
        var seen = new HashSet<string>();
        var (id, code, partner) = await AcceptedAsync(seen);
        var slot = fx.Next(DayOfWeek.Monday, new TimeOnly(9, 30), minDays: 12);
        await ActAndConfirmAsync(partner, (await fx.NewMailAsync(code, "partner-slots-request", Novain, seen)).Link("propose-slots"), LinksFixture.DeskSlot(slot));
        await fx.DrainAsync();
        var convocation = await fx.NewMailAsync(code, "convocation", Applicant, seen);
        var sentAt = convocation.Local.SentAt;

        var reminderDue = await fx.FireTimerAsync(id, DeskRequestTimers.ConvocationReminder);
        var reminder = await fx.NewMailAsync(code, "convocation", Applicant, seen);
        var expiryDue = await fx.FireTimerAsync(id, DeskRequestTimers.ConvocationExpiry);

        Assert.Equal(BusinessCalendar.AddCalendarDays(sentAt, 3), reminderDue, TimeSpan.FromMinutes(1));
        Assert.Contains("confirm-1", reminder.Links.Keys);
        Assert.Equal(BusinessCalendar.AddCalendarDays(sentAt, 10), expiryDue, TimeSpan.FromMinutes(1));
        var state = await fx.StateAsync(id);
        Assert.Equal(DeskRequestStep.Scheduling, state.Step);
        Assert.Equal(SchedulingReason.ConvocationExpired, state.SchedulingReason);
        var askedAgain = await fx.NewMailAsync(code, "partner-slots-request", Novain, seen);
        Assert.Contains("propose-slots", askedAgain.Links.Keys);
        var (status, page) = await OpenAsync(fx.NewClient(), convocation.Link("confirm-1"));
        Assert.Equal(HttpStatusCode.Gone, status); // the convocation's links expire with it
        Assert.Equal("Link scaduto", Heading(page));
    }

    [Fact]
    public async Task Given_a_partner_who_does_not_answer_then_reminders_then_escalation_after_5_business_days_and_the_coordinator_acts_by_link()
    {
        var (id, code) = await fx.FileRequestAsync(Category.InnovationPatent, Applicant);
        var seen = new HashSet<string>();
        var filedAt = (await fx.InstanceAsync(id)).CreatedAt;
        await fx.NewMailAsync(code, "partner-review-request", Novain, seen);

        await fx.FireTimerAsync(id, DeskRequestTimers.PartnerReminder(1));
        await fx.NewMailAsync(code, "partner-review-request", Novain, seen);
        await fx.FireTimerAsync(id, DeskRequestTimers.PartnerReminder(2));
        await fx.NewMailAsync(code, "partner-review-request", Novain, seen);
        var escalatedAt = await fx.FireTimerAsync(id, DeskRequestTimers.PartnerEscalation);

        Assert.Equal(BusinessCalendar.AddBusinessDays(filedAt, 5), escalatedAt);
        var escalation = await fx.NewMailAsync(code, "coordinator-escalation", Coordinator, seen);
        Assert.Equal("it", escalation.Language);
        Assert.Equal(["reassign", "remind"], escalation.Links.Keys.Order(StringComparer.Ordinal));

        var coordinator = fx.NewClient();
        var done = await ActAndConfirmAsync(coordinator, escalation.Link("remind"));
        await fx.DrainAsync();
        Assert.Contains("Il sollecito è stato inviato", MainText(done), StringComparison.Ordinal);
        var reminded = await fx.NewMailAsync(code, "partner-review-request", Novain, seen);
        Assert.Contains("accept", reminded.Links.Keys);

        // One e-mail, one use: the other button of the same mail is spent too.
        var before = await fx.InstanceAsync(id);
        var (_, status, _) = await ActWithStatusAsync(coordinator, escalation.Link("reassign"), new() { ["Input.PartnerId"] = "api-torino" });
        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Equal(before.HistoryLength, (await fx.InstanceAsync(id)).HistoryLength);
        Assert.Equal("novain", (await fx.StateAsync(id)).PartnerId);
    }

    [Fact]
    public async Task Given_no_partner_for_the_topic_when_the_coordinator_assigns_one_from_the_triage_mail_then_that_partner_reviews_it()
    {
        var (id, code) = await fx.FileRequestAsync(Category.YouthTrainingWork, Applicant);
        var seen = new HashSet<string>();
        Assert.Equal(DeskRequestStep.AwaitingTriage, (await fx.StateAsync(id)).Step);
        var triage = await fx.NewMailAsync(code, "coordinator-triage", Coordinator, seen);
        Assert.Equal(["triage-assign"], triage.Links.Keys);
        var client = fx.NewClient();
        var (_, page) = await OpenAsync(client, triage.Link("triage-assign"));
        var options = page.QuerySelectorAll("#partner option").Select(o => o.GetAttribute("value")).Where(v => v!.Length > 0).ToList();
        Assert.Equal(["api-torino", "confcooperative", "novain"], options.Order(StringComparer.Ordinal));

        var done = await ActAndConfirmAsync(client, triage.Link("triage-assign"), new()
        {
            ["Input.PartnerId"] = "api-torino",
            ["Input.Note"] = "Percorso per giovani imprenditori: valutate voi.",
        });
        await fx.DrainAsync();

        Assert.Contains("API Torino", MainText(done), StringComparison.Ordinal);
        var state = await fx.StateAsync(id);
        Assert.Equal(DeskRequestStep.AwaitingPartnerReview, state.Step);
        Assert.Equal("api-torino", state.PartnerId);
        var review = await fx.NewMailAsync(code, "partner-review-request", "sportelli@apito.example", seen);
        Assert.Contains("Percorso per giovani imprenditori", review.Local.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_an_applicant_without_email_then_the_desk_gets_the_applicants_links_and_acts_for_them()
    {
        var (id, code) = await fx.FileRequestAsync(Category.InnovationPatent, applicantEmail: null);
        var seen = new HashSet<string>();
        var received = await fx.NewMailAsync(code, "request-received", Desk, seen);
        var review = await fx.NewMailAsync(code, "partner-review-request", Novain, seen);
        Assert.Equal(["withdraw"], received.Links.Keys);
        await ActAndConfirmAsync(fx.NewClient(), review.Link("ask-info"), new() { ["Input.Question"] = "Il richiedente ha già una partita IVA?" });
        await fx.DrainAsync();

        var info = await fx.NewMailAsync(code, "info-request", Desk, seen);
        await ActAndConfirmAsync(fx.NewClient(), info.Link("answer-info"), new() { ["Input.Answer"] = "No, la aprirà dopo il brevetto." });
        await fx.DrainAsync();

        Assert.Equal("No, la aprirà dopo il brevetto.", (await fx.StateAsync(id)).InfoExchanges[^1].Answer);
    }

    [Fact]
    public async Task Given_an_event_registration_when_the_registrant_cancels_by_link_then_the_invite_is_cancelled()
    {
        var code = "EV-2026-" + LinksFixture.NextNumber().ToString("0000", CultureInfo.InvariantCulture);
        var start = fx.Next(DayOfWeek.Thursday, new TimeOnly(17, 30), minDays: 5);
        var input = new EventRegistrationInput(
            code, "bandi-energia-2026", "Bandi per la transizione energetica: incontro informativo", start, start.AddHours(2),
            "Sala consiliare, Piazza Municipio 1, Borgofranco d'Ivrea", null, "ANPCI – Novain", "eventi@novain.example",
            "Paolo Actis", "paolo.actis@example.org", "it");
        var started = await fx.Commands.StartAsync(EventRegistrationWorkflow.WorkflowName, input);
        await fx.DrainAsync();
        var seen = new HashSet<string>();
        var confirmed = await fx.NewMailAsync(code, "event-registration-confirmed", "paolo.actis@example.org", seen);
        var client = fx.NewClient();

        var (_, page) = await OpenAsync(client, confirmed.Link("cancel"));
        Assert.Equal("Annulla l'iscrizione", Heading(page));
        Assert.Contains("Bandi per la transizione energetica", MainText(page), StringComparison.Ordinal);
        await ActAndConfirmAsync(client, confirmed.Link("cancel"), new() { ["Input.Reason"] = "Ho un impegno di lavoro." });
        await fx.DrainAsync();

        var instance = await fx.InstanceAsync(started.InstanceId);
        Assert.Equal("Cancelled", instance.CustomStatus);
        var cancelled = await fx.NewMailAsync(code, "event-registration-cancelled", "paolo.actis@example.org", seen);
        Assert.Equal("CANCEL", cancelled.Local.IcsMethod);
    }

    [Fact]
    public async Task Given_dates_that_do_not_suit_when_the_applicant_asks_for_others_the_partner_cancels_and_the_applicant_moves_it_then_each_goes_back_to_scheduling()
    {
        var seen = new HashSet<string>();
        var (id, code, partner) = await AcceptedAsync(seen);
        var applicant = fx.NewClient();

        // The applicant cannot come on the proposed date and says when they can.
        var convocation = await ProposeAsync(code, seen, fx.Next(DayOfWeek.Friday, new TimeOnly(9, 0), minDays: 3));
        await ActAndConfirmAsync(applicant, convocation.Link("other-slots"), new() { ["Input.Note"] = "Solo il lunedì mattina." });
        await fx.DrainAsync();
        var state = await fx.StateAsync(id);
        Assert.Equal(DeskRequestStep.Scheduling, state.Step);
        Assert.Equal(SchedulingReason.ApplicantAskedOtherSlots, state.SchedulingReason);
        Assert.Equal("Solo il lunedì mattina.", state.SchedulingNote);

        // New date, confirmed; then the partner cancels it: the applicant's calendar gets the CANCEL.
        convocation = await ProposeAsync(code, seen, fx.Next(DayOfWeek.Monday, new TimeOnly(9, 30), minDays: 3));
        await ActAndConfirmAsync(applicant, convocation.Link("confirm-1"));
        await fx.DrainAsync();
        await fx.NewMailAsync(code, "meeting-confirmed", Applicant, seen);
        var partnerConfirmed = await fx.NewMailAsync(code, "partner-meeting-confirmed", Novain, seen);
        Assert.Equal(["partner-cancel", "partner-reschedule"], partnerConfirmed.Links.Keys.Order(StringComparer.Ordinal));
        await ActAndConfirmAsync(partner, partnerConfirmed.Link("partner-cancel"), new() { ["Input.Reason"] = "Il consulente brevettuale è malato." });
        await fx.DrainAsync();
        var cancelled = await fx.NewMailAsync(code, "meeting-cancelled", Applicant, seen);
        Assert.Equal("CANCEL", cancelled.Local.IcsMethod);
        Assert.Equal(SchedulingReason.MeetingCancelled, (await fx.StateAsync(id)).SchedulingReason);

        // Once more: confirmed, and this time the applicant moves it from the confirmation mail.
        convocation = await ProposeAsync(code, seen, fx.Next(DayOfWeek.Monday, new TimeOnly(10, 0), minDays: 3));
        await ActAndConfirmAsync(applicant, convocation.Link("confirm-1"));
        await fx.DrainAsync();
        var confirmed = await fx.NewMailAsync(code, "meeting-confirmed", Applicant, seen);
        await ActAndConfirmAsync(applicant, confirmed.Link("reschedule"), new() { ["Input.Note"] = "Dopo le 11, per favore." });
        await fx.DrainAsync();

        state = await fx.StateAsync(id);
        Assert.Equal(DeskRequestStep.Scheduling, state.Step);
        Assert.Equal(SchedulingReason.ApplicantAskedOtherSlots, state.SchedulingReason);
        Assert.Equal("Dopo le 11, per favore.", state.SchedulingNote);
        Assert.Contains("Dopo le 11, per favore.", (await fx.NewMailAsync(code, "partner-slots-request", Novain, seen)).Local.Text, StringComparison.Ordinal);
    }

    /// <summary>A request filed at the desk and accepted by Novain from its review mail (a client that keeps its cookies).</summary>
    private async Task<(InstanceId Id, string Code, HttpClient Partner)> AcceptedAsync(HashSet<string> seen)
    {
        var (id, code) = await fx.FileRequestAsync(Category.InnovationPatent, Applicant);
        var partner = fx.NewClient();
        await ActAndConfirmAsync(partner, (await fx.NewMailAsync(code, "partner-review-request", Novain, seen)).Link("accept"));
        await fx.DrainAsync();
        return (id, code, partner);
    }

    /// <summary>The partner proposes one desk slot from the latest slots request; returns the applicant's convocation.</summary>
    private async Task<LinksFixture.Mail> ProposeAsync(string code, HashSet<string> seen, DateTimeOffset slot)
    {
        var request = await fx.NewMailAsync(code, "partner-slots-request", Novain, seen);
        await ActAndConfirmAsync(fx.NewClient(), request.Link("propose-slots"), LinksFixture.DeskSlot(slot));
        await fx.DrainAsync();
        return await fx.NewMailAsync(code, "convocation", Applicant, seen);
    }

    private static async Task<(string? Location, HttpStatusCode Status, AngleSharp.Html.Dom.IHtmlDocument Page)> ActWithStatusAsync(
        HttpClient client, string url, Dictionary<string, string> fields)
    {
        var (status, location, page) = await ActAsync(client, url, fields);
        return (location, status, page);
    }
}
