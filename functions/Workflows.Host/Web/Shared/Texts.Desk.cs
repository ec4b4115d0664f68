using System.Globalization;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;

namespace Workflows.Host.Web.Shared;

public static partial class Texts
{
    // Navigation
    public static string DeskNav => L("Sportello", "Desk");
    public static string PartnerNav => L("Richieste da gestire", "Work to do");

    // Desk: list
    public static string DeskRequestsTitle => L("Richieste dello sportello", "The desk's requests");
    public static string DeskRequestsLead(string deskName) => L(
        $"{deskName}: le richieste registrate dallo sportello, dalla più recente, con il passo in cui si trovano.",
        $"{deskName}: the requests the desk has filed, newest first, with the step they are at.");
    public static string DeskNewRequest => L("Registra una nuova richiesta", "File a new request");
    public static string DeskListCaption => L("Richieste registrate, dalla più recente", "Requests filed, newest first");
    public static string DeskListEmpty => L(
        "Lo sportello non ha ancora registrato richieste. Usa «Registra una nuova richiesta» quando ricevi un cittadino o un'impresa.",
        "The desk has not filed any request yet. Use \"File a new request\" when you receive a citizen or a business.");
    public static string ColCode => L("Codice", "Code");
    public static string ColApplicant => L("Richiedente", "Applicant");
    public static string ColFiled => L("Registrata", "Filed");
    public static string NoPartnerYet => L("Da assegnare", "Not assigned yet");
    public static string OfficeHoursTitle => L("Orari dello sportello", "Desk opening hours");
    public static string OfficeHour(OfficeHours h) => L(
        $"{DayName(h.Day)} dalle {h.From:HH\\:mm} alle {h.To:HH\\:mm}",
        $"{DayName(h.Day)} {h.From:HH\\:mm}–{h.To:HH\\:mm}");
    public static string LongDate(DateTimeOffset instant) =>
        Workflows.Desk.Calendar.BusinessCalendar.ToRome(instant).ToString("dddd d MMMM yyyy", CultureInfo.CurrentCulture);
    public static string DayName(DayOfWeek day) =>
        CultureInfo.GetCultureInfo(IsEnglish ? "en-GB" : "it-IT").DateTimeFormat.GetDayName(day);

    // Desk: intake
    public static string IntakeTitle => L("Nuova richiesta", "New request");
    public static string IntakeLead(string deskName) => L(
        $"Registra la richiesta della persona o dell'impresa che si è rivolta allo {deskName}. I campi senza l'indicazione «facoltativo» sono obbligatori.",
        $"File the request of the person or business who came to the {deskName}. Fields not marked \"optional\" are required.");
    public static string IntakeWhere => L("Sportello", "Desk");
    public static string IntakeComune => L("Comune", "Municipality");
    public static string IntakeComuneHint(string deskName) => L(
        $"È il Comune dello {deskName}: non si può cambiare.",
        $"The municipality of the {deskName}: it cannot be changed.");
    public static string IntakeApplicant => L("Richiedente", "Applicant");
    public static string IntakeRequest => L("Richiesta", "Request");
    public static string KindLabel => L("Chi presenta la richiesta", "Who is asking");
    public static string ChooseOne => L("Scegli…", "Choose…");
    public static string NameLabel => L("Nome e cognome, o ragione sociale", "Full name, or company name");
    public static string Optional => L("facoltativo", "optional");
    public static string ApplicantEmailLabel => L("E-mail del richiedente", "Applicant's e-mail");
    public static string ApplicantEmailHint => L(
        "Se il richiedente non ha un indirizzo e-mail, lascia vuoto: le e-mail destinate a lui arriveranno allo sportello, che gliele farà avere.",
        "If the applicant has no e-mail address, leave it empty: the e-mails meant for them will come to the desk, which will pass them on.");
    public static string PhoneLabel => L("Telefono del richiedente", "Applicant's phone");
    public static string PhoneHint => L("Ad esempio 0125 123456 oppure +39 333 1234567.", "For example 0125 123456 or +39 333 1234567.");
    public static string LanguageLabel => L("Lingua del richiedente", "Applicant's language");
    public static string LanguageItalian => L("Italiano", "Italian");
    public static string LanguageEnglish => L("Inglese", "English");
    public static string CategoryLabel => L("Ambito della richiesta", "Topic of the request");
    public static string DescriptionLabel => L("Descrizione della richiesta", "Description of the request");
    public static string DescriptionHint(int min, int max) => L(
        $"Con le parole del richiedente: che cosa vuole fare, a che punto è, che aiuto chiede. Da {min} a {max} caratteri.",
        $"In the applicant's words: what they want to do, where they stand, what help they ask for. {min} to {max} characters.");
    public static string ContactLabel => L("Come preferisce essere incontrato", "How they prefer to meet");
    public static string PrivacyTitle => L("Privacy", "Privacy");
    public static string PrivacyNoticeHeading(string version) => L(
        $"Informativa sul trattamento dei dati personali (versione {version})",
        $"Privacy notice (version {version})");
    public static string ConsentLabel(string version) => L(
        $"Il richiedente ha ricevuto l'informativa sul trattamento dei dati (versione {version}).",
        $"The applicant has received the privacy notice (version {version}).");
    public static string IntakeSubmit => L("Registra la richiesta", "File the request");
    public static string FormHasErrorsCount(int count) => count == 1
        ? L("Il modulo contiene un errore:", "The form has one error:")
        : L($"Il modulo contiene {count} errori:", $"The form has {count} errors:");

