using System.Globalization;
using Workflows.Desk.Calendar;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;

namespace Workflows.Host.Web.Shared;

public static partial class Texts
{
    // Inbox
    public static string InboxTitle => L("Richieste da gestire", "Requests to handle");
    public static string InboxLead(string partner) => L(
        $"{partner}: le richieste affidate a voi e ancora aperte, dalla più urgente. Quelle con la scadenza superata sono in cima e segnate in rosso.",
        $"{partner}: the open requests entrusted to you, most urgent first. Those past their deadline are on top and marked in red.");
    public static string InboxCaption => L("Richieste aperte, dalla più urgente", "Open requests, most urgent first");
    public static string InboxEmpty => L("Non ci sono richieste aperte affidate a voi.", "There are no open requests entrusted to you.");
    public static string InboxOverdue(int count) => count == 1
        ? L("Una richiesta ha la scadenza superata: il coordinamento della rete è stato o sarà avvisato.", "One request is past its deadline: the network's coordinators have been or will be told.")
        : L($"{count} richieste hanno la scadenza superata: il coordinamento della rete è stato o sarà avvisato.", $"{count} requests are past their deadline: the network's coordinators have been or will be told.");
    public static string InboxYourTurn => L("Tocca a voi", "Your turn");
    public static string ColDue => L("Scadenza", "Due");
    public static string ColToDo => L("Passo", "Step");
    public static string ColDeskComune => L("Sportello e Comune", "Desk and municipality");
    public static string ColReceived => L("Ricevuta", "Received");
    public static string BackToInbox => L("Torna alle richieste da gestire", "Back to the requests to handle");

    public static string WaitingFor(DeskRequestStep step) => step switch
    {
        DeskRequestStep.InfoRequested => L("In attesa della risposta del richiedente", "Waiting for the applicant's answer"),
        DeskRequestStep.ConvocationSent => L("In attesa che il richiedente scelga una data", "Waiting for the applicant to choose a date"),
        DeskRequestStep.FollowUp => L("Monitoraggio in corso: nessuna azione richiesta", "Follow-up under way: nothing to do"),
        DeskRequestStep.AwaitingTriage => L("In attesa del coordinamento", "Waiting for the coordinators"),
        _ when step.IsTerminal() => L("Richiesta conclusa", "Request ended"),
        _ => L("Nessuna azione richiesta ora", "Nothing to do now"),
    };

    // Request page
    public static string WhatYouCanDo => L("Cosa potete fare ora", "What you can do now");
    public static string StepExplain(DeskRequestStep step) => step switch
    {
        DeskRequestStep.AwaitingPartnerReview => L(
            "Esaminate la richiesta: accettatela, chiedete informazioni al richiedente, proponetela a un altro partner della rete o dite perché non potete accoglierla.",
            "Review the request: accept it, ask the applicant for information, refer it to another partner of the network or say why you cannot take it."),
        DeskRequestStep.Scheduling => L(
            "Avete accettato la richiesta: proponete al richiedente da 1 a 3 date per l'incontro.",
            "You accepted the request: propose 1 to 3 dates for the meeting to the applicant."),
        DeskRequestStep.Confirmed => L(
            "L'appuntamento è confermato. Se non potete esserci, spostatelo o annullatelo.",
            "The appointment is confirmed. If you cannot attend, move it or cancel it."),
        DeskRequestStep.AwaitingOutcome => L(
            "L'ora dell'incontro è passata: registrate com'è andata.",
            "The meeting time has passed: record how it went."),
        _ => "",
    };

    // Actions
    public static string PartnerActionName(string action) => action switch
    {
        "accept" => L("Accettate la richiesta", "Accept the request"),
        "decline" => L("Non accogliete la richiesta", "Decline"),
        "refer" => L("Proponetela a un altro partner", "Refer to another partner"),
        "ask-info" => L("Chiedete informazioni", "Ask for information"),
        "propose-slots" => L("Proponete le date dell'incontro", "Propose meeting dates"),
        "partner-reschedule" => L("Spostate l'appuntamento", "Move the appointment"),
        "partner-cancel" => L("Annullate l'appuntamento", "Cancel the appointment"),
        "outcome" => L("Registrate l'esito dell'incontro", "Record the meeting's outcome"),
        _ => action,
    };

