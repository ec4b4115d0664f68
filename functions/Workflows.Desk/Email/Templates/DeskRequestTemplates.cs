using Workflows.Desk.Email.Models;
using Workflows.Desk.Requests;
using Workflows.Steps;
using A = Workflows.Desk.Requests.DeskRequestActions;

namespace Workflows.Desk.Email.Templates;

/// <summary>The desk-request e-mails, Italian and English side by side.</summary>
internal static class DeskRequestTemplates
{
    public static IEnumerable<KeyValuePair<string, Func<SendEmail, EmailLanguage, EmailContent>>> All =>
    [
        TemplateEntry.Of<RequestReceivedEmail>(EmailTemplates.RequestReceived, RequestReceived),
        TemplateEntry.Of<PartnerReviewRequestEmail>(EmailTemplates.PartnerReviewRequest, PartnerReviewRequest),
        TemplateEntry.Of<InfoRequestEmail>(EmailTemplates.InfoRequest, InfoRequest),
        TemplateEntry.Of<PartnerSlotsRequestEmail>(EmailTemplates.PartnerSlotsRequest, PartnerSlotsRequest),
        TemplateEntry.Of<ConvocationEmail>(EmailTemplates.Convocation, Convocation),
        TemplateEntry.Of<MeetingConfirmedEmail>(EmailTemplates.MeetingConfirmed, MeetingConfirmed),
        TemplateEntry.Of<PartnerMeetingConfirmedEmail>(EmailTemplates.PartnerMeetingConfirmed, PartnerMeetingConfirmed),
        TemplateEntry.Of<MeetingReminderEmail>(EmailTemplates.MeetingReminder, MeetingReminder),
        TemplateEntry.Of<MeetingCancelledEmail>(EmailTemplates.MeetingCancelled, MeetingCancelled),
        TemplateEntry.Of<PartnerOutcomeRequestEmail>(EmailTemplates.PartnerOutcomeRequest, PartnerOutcomeRequest),
        TemplateEntry.Of<FollowUpSurveyEmail>(EmailTemplates.FollowUpSurvey, FollowUpSurvey),
        TemplateEntry.Of<RequestDeclinedEmail>(EmailTemplates.RequestDeclined, RequestDeclined),
        TemplateEntry.Of<RequestWithdrawnEmail>(EmailTemplates.RequestWithdrawn, RequestWithdrawn),
        TemplateEntry.Of<PartnerNoticeEmail>(EmailTemplates.PartnerNotice, PartnerNotice),
        TemplateEntry.Of<DeskUpdateEmail>(EmailTemplates.DeskUpdate, DeskUpdate),
        TemplateEntry.Of<CoordinatorTriageEmail>(EmailTemplates.CoordinatorTriage, CoordinatorTriage),
        TemplateEntry.Of<CoordinatorEscalationEmail>(EmailTemplates.CoordinatorEscalation, CoordinatorEscalation),
        TemplateEntry.Of<CoordinatorUndeliverableEmail>(EmailTemplates.CoordinatorUndeliverable, CoordinatorUndeliverable),
    ];

    private static EmailContent RequestReceived(RequestReceivedEmail m, EmailLanguage l)
    {
        var title = l.T("Abbiamo ricevuto la tua richiesta", "We have received your request");
        var c = new EmailContent(title, title).P(l.Greeting(m.ApplicantName, m.ViaDesk));
        if (m.ViaDesk)
        {
            c.P(l.ViaDeskNote(m.ApplicantName));
        }

        c.P(l.T("la richiesta è stata registrata dallo sportello per l'innovazione.", "the innovation desk has filed the request."))
            .Facts(
                new(l.T("Tema", "Topic"), l.Category(m.Category)),
                new(l.T("Sportello", "Desk"), m.DeskName),
                new(l.T("Partner incaricato", "Partner in charge"), m.PartnerName ?? l.T("in corso di assegnazione", "being assigned")));
        c.Next(l, m.PartnerName is null
            ? l.T(
                "Il coordinamento della rete sceglierà il partner più adatto, che esaminerà la richiesta e ti contatterà.",
                "The network's coordinator will choose the most suitable partner, who will review the request and contact you.")
            : l.T(
                $"{m.PartnerName} esaminerà la richiesta e ti contatterà, di norma entro pochi giorni lavorativi.",
                $"{m.PartnerName} will review the request and contact you, usually within a few business days."));
        return c.Button(A.Withdraw, l.T("Ritira la richiesta", "Withdraw the request"));
    }