    public static string KindRequired => L("Scegli chi presenta la richiesta.", "Choose who is asking.");
    public static string NameRequired => L("Inserisci il nome e cognome o la ragione sociale del richiedente.", "Enter the applicant's full name or company name.");
    public static string NameTooLong(int max) => L($"Il nome può avere al massimo {max} caratteri.", $"The name can have at most {max} characters.");
    public static string ApplicantEmailInvalid => L(
        "L'indirizzo e-mail non è valido: scrivilo per intero, ad esempio nome@dominio.it, oppure lascia vuoto.",
        "The e-mail address is not valid: write it in full, for example name@domain.it, or leave it empty.");
    public static string PhoneInvalid => L(
        "Il numero di telefono non è valido: usa da 6 a 15 cifre, con spazi e il prefisso + se serve.",
        "The phone number is not valid: use 6 to 15 digits, with spaces and a leading + if needed.");
    public static string PhoneNeeded => L(
        "Il richiedente preferisce essere contattato per telefono: inserisci il numero.",
        "The applicant prefers to be contacted by phone: enter the number.");
    public static string LanguageRequired => L("Scegli la lingua del richiedente.", "Choose the applicant's language.");
    public static string CategoryRequired => L("Scegli l'ambito della richiesta.", "Choose the topic of the request.");
    public static string DescriptionRequired => L("Descrivi la richiesta.", "Describe the request.");
    public static string DescriptionTooShort(int min) => L(
        $"La descrizione è troppo breve: scrivi almeno {min} caratteri, così il partner capisce di che cosa si tratta.",
        $"The description is too short: write at least {min} characters, so the partner understands what it is about.");
    public static string DescriptionTooLong(int max, int length) => L(
        $"La descrizione può avere al massimo {max} caratteri (ora ne ha {length}).",
        $"The description can have at most {max} characters (it now has {length}).");
    public static string ContactRequired => L("Scegli come preferisce essere incontrato il richiedente.", "Choose how the applicant prefers to meet.");
    public static string ConsentRequired => L(
        "Per registrare la richiesta conferma di aver dato al richiedente l'informativa sul trattamento dei dati.",
        "To file the request, confirm that the applicant has received the privacy notice.");
    public static string ConsentOutdated => L(
        "L'informativa sulla privacy è stata aggiornata mentre il modulo era aperto: dai al richiedente la nuova versione e conferma di nuovo che l'ha ricevuta.",
        "The privacy notice was updated while the form was open: give the applicant the new version and confirm again that they received it.");
    public static string IntakeRefused(string reason) => L(
        $"La richiesta non è stata registrata: {reason}",
        $"The request was not filed: {reason}");