    public static string PartnerActionButton(string action) => action switch
    {
        "accept" => L("Accettiamo la richiesta", "We accept the request"),
        "decline" => L("Conferma: non accogliamo la richiesta", "Confirm: we decline the request"),
        "refer" => L("La proponiamo al partner scelto", "We refer it to the chosen partner"),
        "ask-info" => L("Invia la domanda", "Send the question"),
        "propose-slots" => L("Invia le date al richiedente", "Send the dates to the applicant"),
        "partner-reschedule" => L("Invia le nuove date", "Send the new dates"),
        "partner-cancel" => L("Conferma l'annullamento", "Confirm the cancellation"),
        "outcome" => L("Registra l'esito", "Record the outcome"),
        _ => action,
    };

    public static string PartnerActionExplain(string action) => action switch
    {
        "accept" => L(
            "Accettando vi impegnate a incontrare il richiedente: subito dopo vi chiederemo da 1 a 3 date per l'incontro. Lo sportello sarà avvisato.",
            "By accepting you commit to meeting the applicant: right after, you will be asked for 1 to 3 dates. The desk will be told."),
        "decline" => L(
            "La richiesta passerà al prossimo partner della rete adatto, se c'è; altrimenti il richiedente e lo sportello saranno avvisati che non è stata accolta. Dopo non la vedrete più.",
            "The request will go to the next suitable partner of the network, if any; otherwise the applicant and the desk will be told it was declined. You will no longer see it."),
        "refer" => L(
            "Scegliete un altro partner della rete più adatto: la richiesta passerà a lui con la vostra motivazione e voi non la vedrete più.",
            "Choose another partner of the network better suited: the request will go to them with your reason and you will no longer see it."),
        "ask-info" => L(
            "La domanda arriva al richiedente per e-mail (o allo sportello, se non ha un indirizzo). Quando risponde, la richiesta torna a voi.",
            "The question goes to the applicant by e-mail (or to the desk, if they have no address). When they answer, the request comes back to you."),
        "propose-slots" => L(
            "Proponete da 1 a 3 date: il richiedente riceve la convocazione e ne conferma una con un clic. Gli incontri allo sportello devono cadere nei suoi orari di apertura.",
            "Propose 1 to 3 dates: the applicant receives the convocation and confirms one with a click. Meetings at the desk must fall within its opening hours."),
        "partner-reschedule" => L(
            "L'appuntamento confermato viene annullato e il richiedente riceve le nuove date da scegliere.",
            "The confirmed appointment is cancelled and the applicant receives the new dates to choose from."),
        "partner-cancel" => L(
            "L'appuntamento viene annullato (anche nel calendario del richiedente) e vi sarà chiesto di proporre nuove date.",
            "The appointment is cancelled (in the applicant's calendar too) and you will be asked to propose new dates."),
        "outcome" => L(
            "Se l'incontro si è svolto, il richiedente riceverà i questionari a 30 e 90 giorni; se va fissato di nuovo, vi sarà chiesto di proporre nuove date.",
            "If the meeting took place, the applicant will get the surveys at 30 and 90 days; if it has to be held again, you will be asked for new dates."),
        _ => "",
    };

    public static string PartnerActionDone(string action) => action switch
    {
        "accept" => L("Richiesta accettata. Ora proponete le date dell'incontro.", "Request accepted. Now propose the meeting dates."),
        "decline" => L("Fatto: la richiesta non è più affidata a voi.", "Done: the request is no longer entrusted to you."),
        "refer" => L("Fatto: la richiesta è stata proposta al partner scelto.", "Done: the request has been referred to the chosen partner."),
        "ask-info" => L("Domanda inviata. La richiesta torna a voi quando arriva la risposta.", "Question sent. The request comes back to you when the answer arrives."),
        "propose-slots" or "partner-reschedule" => L("Date inviate al richiedente.", "Dates sent to the applicant."),
        "partner-cancel" => L("Appuntamento annullato. Proponete nuove date.", "Appointment cancelled. Propose new dates."),
        "outcome" => L("Esito registrato.", "Outcome recorded."),
        _ => L("Fatto.", "Done."),
    };