    private static EmailContent PartnerReviewRequest(PartnerReviewRequestEmail m, EmailLanguage l)
    {
        var title = l.ReminderPrefix(m.IsReminder) + (m.InfoExchanges.Any(x => x.Answer is not null)
            ? l.T("Richiesta da esaminare: sono arrivate le informazioni", "Request to review: the information has arrived")
            : l.T("Nuova richiesta da esaminare", "New request to review"));
        var c = new EmailContent(title, title).P(l.T($"Gentile {m.PartnerName},", $"Dear {m.PartnerName},"));
        c.P(m.AssignmentReason switch
        {
            AssignmentReason.Referred => l.T("un altro partner della rete vi ha indirizzato questa richiesta.", "another partner of the network referred this request to you."),
            AssignmentReason.Reassigned => l.T("il coordinamento della rete vi ha affidato questa richiesta.", "the network's coordinator has assigned this request to you."),
            AssignmentReason.Triage => l.T("il coordinamento della rete vi ha scelto per questa richiesta.", "the network's coordinator has chosen you for this request."),
            AssignmentReason.Rerouted => l.T("un altro partner non ha potuto prendere in carico questa richiesta, che ora è affidata a voi.", "another partner could not take this request, which is now yours."),
            _ => l.T("uno sportello per l'innovazione vi ha inoltrato questa richiesta.", "an innovation desk has forwarded this request to you."),
        }).Quote(m.AssignmentNote);
        c.Facts(
            new(l.T("Richiedente", "Applicant"), $"{m.ApplicantName} ({l.Kind(m.ApplicantKind)})"),
            new(l.T("E-mail", "E-mail"), m.ApplicantEmail ?? l.T("nessuna: contattatelo tramite lo sportello", "none: reach them through the desk")),
            new(l.T("Telefono", "Phone"), m.ApplicantPhone),
            new(l.T("Contatto preferito", "Preferred contact"), l.Contact(m.PreferredContact)),
            new(l.T("Tema", "Topic"), l.Category(m.Category)),
            new(l.T("Comune", "Municipality"), $"{m.ComuneName} ({m.Province})"),
            new(l.T("Sportello", "Desk"), $"{m.DeskName} – {m.DeskEmail}"));
        c.H2(l.T("La richiesta", "The request")).Quote(m.Description);
        if (m.InfoExchanges.Count > 0)
        {
            c.H2(l.T("Domande e risposte", "Questions and answers"));
            foreach (var x in m.InfoExchanges)
            {
                c.Facts(
                    new(l.T("Domanda", "Question"), x.Question),
                    new(l.T("Risposta", "Answer"), x.Answer ?? l.T("in attesa", "awaiting")));
            }
        }

        var due = m.DueAt is { } d ? l.T($" entro {l.When(d)}", $" by {l.When(d)}") : string.Empty;
        c.Next(l, l.T(
            $"Vi chiediamo di accettarla, di rifiutarla indicandone il motivo, di indirizzarla a un altro partner oppure di chiedere informazioni{due}. Oltre quel termine il coordinamento della rete sarà avvisato.",
            $"Please accept it, decline it giving a reason, refer it to another partner or ask for information{due}. After that the network's coordinator will be told."));
        return c.Button(A.Accept, l.T("Accetto la richiesta", "I accept the request"))
            .Button(A.Decline, l.T("Non posso prenderla in carico", "I cannot take it"))
            .Button(A.Refer, l.T("La indirizzo a un altro partner", "I refer it to another partner"))
            .Button(A.AskInfo, l.T("Chiedo informazioni al richiedente", "I ask the applicant for information"));
    }

    private static EmailContent InfoRequest(InfoRequestEmail m, EmailLanguage l)
    {
        var title = l.ReminderPrefix(m.IsReminder) + l.T($"{m.PartnerName} ti chiede alcune informazioni", $"{m.PartnerName} asks you for some information");
        var c = new EmailContent(title, title).P(l.Greeting(m.ApplicantName, m.ViaDesk));
        if (m.ViaDesk)
        {
            c.P(l.ViaDeskNote(m.ApplicantName));
        }

        c.P(l.T($"per esaminare la richiesta, {m.PartnerName} ha bisogno di sapere:", $"to review the request, {m.PartnerName} needs to know:"))
            .Quote(m.Question)
            .Next(l, l.T(
                "Rispondi con il pulsante qui sotto: la richiesta tornerà al partner appena avremo la tua risposta.",
                "Answer with the button below: the request goes back to the partner as soon as we have your answer."));
        return c.Button(A.AnswerInfo, l.T("Rispondo alla domanda", "I answer the question"))
            .Button(A.Withdraw, l.T("Ritira la richiesta", "Withdraw the request"));
    }