    public static string ApplicantKindLabel(ApplicantKind kind) => kind switch
    {
        ApplicantKind.Citizen => L("Cittadino o cittadina", "Citizen"),
        ApplicantKind.Business => L("Impresa", "Business"),
        ApplicantKind.YoungPerson => L("Giovane (formazione, lavoro, prima impresa)", "Young person (training, work, first business)"),
        ApplicantKind.Association => L("Associazione", "Association"),
        ApplicantKind.Municipality => L("Comune o ente pubblico", "Municipality or public body"),
        _ => kind.ToString(),
    };

    public static string ContactModeLabel(ContactMode mode) => mode switch
    {
        ContactMode.AtDesk => L("Allo sportello, in Comune", "At the desk, in the town hall"),
        ContactMode.Phone => L("Per telefono", "By phone"),
        ContactMode.Video => L("In videochiamata", "By video call"),
        _ => mode.ToString(),
    };

    public static string LanguageName(string culture) => Cultures.IsEnglish(culture) ? LanguageEnglish : LanguageItalian;

    // Desk: filed
    public static string SentTitleDesk => L("Richiesta registrata", "Request filed");
    public static string SentCodeLabel => L("Codice della richiesta", "Request code");
    public static string SentCodeHint => L(
        "Comunica il codice al richiedente: gli servirà per ogni contatto con lo sportello e con il partner.",
        "Give the code to the applicant: they will need it whenever they contact the desk or the partner.");
    public static string WhatHappensNext => L("Cosa succede ora", "What happens next");
    public static string NextPartner(string partner, string due) => L(
        $"La richiesta è stata inoltrata a {partner}, che la esaminerà entro {due}: può accettarla, chiedere informazioni, proporla a un altro partner o non accoglierla.",
        $"The request has gone to {partner}, who will review it by {due}: they may accept it, ask for information, refer it to another partner or decline it.");
    public static string NextTriage => L(
        "Nessun partner della rete segue questo ambito nel Comune: il coordinamento della rete sceglierà a chi affidare la richiesta.",
        "No partner of the network handles this topic in the municipality: the network's coordinators will choose who takes the request.");
    public static string NextApplicantMail => L(
        "Il richiedente riceve subito un'e-mail di conferma con il codice e un link per ritirare la richiesta, se cambia idea.",
        "The applicant immediately receives a confirmation e-mail with the code and a link to withdraw the request if they change their mind.");
    public static string NextDeskMail => L(
        "Il richiedente non ha un indirizzo e-mail: le e-mail destinate a lui (conferma, convocazione, questionari) arriveranno allo sportello, che gliele farà avere.",
        "The applicant has no e-mail address: the e-mails meant for them (confirmation, convocation, surveys) will come to the desk, which will pass them on.");
    public static string NextConvocation => L(
        "Se il partner accetta, propone da 1 a 3 date per l'incontro; il richiedente ne conferma una con un clic e riceve l'invito da salvare nel calendario.",
        "If the partner accepts, they propose 1 to 3 dates for the meeting; the applicant confirms one with a click and gets an invitation to save in their calendar.");
    public static string NextFollowUp => L(
        "Dopo l'incontro, a 30 e a 90 giorni, il richiedente riceve un breve questionario: serve alla rete per misurare i risultati.",
        "After the meeting, at 30 and 90 days, the applicant receives a short survey: it helps the network measure results.");
    public static string NextDeskUpdates => L(
        "Lo sportello riceve un'e-mail a ogni passo importante e trova la richiesta nel proprio elenco, con il passo in cui si trova.",
        "The desk gets an e-mail at every important step and finds the request in its list, with the step it is at.");
    public static string SeeRequest => L("Vedi la richiesta", "See the request");
    public static string FileAnother => L("Registra un'altra richiesta", "File another request");
    public static string BackToDeskList => L("Torna alle richieste dello sportello", "Back to the desk's requests");

