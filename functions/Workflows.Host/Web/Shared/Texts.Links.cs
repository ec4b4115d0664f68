using System.Globalization;
using Workflows.Desk.Calendar;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Host.Web.Links;
using A = Workflows.Desk.Requests.DeskRequestActions;

namespace Workflows.Host.Web.Shared;

public static partial class Texts
{
    // ---- What each action does ---------------------------------------------------------------------------------

    public static string LinkTitle(LinkActionSpec spec) => spec.Action switch
    {
        A.Accept => L("Accettate la richiesta", "Accept the request"),
        A.Decline => L("Non potete prendere in carico la richiesta", "You cannot take the request"),
        A.Refer => L("Indirizzate la richiesta a un altro partner", "Refer the request to another partner"),
        A.AskInfo => L("Chiedete informazioni al richiedente", "Ask the applicant for information"),
        A.AnswerInfo => L("Rispondi alla domanda del partner", "Answer the partner's question"),
        A.ProposeSlots => L("Proponete le date dell'incontro", "Propose the meeting dates"),
        A.PartnerReschedule => L("Proponete nuove date per l'incontro", "Propose new dates for the meeting"),
        A.OtherSlots => L("Chiedi altre date", "Ask for other dates"),
        A.Reschedule => L("Sposta l'appuntamento", "Move the appointment"),
        A.Withdraw => L("Ritira la richiesta", "Withdraw the request"),
        A.Cancel when spec.Workflow != DeskRequestWorkflow.WorkflowName =>
            L("Annulla l'iscrizione", "Cancel your registration"),
        A.Cancel => L("Annulla l'appuntamento e ritira la richiesta", "Cancel the appointment and withdraw the request"),
        A.PartnerCancel => L("Annulla l'appuntamento", "Cancel the appointment"),
        A.OutcomeHeld => L("Esito: l'incontro si è svolto", "Outcome: the meeting took place"),
        A.OutcomeNoShow => L("Esito: il richiedente non si è presentato", "Outcome: the applicant did not come"),
        A.OutcomeRescheduled => L("Esito: l'incontro va riprogrammato", "Outcome: the meeting must be rescheduled"),
        A.TriageAssign => L("Assegna la richiesta a un partner", "Assign the request to a partner"),
        A.Reassign => L("Affida la richiesta a un altro partner", "Give the request to another partner"),
        A.Remind => L("Invia un sollecito al partner", "Send the partner a reminder"),
        _ when spec.Form == LinkFormKind.SlotChoice => L("Conferma l'appuntamento", "Confirm the appointment"),
        _ when spec.Form == LinkFormKind.Survey => L($"Questionario a {spec.Number} giorni", $"{spec.Number}-day survey"),
        _ => spec.Action,
    };