    private static EmailContent PartnerSlotsRequest(PartnerSlotsRequestEmail m, EmailLanguage l)
    {
        var title = l.ReminderPrefix(m.IsReminder) + (m.Reason == SchedulingReason.Accepted
            ? l.T("Proponete le date dell'appuntamento", "Propose the appointment dates")
            : l.T("Proponete nuove date per l'appuntamento", "Propose new appointment dates"));
        var c = new EmailContent(title, title).P(l.T($"Gentile {m.PartnerName},", $"Dear {m.PartnerName},"));
        c.P(m.Reason switch
        {
            SchedulingReason.ApplicantAskedOtherSlots => l.T($"{m.ApplicantName} ha chiesto date diverse.", $"{m.ApplicantName} asked for other dates."),
            SchedulingReason.ConvocationExpired => l.T($"{m.ApplicantName} non ha scelto nessuna delle date proposte entro 10 giorni.", $"{m.ApplicantName} did not choose any of the proposed dates within 10 days."),
            SchedulingReason.MeetingCancelled => l.T("avete annullato l'appuntamento.", "you cancelled the appointment."),
            SchedulingReason.Rescheduled => l.T("avete indicato che l'incontro va riprogrammato.", "you recorded that the meeting has to be rescheduled."),
            _ => l.T($"grazie per aver accettato la richiesta di {m.ApplicantName}.", $"thank you for accepting the request of {m.ApplicantName}."),
        }).Quote(m.Note);
        c.Facts(
            new(l.T("Richiedente", "Applicant"), m.ApplicantName),
            new(l.T("Contatto preferito", "Preferred contact"), l.Contact(m.PreferredContact)),
            new(l.T("Sportello", "Desk"), m.DeskName),
            new(l.T("Indirizzo", "Address"), m.DeskAddress));
        if (m.OfficeHours.Count > 0)
        {
            c.H2(l.T("Orari di apertura dello sportello", "Desk office hours")).Items(m.OfficeHours.Select(l.Hours));
        }

        var due = m.DueAt is { } d ? l.T($" entro {l.When(d)}", $" by {l.When(d)}") : string.Empty;
        c.Next(l, l.T(
            $"Proponete da 1 a 3 date{due}: presso lo sportello, negli orari di apertura, oppure a distanza con il link della videochiamata. Il richiedente sceglierà quella che preferisce.",
            $"Propose 1 to 3 dates{due}: at the desk, within its office hours, or remotely with a video-call link. The applicant will choose one."));
        return c.Button(A.ProposeSlots, l.T("Propongo le date", "I propose the dates"));
    }

    private static EmailContent Convocation(ConvocationEmail m, EmailLanguage l)
    {
        var title = l.ReminderPrefix(m.IsReminder) + (m.IsChange
            ? l.T("Nuove date per il tuo appuntamento", "New dates for your appointment")
            : l.T("Scegli la data del tuo appuntamento", "Choose the date of your appointment"));
        var c = new EmailContent(title, title).P(l.Greeting(m.ApplicantName, m.ViaDesk));
        if (m.ViaDesk)
        {
            c.P(l.ViaDeskNote(m.ApplicantName));
        }

        c.P(l.T(
            $"{m.PartnerName} ti invita a un incontro per la tua richiesta e ti propone queste date. Scegli quella che preferisci entro {l.When(m.ExpiresAt)}.",
            $"{m.PartnerName} invites you to a meeting about your request and proposes these dates. Choose the one you prefer by {l.When(m.ExpiresAt)}."));
        c.H2(l.T("Date proposte", "Proposed dates"))
            .Items(m.Slots.Select((s, i) => $"{i + 1}. {l.Span(s.Start, s.End)} – {l.Place(s, m.DeskName, m.DeskAddress)}"));
        if (m.Slots.Any(s => s.Place == MeetingPlace.AtDesk) && m.OfficeHours.Count > 0)
        {
            c.H2(l.T("Orari di apertura dello sportello", "Desk office hours")).Items(m.OfficeHours.Select(l.Hours));
        }

        c.Next(l, l.T(
            "Riceverai la conferma con l'invito per il tuo calendario. Se nessuna data va bene, chiedine altre.",
            "You will receive a confirmation with an invite for your calendar. If no date suits you, ask for others."));
        for (var i = 0; i < m.Slots.Count; i++)
        {
            var s = m.Slots[i];
            c.Button(A.Confirm(i + 1), l.T($"Scelgo la data {i + 1}: {l.When(s.Start)}", $"I choose date {i + 1}: {l.When(s.Start)}"));
        }

        return c.Button(A.OtherSlots, l.T("Nessuna data va bene: chiedo altre date", "No date suits me: I ask for others"))
            .Button(A.Withdraw, l.T("Ritira la richiesta", "Withdraw the request"));
    }