    // Request facts (desk and partner)
    public static string RequestTitle(string code) => L($"Richiesta {code}", $"Request {code}");
    public static string FactsTitle => L("Stato della richiesta", "Status of the request");
    public static string ApplicantTitle => L("Richiedente", "Applicant");
    public static string RequestDetailsTitle => L("Richiesta", "Request");
    public static string MeetingTitle => L("Appuntamento", "Appointment");
    public static string HistoryTitle => L("Cronologia", "History");
    public static string FactDesk => L("Sportello", "Desk");
    public static string FactComune => L("Comune", "Municipality");
    public static string FactPartner => L("Partner", "Partner");
    public static string FactStep => L("Passo attuale", "Current step");
    public static string FactSince => L("Dal", "Since");
    public static string FactFiled => L("Registrata il", "Filed on");
    public static string FactUpdated => L("Ultimo aggiornamento", "Last update");
    public static string FactDue => L("Scadenza per il partner", "Partner's deadline");
    public static string FactKind => L("Tipo", "Kind");
    public static string FactName => L("Nome", "Name");
    public static string FactEmail => L("E-mail", "E-mail");
    public static string FactNoEmail => L("Nessuna: le e-mail per il richiedente arrivano allo sportello", "None: the applicant's e-mails go to the desk");
    public static string FactPhone => L("Telefono", "Phone");
    public static string FactLanguage => L("Lingua", "Language");
    public static string FactCategory => L("Ambito", "Topic");
    public static string FactDescription => L("Descrizione", "Description");
    public static string FactContact => L("Incontro preferito", "Preferred meeting");
    public static string FactConsent => L("Informativa privacy", "Privacy notice");
    public static string ConsentGiven(string version) => L($"ricevuta dal richiedente, versione {version},", $"received by the applicant, version {version},");
    public static string ProposedSlotsTitle => L("Date proposte al richiedente", "Dates proposed to the applicant");
    public static string ConfirmedMeeting => L("Appuntamento confermato", "Confirmed appointment");
    public static string NoMeetingYet => L("Nessuna data ancora proposta.", "No date proposed yet.");
    public static string SlotAtDesk(string address) => L($"allo sportello, {address}", $"at the desk, {address}");
    public static string SlotRemote => L("in videochiamata", "by video call");
    public static string SlotMinutes(int minutes) => L($"{minutes} minuti", $"{minutes} minutes");
    public static string ConvocationExpires => L("La convocazione scade il", "The convocation expires on");
    public static string OverdueBadge => L("Scaduta", "Overdue");