    public static string LinkExplain(LinkActionSpec spec) => spec.Action switch
    {
        A.Accept => L(
            "Prendete in carico la richiesta. Subito dopo riceverete un'e-mail per proporre al richiedente da una a tre date per l'incontro.",
            "You take charge of the request. Right after, you will receive an e-mail to propose one to three meeting dates to the applicant."),
        A.Decline => L(
            "La richiesta passerà a un altro partner della rete che si occupa di questo tema, se c'è; altrimenti il richiedente e lo sportello saranno avvisati. Indicate il motivo: lo leggeranno lo sportello e il coordinamento della rete.",
            "The request will go to another partner of the network that handles this topic, if there is one; otherwise the applicant and the desk will be told. Give the reason: the desk and the network's coordinators will read it."),
        A.Refer => L(
            "Scegliete il partner della rete più adatto e spiegate perché: riceverà la richiesta con la vostra nota.",
            "Choose the network partner best suited and say why: they will receive the request with your note."),
        A.AskInfo => L(
            "La domanda arriva al richiedente (o allo sportello, se il richiedente non ha un indirizzo e-mail). Quando risponderà, riceverete di nuovo la richiesta con la risposta.",
            "The question goes to the applicant (or to the desk, if the applicant has no e-mail address). When they answer, you will receive the request again with the answer."),
        A.AnswerInfo => L(
            "La risposta arriva al partner, che potrà proseguire l'esame della richiesta.",
            "Your answer goes to the partner, who can then continue reviewing the request."),
        A.ProposeSlots => L(
            "Proponete da una a tre date. Gli incontri allo sportello devono cadere nell'orario di apertura e non in un giorno festivo; per un incontro a distanza indicate il link della videochiamata. Il richiedente sceglierà la data che preferisce.",
            "Propose one to three dates. Meetings at the desk must fall within its opening hours; for a remote meeting give the video-call link. The applicant will choose the date they prefer."),
        A.PartnerReschedule => L(
            "L'appuntamento confermato verrà annullato (anche dal calendario del richiedente) e il richiedente sceglierà tra le nuove date.",
            "The confirmed appointment will be cancelled (also in the applicant's calendar) and the applicant will choose among the new dates."),
        A.OtherSlots => L(
            "Nessuna delle date proposte ti va bene: il partner ne proporrà altre. Se vuoi, indica quando sei disponibile.",
            "None of the proposed dates suits you: the partner will propose others. If you like, say when you are available."),
        A.Reschedule => L(
            "L'appuntamento attuale verrà annullato e il partner proporrà nuove date. Se vuoi, indica quando sei disponibile.",
            "The current appointment will be cancelled and the partner will propose new dates. If you like, say when you are available."),
        A.Withdraw or A.Cancel when spec.Workflow == DeskRequestWorkflow.WorkflowName => L(
            "La richiesta verrà chiusa: il partner e lo sportello saranno avvisati.",
            "The request will be closed: the partner and the desk will be told."),
        A.Cancel => L(
            "Il posto verrà liberato e riceverai l'annullamento da togliere dal calendario.",
            "Your place will be freed and you will receive the cancellation for your calendar."),
        A.PartnerCancel => L(
            "Il richiedente riceverà l'annullamento con il vostro motivo, e vi sarà chiesto di proporre nuove date.",
            "The applicant will receive the cancellation with your reason, and you will be asked to propose new dates."),
        A.OutcomeHeld => L(
            "Registrate che l'incontro si è svolto. Il richiedente riceverà due brevi questionari, dopo 30 e 90 giorni, per sapere come procede il progetto.",
            "Record that the meeting took place. The applicant will receive two short surveys, after 30 and 90 days, on how the project is going."),
        A.OutcomeNoShow => L(
            "Registrate che il richiedente non si è presentato. Lo sportello ne sarà informato.",
            "Record that the applicant did not come. The desk will be told."),
        A.OutcomeRescheduled => L(
            "Registrate che l'incontro va tenuto un'altra volta: vi sarà chiesto di proporre nuove date.",
            "Record that the meeting has to be held another time: you will be asked to propose new dates."),
        A.TriageAssign => L(
            "Nessun partner copre questo tema nel territorio: scegli tu a chi affidare la richiesta.",
            "No partner covers this topic in the territory: choose who takes the request."),
        A.Reassign => L(
            "Il partner attuale sarà avvisato e la richiesta ripartirà dall'esame presso il nuovo partner. La cronologia resta.",
            "The current partner will be told and the request starts again with the new partner's review. The history is kept."),
        A.Remind => L(
            "Il partner riceverà di nuovo l'e-mail del passo in cui si trova la richiesta.",
            "The partner will receive again the e-mail of the request's current step."),
        _ when spec.Form == LinkFormKind.SlotChoice => L(
            "Confermando questa data riceverai l'invito da aggiungere al calendario e un promemoria 48 e 24 ore prima.",
            "Confirming this date you will receive the invite for your calendar and a reminder 48 and 24 hours before."),
        _ when spec.Form == LinkFormKind.Survey => L(
            "Ci aiuta a capire se il servizio è utile. Bastano un minuto e due risposte.",
            "It helps us understand whether the service is useful. It takes a minute and two answers."),
        _ => string.Empty,
    };