    private static EmailContent MeetingConfirmed(MeetingConfirmedEmail m, EmailLanguage l)
    {
        var title = l.ReminderPrefix(m.IsReminder) + (m.IsChange
            ? l.T("Il tuo appuntamento è stato spostato", "Your appointment has been moved")
            : l.T("Il tuo appuntamento è confermato", "Your appointment is confirmed"));
        var c = new EmailContent(title, title).P(l.Greeting(m.ApplicantName, m.ViaDesk));
        if (m.ViaDesk)
        {
            c.P(l.ViaDeskNote(m.ApplicantName));
        }

        c.P(l.T($"ecco il tuo appuntamento con {m.PartnerName}.", $"here is your appointment with {m.PartnerName}."));
        MeetingFacts(c, l, m.Meeting, m.DeskName, m.DeskAddress, m.PartnerName);
        c.P(l.T("In allegato trovi l'invito da aggiungere al tuo calendario.", "The invite for your calendar is attached."))
            .Next(l, l.T(
                "Ti ricorderemo l'appuntamento 48 e 24 ore prima. Se non puoi più partecipare, spostalo o annullalo.",
                "We will remind you 48 and 24 hours before. If you can no longer attend, move or cancel it."));
        return c.Button(A.Reschedule, l.T("Sposta l'appuntamento", "Move the appointment"))
            .Button(A.Cancel, l.T("Annulla l'appuntamento e ritira la richiesta", "Cancel the appointment and withdraw the request"));
    }

    private static EmailContent PartnerMeetingConfirmed(PartnerMeetingConfirmedEmail m, EmailLanguage l)
    {
        var title = m.IsChange
            ? l.T("Appuntamento spostato: il richiedente ha scelto la nuova data", "Appointment moved: the applicant chose the new date")
            : l.T("Il richiedente ha confermato l'appuntamento", "The applicant confirmed the appointment");
        var c = new EmailContent(title, title).P(l.T($"Gentile {m.PartnerName},", $"Dear {m.PartnerName},"))
            .P(l.T($"{m.ApplicantName} ha scelto questa data.", $"{m.ApplicantName} chose this date."))
            .Facts(
                new(l.T("Richiedente", "Applicant"), m.ApplicantName),
                new(l.T("E-mail", "E-mail"), m.ApplicantEmail ?? l.T("nessuna: contattatelo tramite lo sportello", "none: reach them through the desk")),
                new(l.T("Telefono", "Phone"), m.ApplicantPhone));
        MeetingFacts(c, l, m.Meeting, m.DeskName, m.DeskAddress, partnerName: null);
        c.P(l.T("In allegato l'invito per il calendario.", "The calendar invite is attached."))
            .Next(l, l.T(
                "Dopo l'incontro vi chiederemo di registrarne l'esito. Se dovete cambiare data o annullare, usate i pulsanti qui sotto.",
                "After the meeting we will ask you to record its outcome. If you must change the date or cancel, use the buttons below."));
        return c.Button(A.PartnerReschedule, l.T("Propongo altre date", "I propose other dates"))
            .Button(A.PartnerCancel, l.T("Annullo l'appuntamento", "I cancel the appointment"));
    }

    private static EmailContent MeetingReminder(MeetingReminderEmail m, EmailLanguage l)
    {
        var title = m.HoursBefore <= 24
            ? l.T("Promemoria: il tuo appuntamento è domani", "Reminder: your appointment is tomorrow")
            : l.T($"Promemoria: il tuo appuntamento è tra {m.HoursBefore} ore", $"Reminder: your appointment is in {m.HoursBefore} hours");
        var c = new EmailContent(title, title).P(l.Greeting(m.ApplicantName, m.ViaDesk));
        if (m.ViaDesk)
        {
            c.P(l.ViaDeskNote(m.ApplicantName));
        }

        c.P(l.T($"ti ricordiamo l'appuntamento con {m.PartnerName}.", $"this is a reminder of your appointment with {m.PartnerName}."));
        MeetingFacts(c, l, m.Meeting, m.DeskName, m.DeskAddress, m.PartnerName);
        c.Next(l, l.T("Se non puoi più partecipare, sposta o annulla l'appuntamento.", "If you can no longer attend, move or cancel the appointment."));
        return c.Button(A.Reschedule, l.T("Sposta l'appuntamento", "Move the appointment"))
            .Button(A.Cancel, l.T("Annulla l'appuntamento e ritira la richiesta", "Cancel the appointment and withdraw the request"));
    }