    public static string PartnerActionAlreadyDone => L(
        "Questo modulo era già stato inviato: l'azione è stata registrata una sola volta.",
        "This form had already been sent: the action was recorded once.");
    public static string ActionRefusedTitle => L("L'azione non è stata registrata", "The action was not recorded");
    public static string ActionRefusedText(string action, string step) => L(
        $"«{action}» non è più possibile: la richiesta è cambiata da quando avete aperto il modulo e ora è nel passo «{step}».",
        $"\"{action}\" is no longer possible: the request changed since you opened the form and is now at the step \"{step}\".");
    public static string ActionRefusedReason => L("Dettaglio tecnico, per chi vi assiste", "Technical detail, for whoever assists you");
    public static string ActionNotOffered(string step) => L(
        $"Questa azione non è disponibile ora: la richiesta è nel passo «{step}».",
        $"This action is not available now: the request is at the step \"{step}\".");
    public static string OpenUpdatedRequest => L("Apri la richiesta aggiornata", "Open the updated request");

    // Fields
    public static string AcceptNoteLabel => L("Nota per lo sportello e il coordinamento", "Note for the desk and the coordinators");
    public static string ReferToLabel => L("Partner a cui proporre la richiesta", "Partner to refer the request to");
    public static string ReasonLabel(string action) => action switch
    {
        "refer" => L("Perché questo partner è più adatto", "Why this partner is better suited"),
        "partner-cancel" => L("Motivo dell'annullamento", "Reason for the cancellation"),
        _ => L("Motivo", "Reason"),
    };
    public static string ReasonHint(string action) => action switch
    {
        "decline" => L("Il motivo è visto dallo sportello e dal coordinamento della rete.", "The reason is seen by the desk and the network's coordinators."),
        "refer" => L("Il motivo è visto dal partner scelto, dallo sportello e dal coordinamento.", "The reason is seen by the chosen partner, the desk and the coordinators."),
        _ => L("Il motivo è comunicato al richiedente e allo sportello.", "The reason is given to the applicant and the desk."),
    };
    public static string QuestionLabel => L("Che cosa vi serve sapere", "What you need to know");
    public static string QuestionHint(bool applicantHasEmail) => applicantHasEmail
        ? L("Il richiedente riceve la domanda per e-mail e risponde da un link.", "The applicant receives the question by e-mail and answers from a link.")
        : L("Il richiedente non ha un indirizzo e-mail: la domanda arriva allo sportello, che risponde per lui.", "The applicant has no e-mail address: the question goes to the desk, which answers for them.");
    public static string DeskHoursFor(string desk) => L($"Orari di apertura: {desk}", $"Opening hours: {desk}");
    public static string SlotsHoursNote(string address) => L(
        $"Gli incontri allo sportello ({address}) devono iniziare e finire in questi orari; un incontro in videochiamata può essere in qualsiasi momento.",
        $"Meetings at the desk ({address}) must start and end within these hours; a video call can be at any time.");
    public static string ApplicantPrefers(string mode) => L($"Preferenza del richiedente: {mode}.", $"The applicant's preference: {mode}.");
    public static string SlotLegend(int n) => n == 1
        ? L("Prima data (obbligatoria)", "First date (required)")
        : L($"Data {n} (facoltativa)", $"Date {n} (optional)");
    public static string SlotDate => L("Giorno", "Day");
    public static string SlotTime => L("Ora di inizio", "Start time");
    public static string SlotDuration => L("Durata in minuti", "Length in minutes");
    public static string SlotPlace => L("Dove", "Where");
    public static string SlotVideo => L("Link della videochiamata", "Video-call link");
    public static string SlotVideoWhen => L("solo per la videochiamata", "video call only");
    public static string OutcomeLabelTitle => L("Com'è andato l'incontro", "How the meeting went");
    public static string OutcomeChoice(MeetingOutcome outcome) => outcome switch
    {
        MeetingOutcome.Held => L("L'incontro si è svolto", "The meeting took place"),
        MeetingOutcome.NoShow => L("Il richiedente non si è presentato", "The applicant did not come"),
        MeetingOutcome.Rescheduled => L("L'incontro va fissato di nuovo", "The meeting has to be held again"),
        _ => outcome.ToString(),
    };
    public static string OutcomeNotesLabel => L("Note sull'incontro", "Notes on the meeting");
    public static string OutcomeNotesHint => L(
        "Che cosa è emerso e i prossimi passi. Le note sono viste dallo sportello e dal coordinamento.",
        "What came out of it and the next steps. The notes are seen by the desk and the coordinators.");