    public static string LinkButton(LinkActionSpec spec) => spec.Action switch
    {
        A.Accept => L("Accetto la richiesta", "I accept the request"),
        A.Decline => L("Confermo: non posso prenderla in carico", "Confirm: I cannot take it"),
        A.Refer => L("Indirizzo la richiesta", "Refer the request"),
        A.AskInfo => L("Invio la domanda", "Send the question"),
        A.AnswerInfo => L("Invio la risposta", "Send the answer"),
        A.ProposeSlots or A.PartnerReschedule => L("Invio le date", "Send the dates"),
        A.OtherSlots => L("Chiedo altre date", "Ask for other dates"),
        A.Reschedule => L("Sposto l'appuntamento", "Move the appointment"),
        A.Withdraw => L("Ritiro la richiesta", "Withdraw the request"),
        A.Cancel when spec.Workflow != DeskRequestWorkflow.WorkflowName => L("Annullo l'iscrizione", "Cancel my registration"),
        A.Cancel => L("Annullo l'appuntamento e ritiro la richiesta", "Cancel and withdraw"),
        A.PartnerCancel => L("Annullo l'appuntamento", "Cancel the appointment"),
        A.OutcomeHeld or A.OutcomeNoShow or A.OutcomeRescheduled => L("Registro l'esito", "Record the outcome"),
        A.TriageAssign or A.Reassign => L("Affido la richiesta", "Assign the request"),
        A.Remind => L("Invio il sollecito", "Send the reminder"),
        _ when spec.Form == LinkFormKind.SlotChoice => L("Confermo questa data", "Confirm this date"),
        _ when spec.Form == LinkFormKind.Survey => L("Invio le risposte", "Send my answers"),
        _ => Confirm,
    };

    public static string LinkDone(LinkActionSpec spec, string? partnerName) => spec.Action switch
    {
        A.Accept => L(
            "Hai accettato la richiesta. Ti abbiamo inviato un'e-mail per proporre le date dell'incontro.",
            "You accepted the request. We sent you an e-mail to propose the meeting dates."),
        A.Decline => L("Grazie: la richiesta è stata restituita alla rete.", "Thank you: the request was handed back to the network."),
        A.Refer or A.TriageAssign or A.Reassign => partnerName is null
            ? L("La richiesta è stata affidata al nuovo partner.", "The request was given to the new partner.")
            : L($"La richiesta è stata affidata a {partnerName}.", $"The request was given to {partnerName}."),
        A.AskInfo => L(
            "La domanda è stata inviata. Riceverai la risposta per e-mail.",
            "The question was sent. You will receive the answer by e-mail."),
        A.AnswerInfo => L("Grazie: la risposta è stata inviata al partner.", "Thank you: your answer was sent to the partner."),
        A.ProposeSlots or A.PartnerReschedule => L(
            "Le date sono state inviate al richiedente. Riceverai una conferma quando ne avrà scelta una.",
            "The dates were sent to the applicant. You will receive a confirmation when they choose one."),
        A.OtherSlots or A.Reschedule => L(
            "Abbiamo chiesto al partner di proporre altre date. Riceverai una nuova convocazione.",
            "We asked the partner to propose other dates. You will receive a new convocation."),
        A.Withdraw or A.Cancel when spec.Workflow == DeskRequestWorkflow.WorkflowName => L(
            "La richiesta è stata ritirata. Lo sportello e il partner sono stati avvisati.",
            "The request was withdrawn. The desk and the partner have been told."),
        A.Cancel => L("L'iscrizione è stata annullata.", "Your registration was cancelled."),
        A.PartnerCancel => L(
            "L'appuntamento è stato annullato. Ti abbiamo inviato un'e-mail per proporre nuove date.",
            "The appointment was cancelled. We sent you an e-mail to propose new dates."),
        A.OutcomeRescheduled => L(
            "L'esito è stato registrato. Ti abbiamo inviato un'e-mail per proporre nuove date.",
            "The outcome was recorded. We sent you an e-mail to propose new dates."),
        A.OutcomeHeld or A.OutcomeNoShow => L("Grazie: l'esito è stato registrato.", "Thank you: the outcome was recorded."),
        A.Remind => L("Il sollecito è stato inviato al partner.", "The reminder was sent to the partner."),
        _ when spec.Form == LinkFormKind.SlotChoice => L(
            "L'appuntamento è confermato. Ti abbiamo inviato la conferma con l'invito per il calendario.",
            "The appointment is confirmed. We sent you the confirmation with the calendar invite."),
        _ when spec.Form == LinkFormKind.Survey => L("Grazie per le tue risposte!", "Thank you for your answers!"),
        _ => L("Fatto.", "Done."),
    };