    private static EmailContent MeetingCancelled(MeetingCancelledEmail m, EmailLanguage l)
    {
        var title = l.T("Appuntamento annullato", "Appointment cancelled");
        var c = new EmailContent(title, title).P(l.T($"Gentile {m.RecipientName},", $"Dear {m.RecipientName},"));
        c.P(m.CancelledBy switch
        {
            MeetingParty.Applicant => l.T("l'appuntamento è stato annullato su richiesta del richiedente.", "the appointment was cancelled at the applicant's request."),
            MeetingParty.Partner when m.ToPartner => l.T("avete annullato o spostato l'appuntamento.", "you cancelled or moved the appointment."),
            MeetingParty.Partner => l.T($"{m.PartnerName} ha annullato l'appuntamento.", $"{m.PartnerName} cancelled the appointment."),
            _ => l.T("il coordinamento della rete ha annullato l'appuntamento e affidato la richiesta a un altro partner.", "the network's coordinator cancelled the appointment and gave the request to another partner."),
        }).Quote(m.Reason);
        c.Facts(
            new(l.T("Appuntamento annullato", "Cancelled appointment"), l.Span(m.Meeting.Start, m.Meeting.End)),
            new(l.T("Con", "With"), m.PartnerName));
        c.P(l.T("L'allegato toglie l'appuntamento dal calendario.", "The attachment removes the appointment from the calendar."))
            .Next(l, (m.RequestContinues, m.ToPartner) switch
            {
                (true, false) => l.T("La richiesta prosegue: riceverai presto nuove date.", "The request goes on: new dates will follow soon."),
                (true, true) => l.T("La richiesta prosegue: le nuove date si concordano con i prossimi messaggi.", "The request goes on: the new dates are agreed through the next messages."),
                (false, false) => l.T("La richiesta è stata ritirata e non riceverai altri messaggi.", "The request has been withdrawn and no further messages will follow."),
                (false, true) => l.T("La richiesta è stata ritirata e non riceverete altri messaggi.", "The request has been withdrawn and no further messages will follow."),
            });
        return c;
    }

    private static EmailContent PartnerOutcomeRequest(PartnerOutcomeRequestEmail m, EmailLanguage l)
    {
        var title = l.ReminderPrefix(m.IsReminder) + l.T("Com'è andato l'incontro?", "How did the meeting go?");
        var c = new EmailContent(title, title).P(l.T($"Gentile {m.PartnerName},", $"Dear {m.PartnerName},"))
            .P(l.T($"l'incontro con {m.ApplicantName} era previsto per {l.Span(m.Meeting.Start, m.Meeting.End)}.", $"the meeting with {m.ApplicantName} was planned for {l.Span(m.Meeting.Start, m.Meeting.End)}."));
        var due = m.DueAt is { } d ? l.T($" entro {l.When(d)}", $" by {l.When(d)}") : string.Empty;
        c.Next(l, l.T(
            $"Registrate l'esito{due}: servirà a seguire il richiedente nei mesi successivi e a misurare i risultati della rete.",
            $"Record the outcome{due}: it lets the network follow the applicant up in the coming months and measure its results."));
        return c.Button(A.OutcomeHeld, l.T("L'incontro si è svolto", "The meeting took place"))
            .Button(A.OutcomeNoShow, l.T("Il richiedente non si è presentato", "The applicant did not come"))
            .Button(A.OutcomeRescheduled, l.T("L'incontro va riprogrammato", "The meeting must be rescheduled"));
    }

    private static EmailContent FollowUpSurvey(FollowUpSurveyEmail m, EmailLanguage l)
    {
        var title = l.ReminderPrefix(m.IsReminder) + l.T("Com'è andata? Due domande sul tuo percorso", "How is it going? Two questions about your project");
        var c = new EmailContent(title, title).P(l.Greeting(m.ApplicantName, m.ViaDesk));
        if (m.ViaDesk)
        {
            c.P(l.ViaDeskNote(m.ApplicantName));
        }

        c.P(l.T(
            $"sono passati {m.Round} giorni dall'incontro con {m.PartnerName}. Ci aiuti a capire com'è andata? Bastano un minuto e due domande: a che punto è il tuo progetto e quanto sei soddisfatto/a del servizio, da 1 a 5.",
            $"{m.Round} days have passed since your meeting with {m.PartnerName}. Would you help us understand how it went? It takes a minute and two questions: where your project stands and how satisfied you are with the service, from 1 to 5."))
            .Next(l, l.T("Le risposte servono alla rete per migliorare il servizio; sono usate solo in forma aggregata.", "Your answers help the network improve the service; they are used only in aggregate form."));
        return c.Button(A.Survey(m.Round), l.T("Rispondo al questionario", "I answer the survey"));
    }