    // Validation
    public static string DeclineReasonRequired => L("Scrivete perché non potete accogliere la richiesta.", "Write why you cannot take the request.");
    public static string ReferReasonRequired => L("Scrivete perché il partner scelto è più adatto.", "Write why the chosen partner is better suited.");
    public static string ReferToRequired => L("Scegliete il partner a cui proporre la richiesta.", "Choose the partner to refer the request to.");
    public static string NoReferralCandidates => L(
        "Nessun altro partner della rete può ricevere la richiesta: potete accettarla o non accoglierla.",
        "No other partner of the network can take the request: you may accept or decline it.");
    public static string QuestionRequired => L("Scrivete la domanda per il richiedente.", "Write the question for the applicant.");
    public static string CancelReasonRequired => L("Scrivete perché l'appuntamento viene annullato.", "Write why the appointment is cancelled.");
    public static string OutcomeRequired => L("Scegliete com'è andato l'incontro.", "Choose how the meeting went.");
    public static string TextTooLong(int max, int length) => L(
        $"Il testo può avere al massimo {max} caratteri (ora ne ha {length}).",
        $"The text can have at most {max} characters (it now has {length}).");
    public static string SlotDateRequired(int n) => L($"Data {n}: indicate il giorno.", $"Date {n}: enter the day.");
    public static string SlotDateInvalid(int n) => L($"Data {n}: il giorno non è valido (formato gg/mm/aaaa).", $"Date {n}: the day is not valid (format dd/mm/yyyy).");
    public static string SlotTimeRequired(int n) => L($"Data {n}: indicate l'ora di inizio.", $"Date {n}: enter the start time.");
    public static string SlotTimeInvalid(int n) => L($"Data {n}: l'ora non è valida (formato hh:mm).", $"Date {n}: the time is not valid (format hh:mm).");
    public static string SlotDurationInvalid(int n, int min, int max) => L(
        $"Data {n}: la durata va da {min} a {max} minuti.",
        $"Date {n}: the length is {min} to {max} minutes.");
    public static string SlotPlaceRequired(int n) => L($"Data {n}: scegliete dove si svolge l'incontro.", $"Date {n}: choose where the meeting takes place.");
    public static string SlotVideoRequired(int n) => L($"Data {n}: per la videochiamata serve il link.", $"Date {n}: a video call needs its link.");
    public static string SlotVideoInvalid(int n) => L(
        $"Data {n}: il link della videochiamata deve iniziare con https://.",
        $"Date {n}: the video-call link must start with https://.");
    public static string SlotInPast(int n) => L($"Data {n}: il giorno e l'ora sono già passati.", $"Date {n}: that day and time have already passed.");
    public static string SlotOutsideHours(int n) => L(
        $"Data {n}: l'incontro allo sportello è fuori dagli orari di apertura. Sceglietelo dentro gli orari indicati sopra, oppure in videochiamata.",
        $"Date {n}: the meeting at the desk is outside its opening hours. Choose a time within the hours shown above, or a video call.");
    public static string SlotOnHoliday(int n, DateOnly date, Holiday holiday) => L(
        $"Data {n}: {date.ToString("dddd d MMMM", CultureInfo.CurrentCulture)} è festivo ({holiday.ItalianName}) e lo sportello è chiuso. Scegliete un altro giorno, oppure una videochiamata.",
        $"Date {n}: {date.ToString("dddd d MMMM", CultureInfo.CurrentCulture)} is a holiday ({holiday.EnglishName}) and the desk is closed. Choose another day, or a video call.");
    public static string SlotOnClosure(int n, DateOnly date, DeskClosure closure) => L(
        $"Data {n}: {date.ToString("dddd d MMMM", CultureInfo.CurrentCulture)} lo sportello è chiuso ({closure.Reason}, {ClosureSpan(closure)}). Scegliete un altro giorno, oppure una videochiamata.",
        $"Date {n}: on {date.ToString("dddd d MMMM", CultureInfo.CurrentCulture)} the desk is closed ({closure.Reason}, {ClosureSpan(closure)}). Choose another day, or a video call.");
    public static string SlotDuplicate(int n) => L($"Data {n}: è uguale a un'altra data proposta.", $"Date {n}: it is the same as another proposed date.");
}