    // History (built from the request's state)
    public static string HistoryFiled(string desk) => L($"Registrata da {desk}", $"Filed by {desk}");
    public static string HistoryAssigned(AssignmentReason reason, string partner) => reason switch
    {
        AssignmentReason.Routed => L($"Inoltrata a {partner}", $"Sent to {partner}"),
        AssignmentReason.Rerouted => L($"Inoltrata a {partner} dopo il rifiuto del partner precedente", $"Sent to {partner} after the previous partner declined"),
        AssignmentReason.Referred => L($"Proposta a {partner} dal partner precedente", $"Referred to {partner} by the previous partner"),
        AssignmentReason.Reassigned => L($"Riassegnata a {partner} dal coordinamento", $"Reassigned to {partner} by the coordinators"),
        AssignmentReason.Triage => L($"Affidata a {partner} dal coordinamento", $"Assigned to {partner} by the coordinators"),
        _ => partner,
    };
    public static string HistoryDeclined(string partner) => L($"{partner} non ha accolto la richiesta", $"{partner} declined the request");
    public static string HistoryQuestion(string partner) => L($"{partner} ha chiesto informazioni", $"{partner} asked for information");
    public static string HistoryAnswer => L("Il richiedente ha risposto", "The applicant answered");
    public static string HistoryOutcome(MeetingOutcome outcome) => L($"Esito dell'incontro: {OutcomeLabel(outcome)}", $"Meeting outcome: {OutcomeLabel(outcome)}");
    public static string HistorySurvey(int round, FollowUpProgress progress, int satisfaction) => L(
        $"Questionario a {round} giorni: {ProgressLabel(progress)}, soddisfazione {satisfaction} su 5",
        $"{round}-day survey: {ProgressLabel(progress)}, satisfaction {satisfaction} out of 5");
    public static string HistoryEnded(DeskRequestStep step) => step switch
    {
        DeskRequestStep.Declined => L("Nessun partner ha potuto accogliere la richiesta", "No partner could take the request"),
        DeskRequestStep.Withdrawn => L("Il richiedente ha ritirato la richiesta", "The applicant withdrew the request"),
        DeskRequestStep.Closed => L("Richiesta chiusa dopo il monitoraggio", "Request closed after the follow-up"),
        _ => Step(step.ToString()),
    };
    public static string HistoryAccepted => L("Il partner ha accettato la richiesta", "The partner accepted the request");
    public static string HistorySlotsProposed => L("Date dell'incontro proposte al richiedente", "Meeting dates proposed to the applicant");
    public static string HistorySlotConfirmed => L("Il richiedente ha confermato l'appuntamento", "The applicant confirmed the appointment");
    public static string HistoryOtherSlots => L("Il richiedente ha chiesto altre date", "The applicant asked for other dates");
    public static string HistoryMeetingCancelled => L("Il partner ha annullato l'appuntamento", "The partner cancelled the appointment");
    public static string HistoryRemindedByCoordinator => L("Sollecito inviato dal coordinamento", "Reminder sent by the coordinators");
    public static string HistoryEscalated => L("Scadenza superata: segnalata al coordinamento della rete", "Deadline passed: reported to the network's coordinators");
    public static string HistoryConvocationExpired => L("Convocazione scaduta senza risposta del richiedente", "Convocation expired without an answer from the applicant");
    public static string HistoryMeetingPassed => L("L'ora dell'incontro è passata", "The meeting time has passed");
    public static string HistoryApplicantReminded => L("Promemoria inviato al richiedente", "Reminder sent to the applicant");
    public static string HistoryMeetingReminder => L("Promemoria dell'appuntamento inviato al richiedente", "Appointment reminder sent to the applicant");
    public static string HistoryTriageReminder => L("Promemoria inviato al coordinamento", "Reminder sent to the coordinators");
    public static string HistoryPartnerReminded => L("Sollecito automatico al partner", "Automatic reminder to the partner");
    public static string HistorySurveySent(string round) => L($"Questionario a {round} giorni inviato", $"{round}-day survey sent");
    public static string HistorySuspended => L("Sospesa dal coordinamento", "Suspended by the coordinators");
    public static string HistoryResumed => L("Ripresa dal coordinamento", "Resumed by the coordinators");
    public static string HistoryTerminated => L("Chiusa d'ufficio dal coordinamento", "Closed by the coordinators");
    public static string HistoryStep(DeskRequestStep step) => L($"Ora: {Step(step.ToString())}", $"Now: {Step(step.ToString())}");

    public static string OutcomeLabel(MeetingOutcome outcome) => outcome switch
    {
        MeetingOutcome.Held => L("incontro svolto", "meeting held"),
        MeetingOutcome.NoShow => L("il richiedente non si è presentato", "the applicant did not come"),
        MeetingOutcome.Rescheduled => L("da fissare di nuovo", "to be rescheduled"),
        _ => outcome.ToString(),
    };

    public static string ProgressLabel(FollowUpProgress progress) => progress switch
    {
        FollowUpProgress.NotStarted => L("progetto non ancora avviato", "project not started yet"),
        FollowUpProgress.InProgress => L("progetto in corso", "project under way"),
        FollowUpProgress.Achieved => L("obiettivo raggiunto", "goal achieved"),
        FollowUpProgress.GaveUp => L("progetto abbandonato", "project given up"),
        _ => progress.ToString(),
    };
}