    private static EmailContent RequestDeclined(RequestDeclinedEmail m, EmailLanguage l)
    {
        var title = l.T("Non è stato possibile prendere in carico la tua richiesta", "Your request could not be taken on");
        var c = new EmailContent(title, title).P(l.Greeting(m.ApplicantName, m.ViaDesk));
        if (m.ViaDesk)
        {
            c.P(l.T($"Questo messaggio è per {m.ApplicantName}, che non ha un indirizzo e-mail: vi preghiamo di informarlo/a.", $"This message is for {m.ApplicantName}, who has no e-mail address: please let them know."));
        }

        c.P(l.T(
            $"purtroppo nessuno dei partner della rete può seguire la tua richiesta sul tema «{l.Category(m.Category)}».",
            $"unfortunately none of the network's partners can follow your request on \"{l.Category(m.Category)}\"."))
            .Next(l, l.T(
                $"Lo sportello può aiutarti a trovare altre strade: {m.DeskName}, {m.DeskEmail}.",
                $"The desk can help you find other ways: {m.DeskName}, {m.DeskEmail}."));
        return c;
    }

    private static EmailContent RequestWithdrawn(RequestWithdrawnEmail m, EmailLanguage l)
    {
        var title = l.T("La tua richiesta è stata ritirata", "Your request has been withdrawn");
        var c = new EmailContent(title, title).P(l.Greeting(m.ApplicantName, m.ViaDesk));
        if (m.ViaDesk)
        {
            c.P(l.T($"Questo messaggio riguarda {m.ApplicantName}, che non ha un indirizzo e-mail.", $"This message concerns {m.ApplicantName}, who has no e-mail address."));
        }

        c.P(l.T("come richiesto, la richiesta è stata ritirata e il partner è stato avvisato.", "as asked, the request has been withdrawn and the partner has been told."))
            .Next(l, l.T(
                $"Non riceverai altri messaggi su questa richiesta. Puoi rivolgerti di nuovo allo sportello quando vuoi: {m.DeskName}.",
                $"You will get no further messages about this request. You can come back to the desk at any time: {m.DeskName}."));
        return c;
    }

    private static EmailContent PartnerNotice(PartnerNoticeEmail m, EmailLanguage l)
    {
        var title = m.Notice == PartnerNoticeKind.Reassigned
            ? l.T("Richiesta affidata a un altro partner", "Request given to another partner")
            : l.T("Richiesta ritirata dal richiedente", "Request withdrawn by the applicant");
        return new EmailContent(title, title)
            .P(l.T($"Gentile {m.PartnerName},", $"Dear {m.PartnerName},"))
            .P(m.Notice == PartnerNoticeKind.Reassigned
                ? l.T("il coordinamento della rete ha affidato questa richiesta a un altro partner.", "the network's coordinator has given this request to another partner.")
                : l.T("il richiedente ha ritirato questa richiesta.", "the applicant has withdrawn this request."))
            .Quote(m.Note)
            .Next(l, l.T(
                "Non dovete fare nulla. I link ricevuti in precedenza per questa richiesta non sono più validi.",
                "There is nothing for you to do. Links you received earlier for this request no longer work."));
    }