    public static string LinkDoneTitle => L("Fatto", "Done");
    public static string LinkWarning => L(
        "Attenzione: non si può tornare indietro. Per una nuova esigenza dovrai rivolgerti di nuovo allo sportello.",
        "Please note: this cannot be undone. For a new need you will have to contact the desk again.");
    public static string LinkWarningRegistration => L(
        "Attenzione: non si può tornare indietro. Per partecipare dovrai iscriverti di nuovo, se ci sono ancora posti.",
        "Please note: this cannot be undone. To take part you will have to register again, if places are left.");
    public static string LinkOnce => L(
        "Il link vale una sola volta: dopo la conferma non potrà essere usato di nuovo.",
        "The link works once: after you confirm it cannot be used again.");

    // ---- The request summary -------------------------------------------------------------------------------------

    public static string LinkRequestCode => L("Codice richiesta", "Request code");
    public static string LinkRegistrationCode => L("Codice iscrizione", "Registration code");
    public static string LinkCategory => L("Tema", "Topic");
    public static string LinkComune => L("Comune", "Municipality");
    public static string LinkDesk => L("Sportello", "Desk");
    public static string LinkPartner => L("Partner", "Partner");
    public static string LinkStep => L("Stato", "Status");
    public static string LinkEvent => L("Evento", "Event");
    public static string LinkWhen => L("Quando", "When");
    public static string LinkWhere => L("Dove", "Where");
    public static string LinkPreferredContact => L("Modalità preferita dal richiedente", "The applicant's preferred contact");
    public static string LinkCategoryLabel(Category category) => CategoryLabels.Label(category, SiteCultures.Current);
    public static string LinkContactMode(ContactMode mode) => mode switch
    {
        ContactMode.AtDesk => L("Presso lo sportello", "At the desk"),
        ContactMode.Phone => L("Telefono", "Phone"),
        _ => L("Videochiamata", "Video call"),
    };

    /// <summary>"venerdì 6 marzo 2026, 10:00–11:00" in Europe/Rome time.</summary>
    public static string LinkSpan(DateTimeOffset start, DateTimeOffset end)
    {
        var from = BusinessCalendar.ToRome(start);
        var to = BusinessCalendar.ToRome(end);
        var day = from.ToString("dddd d MMMM yyyy", CultureInfo.CurrentCulture);
        return from.Date == to.Date
            ? $"{day}, {from:HH:mm}–{to:HH:mm}"
            : $"{day}, {from:HH:mm} – {to.ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture)}";
    }