    private static EmailContent DeskUpdate(DeskUpdateEmail m, EmailLanguage l)
    {
        if (m.Change == DeskChange.EmailUndeliverable)
        {
            return DeskUndeliverable(m, l);
        }

        var partner = m.PartnerName ?? l.T("il partner", "the partner");
        var (title, next) = m.Change switch
        {
            DeskChange.Submitted => (l.T("Richiesta registrata e inoltrata", "Request filed and forwarded"), l.T($"{partner} la esaminerà.", $"{partner} will review it.")),
            DeskChange.SentToTriage => (l.T("Richiesta registrata: in attesa di assegnazione", "Request filed: awaiting assignment"), l.T("Nessun partner corrisponde a tema e territorio: il coordinamento della rete ne sceglierà uno.", "No partner matches the topic and territory: the network's coordinator will choose one.")),
            DeskChange.Assigned => (l.T($"Richiesta affidata a {partner}", $"Request given to {partner}"), l.T($"{partner} la esaminerà.", $"{partner} will review it.")),
            DeskChange.Accepted => (l.T($"Richiesta accettata da {partner}", $"Request accepted by {partner}"), l.T("Il partner proporrà le date dell'appuntamento.", "The partner will propose appointment dates.")),
            DeskChange.Declined => (l.T("Richiesta non presa in carico", "Request declined"), l.T("Nessun partner può seguirla; il richiedente è stato avvisato.", "No partner can follow it; the applicant has been told.")),
            DeskChange.MeetingConfirmed => (l.T("Appuntamento fissato", "Appointment fixed"), l.T("Se l'incontro è presso lo sportello, vi preghiamo di prepararne l'accoglienza.", "If the meeting is at the desk, please be ready to receive the applicant.")),
            DeskChange.MeetingCancelled => (l.T("Appuntamento annullato o da spostare", "Appointment cancelled or to be moved"), l.T("Il partner proporrà nuove date.", "The partner will propose new dates.")),
            DeskChange.Withdrawn => (l.T("Richiesta ritirata", "Request withdrawn"), l.T("Non serve fare nulla.", "Nothing to do.")),
            DeskChange.OutcomeRecorded => (l.T("Esito dell'incontro registrato", "Meeting outcome recorded"), l.T("Il richiedente riceverà un breve questionario dopo 30 e 90 giorni.", "The applicant will receive a short survey after 30 and 90 days.")),
            _ => (l.T("Richiesta conclusa", "Request closed"), l.T("Grazie per il vostro lavoro.", "Thank you for your work.")),
        };
        var note = m.Change == DeskChange.OutcomeRecorded && Enum.TryParse<MeetingOutcome>(m.Note, out var outcome) ? l.Outcome(outcome) : m.Note;
        var c = new EmailContent(title, title)
            .P(l.T($"Gentile referente dello {m.DeskName},", $"Dear referent of {m.DeskName},"))
            .P(l.T("una richiesta del vostro sportello è cambiata.", "a request of your desk has changed."))
            .Facts(
                new(l.T("Richiedente", "Applicant"), m.ApplicantName),
                new(l.T("Partner", "Partner"), m.PartnerName),
                new(l.T("Appuntamento", "Appointment"), m.Meeting is { } meeting ? l.Span(meeting.Start, meeting.End) : null),
                new(l.T("Nota", "Note"), note));
        return c.Next(l, next);
    }

    private static EmailContent CoordinatorTriage(CoordinatorTriageEmail m, EmailLanguage l)
    {
        var title = l.ReminderPrefix(m.IsReminder) + l.T("Richiesta da assegnare: nessun partner corrisponde", "Request to assign: no partner matches");
        var c = new EmailContent(title, title)
            .P(l.T($"Al coordinamento della rete {m.NetworkName},", $"To the coordinators of {m.NetworkName},"))
            .P(l.T("nessun partner della rete serve questo tema in questo territorio.", "no partner of the network serves this topic in this territory."))
            .Facts(
                new(l.T("Tema", "Topic"), l.Category(m.Category)),
                new(l.T("Comune", "Municipality"), $"{m.ComuneName} ({m.Province})"),
                new(l.T("Sportello", "Desk"), m.DeskName),
                new(l.T("Tipo di richiedente", "Applicant type"), l.Kind(m.ApplicantKind)))
            .H2(l.T("La richiesta", "The request")).Quote(m.Description)
            .Next(l, l.T("Scegliete il partner a cui affidarla.", "Choose the partner to give it to."));
        return c.Button(A.TriageAssign, l.T("Assegno un partner", "I assign a partner"));
    }

    private static EmailContent CoordinatorEscalation(CoordinatorEscalationEmail m, EmailLanguage l)
    {
        var title = l.T($"Richiesta in ritardo presso {m.PartnerName}", $"Request overdue at {m.PartnerName}");
        return new EmailContent(title, title)
            .P(l.T($"Al coordinamento della rete {m.NetworkName},", $"To the coordinators of {m.NetworkName},"))
            .P(l.T(
                $"la richiesta è nella fase «{l.Step(m.Step)}» dal {l.When(m.Since)}: sono trascorsi {m.BusinessDays} giorni lavorativi senza un riscontro da {m.PartnerName}, nonostante i promemoria.",
                $"the request has been in the step \"{l.Step(m.Step)}\" since {l.When(m.Since)}: {m.BusinessDays} business days have passed without an answer from {m.PartnerName}, despite the reminders."))
            .Next(l, l.T("Potete sollecitare il partner o affidare la richiesta a un altro partner.", "You can remind the partner or give the request to another partner."))
            .Button(A.Reassign, l.T("Affido la richiesta a un altro partner", "I give the request to another partner"))
            .Button(A.Remind, l.T("Invio un sollecito al partner", "I send the partner a reminder"));
    }