    public static string LinkDay(DateTimeOffset at) => BusinessCalendar.ToRome(at).ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture);

    public static string LinkPlace(MeetingSlot slot, InnovationDesk desk) => slot.Place == MeetingPlace.AtDesk
        ? $"{desk.Name}, {desk.Address}"
        : L("A distanza, in videochiamata", "Remote, by video call");

    public static string LinkVideo => L("Link della videochiamata", "Video-call link");
    public static string LinkQuestionAsked => L("La domanda del partner", "The partner's question");
    public static string LinkSlotChosen => L("La data che confermi", "The date you confirm");

    // ---- Fields ----------------------------------------------------------------------------------------------------

    public static string LinkNote(LinkActionSpec spec) => spec.Action switch
    {
        A.Accept => L("Nota per lo sportello (facoltativa)", "Note for the desk (optional)"),
        A.OtherSlots or A.Reschedule => L("Quando sei disponibile? (facoltativo)", "When are you available? (optional)"),
        A.TriageAssign => L("Nota per il partner (facoltativa)", "Note for the partner (optional)"),
        A.Reassign => L("Motivo, resta nella cronologia (facoltativo)", "Reason, kept in the history (optional)"),
        _ => L("Note sull'incontro (facoltative)", "Notes on the meeting (optional)"),
    };

    public static string LinkNoteHint(LinkActionSpec spec) => spec.Action switch
    {
        A.OtherSlots or A.Reschedule => L("Per esempio: «il martedì mattina» oppure «dalla settimana prossima».", "For example: \"Tuesday mornings\" or \"from next week\"."),
        _ => L("Senza dati personali non necessari.", "No personal data that is not needed."),
    };

    public static string LinkReason => L("Motivo", "Reason");
    public static string LinkReasonOptional => L("Motivo (facoltativo)", "Reason (optional)");
    public static string LinkReasonHint => L("Lo leggeranno lo sportello e il coordinamento della rete.", "The desk and the network's coordinators will read it.");
    public static string LinkQuestion => L("La vostra domanda", "Your question");
    public static string LinkQuestionHint => L("Scrivete in modo semplice che cosa vi serve sapere per valutare la richiesta.", "Write simply what you need to know to assess the request.");
    public static string LinkAnswer => L("La tua risposta", "Your answer");
    public static string LinkPartnerChoice => L("Partner", "Partner");
    public static string LinkPartnerPlaceholder => L("Scegli un partner", "Choose a partner");
    public static string LinkNoPartners => L(
        "Non ci sono altri partner della rete a cui affidare la richiesta.",
        "There is no other partner in the network to give the request to.");
    public static string LinkSlotLegend(int n) => n == 1
        ? L("Prima data (obbligatoria)", "First date (required)")
        : L($"Data {n} (facoltativa)", $"Date {n} (optional)");
    public static string LinkMoreSlots => L("Aggiungi altre date (facoltative)", "Add more dates (optional)");
    public static string LinkSlotDate => L("Giorno", "Day");
    public static string LinkSlotTime => L("Ora di inizio", "Start time");
    public static string LinkSlotMinutes => L("Durata in minuti", "Length in minutes");
    public static string LinkSlotPlace => L("Dove", "Where");
    public static string LinkAtDesk => L("Allo sportello", "At the desk");
    public static string LinkRemote => L("A distanza (videochiamata)", "Remote (video call)");
    public static string LinkSlotVideo => L("Link della videochiamata (solo a distanza)", "Video-call link (remote only)");
    public static string LinkOfficeHours => L("Orari di apertura dello sportello", "The desk's opening hours");
    public static string LinkHours(OfficeHours hours) =>
        $"{CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(hours.Day)} {hours.From:HH\\:mm}–{hours.To:HH\\:mm}";
    public static string LinkProgress => L("Come procede il tuo progetto?", "How is your project going?");
    public static string LinkProgressOption(FollowUpProgress progress) => progress switch
    {
        FollowUpProgress.NotStarted => L("Non è ancora partito", "It has not started yet"),
        FollowUpProgress.InProgress => L("È in corso", "It is under way"),
        FollowUpProgress.Achieved => L("Ho raggiunto l'obiettivo", "I reached my goal"),
        _ => L("Ho rinunciato", "I gave up"),
    };
    public static string LinkSatisfaction => L("Quanto sei soddisfatto/a del servizio?", "How satisfied are you with the service?");
    public static string LinkSatisfactionOption(int value) => value switch
    {
        1 => L("1 – Per niente", "1 – Not at all"),
        2 => L("2 – Poco", "2 – A little"),
        3 => L("3 – Abbastanza", "3 – Fairly"),
        4 => L("4 – Molto", "4 – Very"),
        _ => L("5 – Moltissimo", "5 – Extremely"),
    };
    public static string LinkComment => L("Commento (facoltativo)", "Comment (optional)");

    // ---- Validation ----------------------------------------------------------------------------------------------

    public static string LinkTooLong(int max) => L($"Al massimo {max} caratteri.", $"At most {max} characters.");
    public static string LinkReasonMissing => L("Indica il motivo.", "Give the reason.");
    public static string LinkQuestionMissing => L("Scrivete la domanda.", "Write the question.");
    public static string LinkAnswerMissing => L("Scrivi la risposta.", "Write your answer.");
    public static string LinkPartnerMissing => L("Scegliete un partner dall'elenco.", "Choose a partner from the list.");
    public static string LinkProgressMissing => L("Scegli una delle risposte.", "Choose one of the answers.");
    public static string LinkSatisfactionMissing => L("Scegli un valore da 1 a 5.", "Choose a value from 1 to 5.");
    public static string LinkFirstSlotMissing => L("Indicate almeno la prima data.", "Give at least the first date.");
    public static string LinkSlotDateInvalid => L("Indicate il giorno, per esempio 14/04/2026.", "Give the day, for example 14/04/2026.");
    public static string LinkSlotTimeInvalid => L("Indicate l'ora di inizio, per esempio 09:30.", "Give the start time, for example 09:30.");
    public static string LinkSlotMinutesInvalid => L(
        $"Indicate una durata da {DeskRequestRules.MinMeetingMinutes} a {DeskRequestRules.MaxMeetingMinutes} minuti.",
        $"Give a length of {DeskRequestRules.MinMeetingMinutes} to {DeskRequestRules.MaxMeetingMinutes} minutes.");
    public static string LinkSlotPlaceMissing => L("Scegliete dove si svolge l'incontro.", "Choose where the meeting takes place.");
    public static string LinkSlotVideoMissing => L(
        "Per un incontro a distanza indicate il link della videochiamata (che inizia con https://).",
        "For a remote meeting give the video-call link (starting with https://).");
    public static string LinkSlotInPast => L("Questa data è già passata.", "This date has already passed.");
    public static string LinkSlotOutsideHours => L(
        "Allo sportello l'incontro deve cadere tutto nell'orario di apertura (vedi sopra).",
        "At the desk the whole meeting must fall within the opening hours (see above).");
    public static string LinkSlotOnHoliday(DateOnly date, Holiday holiday) => L(
        $"{date.ToString("dddd d MMMM", CultureInfo.CurrentCulture)} è festivo ({holiday.ItalianName}): lo sportello è chiuso. Scegliete un altro giorno, oppure una videochiamata.",
        $"{date.ToString("dddd d MMMM", CultureInfo.CurrentCulture)} is a holiday ({holiday.EnglishName}): the desk is closed. Choose another day, or a video call.");
    public static string LinkSlotOnClosure(DateOnly date, DeskClosure closure) => L(
        $"{date.ToString("dddd d MMMM", CultureInfo.CurrentCulture)} lo sportello è chiuso ({closure.Reason}, {ClosureSpan(closure)}). Scegliete un altro giorno, oppure una videochiamata.",
        $"On {date.ToString("dddd d MMMM", CultureInfo.CurrentCulture)} the desk is closed ({closure.Reason}, {ClosureSpan(closure)}). Choose another day, or a video call.");

    /// <summary>The days of a closure: «10 agosto 2026 – 21 agosto 2026», or the one day.</summary>
    public static string ClosureSpan(DeskClosure closure)
    {
        ArgumentNullException.ThrowIfNull(closure);
        var from = closure.From.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
        return closure.From == closure.To ? from : $"{from} – {closure.To.ToString("d MMMM yyyy", CultureInfo.CurrentCulture)}";
    }

    public static string LinkSlotDuplicate => L("Questa data coincide con un'altra già indicata.", "This date is the same as another one above.");
    public static string LinkSlotPassed => L(
        "Questa data è già passata: scegline un'altra dalla convocazione o chiedi nuove date.",
        "This date has already passed: choose another from the convocation or ask for new dates.");
    public static string LinkNotAcceptedField => L(
        "Non è stato possibile registrare l'azione con questi dati: controlla e riprova.",
        "The action could not be recorded with these details: check them and try again.");

    // ---- Refusals ------------------------------------------------------------------------------------------------

    public static string LinkRefusalTitle(LinkRefusal refusal) => refusal switch
    {
        LinkRefusal.Invalid => L("Link non valido", "Invalid link"),
        LinkRefusal.Expired => L("Link scaduto", "Link expired"),
        LinkRefusal.Used => L("Link già utilizzato", "Link already used"),
        LinkRefusal.MovedOn => L("Questa azione non è più disponibile", "This action is no longer available"),
        LinkRefusal.Suspended => L("Richiesta sospesa", "Request suspended"),
        LinkRefusal.Ended => L("Richiesta conclusa", "Request ended"),
        LinkRefusal.UnknownRequest => L("Richiesta non trovata", "Request not found"),
        LinkRefusal.WrongRecipient => L("Link non destinato a te", "This link was not meant for you"),
        _ => L("Azione non registrata", "Action not recorded"),
    };

    public static string LinkRefusalText(LinkRefusal refusal, string? code, string? step, DateTimeOffset? expiredAt)
    {
        var named = code is null ? L("la richiesta", "the request") : L($"la richiesta {code}", $"request {code}");
        var subject = code is null ? L("La richiesta", "The request") : L($"La richiesta {code}", $"Request {code}");
        return refusal switch
        {
            LinkRefusal.Invalid => L(
                "Questo link non è valido: forse è stato copiato solo in parte. Apri il pulsante direttamente dall'e-mail, oppure copia l'indirizzo per intero.",
                "This link is not valid: perhaps it was copied only in part. Open the button straight from the e-mail, or copy the whole address."),
            LinkRefusal.Expired => expiredAt is { } at
                ? L($"Il link per {named} è scaduto il {LinkDay(at)}.", $"The link for {named} expired on {LinkDay(at)}.")
                : L($"Il link per {named} è scaduto.", $"The link for {named} has expired."),
            LinkRefusal.Used => L(
                $"Questo link per {named} è già stato usato, e ogni link vale una sola volta. Ciò che era stato registrato resta valido.",
                $"This link for {named} has already been used, and each link works once. What was recorded then stands."),
            LinkRefusal.MovedOn => L(
                $"{subject} è andata avanti e ora è nello stato «{LinkStepLabel(step)}». Il link che hai aperto si riferiva a un passaggio precedente, quindi non è stato registrato nulla. Controlla le e-mail più recenti.",
                $"{subject} has moved on and is now \"{LinkStepLabel(step)}\". The link you opened was for an earlier stage, so nothing was recorded. Check the most recent e-mails."),
            LinkRefusal.Suspended => L(
                $"{subject} è sospesa dal coordinamento della rete: per ora non si possono registrare azioni. Non è stato registrato nulla.",
                $"{subject} has been suspended by the network's coordinators: no action can be recorded for now. Nothing was recorded."),
            LinkRefusal.Ended => L(
                $"{subject} è conclusa ({LinkStepLabel(step)}): non si possono più registrare azioni.",
                $"{subject} has ended ({LinkStepLabel(step)}): no more actions can be recorded."),
            LinkRefusal.UnknownRequest => L(
                "La richiesta a cui si riferisce questo link non esiste più: i suoi dati potrebbero essere stati cancellati al termine del periodo di conservazione.",
                "The request this link refers to no longer exists: its data may have been deleted at the end of the retention period."),
            LinkRefusal.WrongRecipient => L(
                $"Questo link per {named} non è stato inviato a chi può compiere questa azione. Non è stato registrato nulla.",
                $"This link for {named} was not sent to whoever may take this action. Nothing was recorded."),
            _ => L(
                $"{subject} non consente questa azione in questo momento. Non è stato registrato nulla.",
                $"{subject} does not allow this action right now. Nothing was recorded."),
        };
    }

    public static string LinkContact(string name, string email) => L(
        $"Per informazioni contatta lo sportello: {name}, {email}.",
        $"For information contact the desk: {name}, {email}.");

    public static string LinkContactOrganizer(string name, string email) => L(
        $"Per informazioni contatta l'organizzatore: {name}, {email}.",
        $"For information contact the organiser: {name}, {email}.");

    /// <summary>The step's label, for desk requests and event registrations alike.</summary>
    public static string LinkStepLabel(string? step) => step switch
    {
        "Registered" => L("Iscrizione confermata", "Registered"),
        "AwaitingAttendance" => L("Evento concluso, presenze da registrare", "Event over, attendance to be recorded"),
        "Attended" => L("Partecipazione registrata", "Attended"),
        "Absent" => L("Assenza registrata", "Absent"),
        "Cancelled" => L("Iscrizione annullata", "Registration cancelled"),
        "AttendanceUnrecorded" => L("Presenza non registrata", "Attendance not recorded"),
        _ => Step(step),
    };

    public static string LinkBackToMailbox => L("Torna alla casella di posta locale", "Back to the local mailbox");
}