    private static EmailContent DeskUndeliverable(DeskUpdateEmail m, EmailLanguage l)
    {
        var title = l.T("E-mail non recapitata", "E-mail not delivered");
        var (lead, next) = m.UndeliveredTo switch
        {
            DeliveryRecipient.Partner => (
                l.T(
                    $"un'e-mail per la richiesta {m.RequestCode} non è stata recapitata al partner: contattatelo.",
                    $"an e-mail for request {m.RequestCode} could not be delivered to the partner: contact them."),
                l.T("Telefonate al partner e segnalate il problema al coordinamento della rete.", "Call the partner and tell the network's coordinators about the problem.")),
            _ => (
                l.T(
                    $"un'e-mail per la richiesta {m.RequestCode} non è stata recapitata: contattate il richiedente.",
                    $"an e-mail for request {m.RequestCode} could not be delivered: contact the applicant."),
                l.T(
                    "Contattate il richiedente per telefono o allo sportello, verificate il suo indirizzo e-mail e comunicategli il passo attuale della richiesta.",
                    "Contact the applicant by phone or at the desk, check their e-mail address and tell them the request's current step.")),
        };
        return new EmailContent(title, title)
            .P(l.T($"Gentile referente dello {m.DeskName},", $"Dear referent of {m.DeskName},"))
            .P(lead)
            .Facts(
                new(l.T("Richiedente", "Applicant"), m.ApplicantName),
                new(l.T("Partner", "Partner"), m.PartnerName),
                new(l.T("Esito dell'invio", "Delivery"), UndeliverableKind(m.Note, l)))
            .Next(l, next);
    }

    private static EmailContent CoordinatorUndeliverable(CoordinatorUndeliverableEmail m, EmailLanguage l)
    {
        var title = l.T($"E-mail non recapitata allo {m.DeskName}", $"E-mail not delivered to {m.DeskName}");
        return new EmailContent(title, title)
            .P(l.T($"Al coordinamento della rete {m.NetworkName},", $"To the coordinators of {m.NetworkName},"))
            .P(l.T(
                $"un'e-mail per la richiesta {m.RequestCode} non è stata recapitata all'indirizzo dello sportello: lo sportello non sa come procede la richiesta.",
                $"an e-mail for request {m.RequestCode} could not be delivered to the desk's address: the desk does not know how the request is going."))
            .Facts(
                new(l.T("Sportello", "Desk"), m.DeskName),
                new(l.T("Indirizzo", "Address"), m.DeskEmail),
                new(l.T("Esito dell'invio", "Delivery"), UndeliverableKind(m.Kind, l)))
            .Next(l, l.T(
                "Contattate lo sportello per telefono, verificate il suo indirizzo e-mail nell'anagrafica della rete e, se serve, avvisate il richiedente.",
                "Call the desk, check its e-mail address in the network's directory and, if needed, tell the applicant."));
    }

    internal static string UndeliverableKind(string? kind, EmailLanguage l) => kind switch
    {
        "dropped" => l.T("non inviata dal fornitore (indirizzo non valido o bloccato)", "not sent by the provider (address invalid or blocked)"),
        "refused" => l.T("rifiutata dal servizio di posta del sistema (richiesta non accettata)", "refused by the system's mail service (request not accepted)"),
        "exhausted" => l.T("non inviata: il servizio di posta non ha risposto dopo ripetuti tentativi", "not sent: the mail service did not answer after repeated attempts"),
        _ => l.T("rifiutata dal server del destinatario", "refused by the recipient's server"),
    };

    private static void MeetingFacts(EmailContent c, EmailLanguage l, MeetingSlot meeting, string deskName, string deskAddress, string? partnerName) =>
        c.Facts(
            new(l.T("Quando", "When"), l.Span(meeting.Start, meeting.End)),
            new(l.T("Dove", "Where"), l.Place(meeting, deskName, deskAddress)),
            new(l.T("Link della videochiamata", "Video-call link"), meeting.Place == MeetingPlace.Remote ? meeting.VideoUrl : null, meeting.VideoUrl),
            new(l.T("Con", "With"), partnerName));
}
