using System.Globalization;
using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Host.Web.Shared;

public static partial class Texts
{
    public static string DashboardTitle => L("Richieste della rete", "The network's requests");
    public static string DashboardIntro => L(
        "Tutte le richieste, con il passo in cui si trovano, le scadenze superate e i filtri per Comune, partner e categoria.",
        "Every request, with its current step, overdue deadlines and filters by municipality, partner and category.");
    public static string Filters => L("Filtri", "Filters");
    public static string FilterWorkflow => L("Tipo di flusso", "Workflow type");
    public static string FilterStep => L("Passo", "Step");
    public static string FilterStatus => L("Stato di esecuzione", "Runtime status");
    public static string FilterPartner => L("Partner", "Partner");
    public static string FilterComune => L("Comune", "Municipality");
    public static string FilterApplicant => L("Richiedente (nome o e-mail)", "Applicant (name or e-mail)");
    public static string StepUnknown(string typed) => L($"Nessun passo si chiama «{typed}».", $"No step is called \"{typed}\".");
    public static string StepChoices(IEnumerable<string> labels) => L(
        $"Scegli uno dei passi suggeriti: {string.Join(", ", labels)}.",
        $"Choose one of the suggested steps: {string.Join(", ", labels)}.");
    public static string StepNear(IEnumerable<string> labels) => L(
        $"Forse cercavi: {string.Join(", ", labels)}.",
        $"Perhaps you meant: {string.Join(", ", labels)}.");
    public static string NoApplicantMatch(string typed) => L(
        $"Nessuna richiesta della rete ha un richiedente con nome o e-mail che contiene «{typed}» (con gli altri filtri scelti). Prova con il cognome soltanto o con il codice della richiesta.",
        $"No request of the network has an applicant whose name or e-mail contains \"{typed}\" (with the other filters chosen). Try the surname only or the request code.");
    public static string MoreApplicantMatches(int n) => L(
        $"Sono mostrate le prime {n} richieste trovate: aggiungi una parte del nome o un altro filtro.",
        $"The first {n} requests found are shown: add part of the name or another filter.");
    public static string FilterCategory => L("Categoria", "Category");
    public static string FilterFrom => L("Creata dal", "Created from");
    public static string FilterTo => L("Creata fino al", "Created until");
    public static string FilterSla => L("Solo con scadenza superata", "Only overdue");
    public static string FilterCode => L("Codice della richiesta", "Request code");
    public static string FilterAny => L("Qualsiasi", "Any");
    public static string ApplyFilters => L("Applica i filtri", "Apply filters");
    public static string ClearFilters => L("Azzera i filtri", "Clear filters");
    public static string ExportCsv => L("Esporta in CSV", "Export as CSV");
    public static string ResultsCaption => L("Elenco delle richieste, dalla più recente", "Requests, newest first");
    public static string NoResults => L("Nessuna richiesta corrisponde ai filtri.", "No request matches the filters.");
    public static string NextPage => L("Pagina successiva", "Next page");
    public static string FirstPage => L("Prima pagina", "First page");
    public static string Pagination => L("Paginazione", "Pagination");
    public static string ColRequest => L("Richiesta", "Request");
    public static string ColWorkflow => L("Flusso", "Workflow");
    public static string ColStep => L("Passo", "Step");
    public static string ColStatus => L("Stato", "Status");
    public static string ColPartner => L("Partner", "Partner");
    public static string ColComune => L("Comune", "Municipality");
    public static string ColCategory => L("Categoria", "Category");
    public static string ColCreated => L("Creata", "Created");
    public static string ColUpdated => L("Aggiornata", "Updated");
    public static string ColSla => L("Scadenza", "Due");
    public static string ColNetwork => L("Rete", "Network");
    public static string SlaBreached => L("Scaduta", "Overdue");
    public static string AllNetworks => L("Tutte le reti del servizio", "Every network of the service");
    public static string NetworkOfPage(string name) => L($"Rete: {name}", $"Network: {name}");
    public static string OpenRequest(string id) => L($"Apri la richiesta {id}", $"Open request {id}");

    public static string InstanceTitle(string id) => L($"Richiesta {id}", $"Request {id}");
    public static string Diagram => L("Percorso della richiesta", "Path of the request");
    public static string DiagramCurrent => L("passo attuale", "current step");
    public static string DiagramVisited => L("passo già attraversato", "step passed");
    public static string Summary => L("Stato", "Status");
    public static string Tags => L("Etichette", "Tags");
    public static string Timers => L("Scadenze programmate", "Scheduled timers");
    public static string NoTimers => L("Nessuna scadenza programmata.", "No scheduled timer.");
    public static string TimerName => L("Nome", "Name");
    public static string TimerDue => L("Scade", "Due");
    public static string Timeline => L("Cronologia", "Timeline");
    public static string Emails => L("E-mail inviate", "E-mails sent");
    public static string NoEmails => L("Nessuna e-mail.", "No e-mail.");
    public static string EmailTemplate => L("Modello", "Template");
    public static string EmailTo => L("Destinatario", "Recipient");
    public static string EmailState => L("Invio", "Sending");
    public static string EmailDeliveries => L("Consegna", "Delivery");
    public static string EmailAttempts(int n) => n == 1 ? L("1 tentativo", "1 attempt") : L($"{n} tentativi", $"{n} attempts");
    public static string Details => L("Dati", "Data");
    public static string Actions => L("Azioni", "Actions");
    public static string HistoryTruncated(int n) => L($"Sono mostrati i primi {n} eventi.", $"The first {n} events are shown.");
    public static string Version(int v) => L($"versione {v}", $"version {v}");
    public static string BackToList => L("Torna all'elenco", "Back to the list");
    public static string Failure => L("Motivo dell'errore", "Failure reason");

    public static string ActionName(string action) => action switch
    {
        "remind" => L("Sollecita", "Send a reminder"),
        "suspend" => L("Sospendi", "Suspend"),
        "resume" => L("Riprendi", "Resume"),
        "terminate" => L("Termina", "Terminate"),
        "erase" => L("Cancella i dati personali", "Erase the personal data"),
        "purge" => L("Elimina definitivamente", "Purge"),
        "raise" => L("Invia un evento", "Raise an event"),
        "reassign" => L("Riassegna a un altro partner", "Reassign to another partner"),
        _ => action,
    };

    public static string ActionExplain(string action) => action switch
    {
        "remind" => L("Viene inviato di nuovo il sollecito del passo attuale a chi deve agire.", "The current step's reminder is sent again to whoever has to act."),
        "suspend" => L("La richiesta resta ferma: gli eventi vengono rifiutati e le scadenze attendono la ripresa.", "The request stops: events are refused and timers wait until it is resumed."),
        "resume" => L("La richiesta riparte; le scadenze maturate nel frattempo vengono eseguite in ordine.", "The request starts again; timers that came due meanwhile run in order."),
        "terminate" => L("La richiesta viene chiusa d'ufficio e le sue scadenze annullate. Non si può annullare.", "The request is closed by the coordinator and its timers cancelled. This cannot be undone."),
        "erase" => L(
            "I dati personali della richiesta (richiedente, descrizione, risposte, cronologia ed e-mail) vengono cancellati, su domanda dell'interessato o prima della cancellazione automatica dopo la chiusura; restano passo, esito, comune, partner, categoria e date per le statistiche. Non si può annullare.",
            "The request's personal data (applicant, description, answers, history and e-mails) are erased, at the data subject's request or ahead of the automatic erasure after closure; step, outcome, comune, partner, category and dates stay for the statistics. This cannot be undone."),
        "purge" => L("Tutti i dati della richiesta, compresa la cronologia, vengono cancellati. Non si può annullare.", "All the request's data, history included, is deleted. This cannot be undone."),
        "raise" => L("Invia al flusso un evento con nome e dati JSON, come farebbe un link o un modulo.", "Sends the workflow an event with a name and JSON data, as a link or a form would."),
        "reassign" => L("La richiesta passa al partner scelto, che riceve l'e-mail per esaminarla; il partner precedente viene avvisato e la cronologia resta.", "The request goes to the chosen partner, who gets the e-mail to review it; the previous partner is told and the history is kept."),
        _ => "",
    };

    public static string ActionConfirmTitle(string action, string id) => L($"{ActionName(action)}: richiesta {id}", $"{ActionName(action)}: request {id}");
    public static string ActionConfirmButton(string action) => L($"Conferma: {ActionName(action).ToLower(CultureInfo.CurrentCulture)}", $"Confirm: {ActionName(action).ToLower(CultureInfo.CurrentCulture)}");
    public static string Reason => L("Motivo (facoltativo, senza dati personali)", "Reason (optional, no personal data)");
    public static string EventName => L("Nome dell'evento", "Event name");
    public static string EventPayload => L("Dati dell'evento (JSON, facoltativo)", "Event data (JSON, optional)");
    public static string NewPartner => L("Nuovo partner", "New partner");
    public static string PartnerPlaceholder => L("Scegli il partner", "Choose the partner");
    public static string PartnersSuited => L("Servono questo tema in questo territorio", "Serve this topic in this territory");
    public static string PartnersOthers => L("Altri partner della rete", "Other partners of the network");
    public static string PartnerNoChoice => L(
        "Nessun altro partner attivo della rete può ricevere la richiesta. Aggiungilo o riattivalo nell'anagrafica della rete.",
        "No other active partner of the network can take the request. Add or reactivate one in the network's directory.");
    public static string PartnerUnknown(string id) => L(
        $"Nessun partner dell'anagrafica ha il codice «{id}». Scegli il partner dall'elenco.",
        $"No partner of the directory has the id \"{id}\". Choose the partner from the list.");
    public static string PartnerAlreadyHas(string name) => L(
        $"La richiesta è già assegnata a {name}. Scegli un altro partner.",
        $"The request is already assigned to {name}. Choose another partner.");
    public static string PartnerInactive(string name) => L(
        $"{name} è disattivato nell'anagrafica della rete e non riceve nuove richieste. Riattivalo o scegli un altro partner.",
        $"{name} is deactivated in the network's directory and takes no new request. Reactivate it or choose another partner.");
    public static string PartnerOutsideNetwork(string name) => L(
        $"{name} non fa parte della rete di questa richiesta. Scegli un partner della rete.",
        $"{name} is not part of this request's network. Choose a partner of the network.");
    public static string PartnerWithoutReviewer(string name) => L(
        $"{name} non ha nessun indirizzo a cui inviare le richieste. Aggiungilo nell'anagrafica o scegli un altro partner.",
        $"{name} has no address to send requests to. Add one in the directory or choose another partner.");
    public static string EventNameInvalid => L("Il nome dell'evento è obbligatorio: solo lettere e cifre, al massimo 100.", "The event name is required: letters and digits only, at most 100.");
    public static string PayloadInvalid => L("I dati non sono JSON valido.", "The data is not valid JSON.");
    public static string PartnerRequired => L("Scegli il partner a cui assegnare la richiesta.", "Choose the partner to assign the request to.");
    public static string ActionNotAllowed => L("Questa azione non è possibile nello stato attuale della richiesta.", "This action is not possible in the request's current state.");

    public static string Outcome(EventOutcome outcome) => outcome switch
    {
        EventOutcome.Applied => L("Fatto: l'azione è stata eseguita.", "Done: the action was carried out."),
        EventOutcome.Rejected => L("Il flusso ha rifiutato l'azione: la richiesta non la prevede nel passo in cui si trova.", "The workflow refused the action: the request does not expect it in its current step."),
        EventOutcome.NotRunning => L("La richiesta non è in corso: è sospesa o già conclusa.", "The request is not running: it is suspended or has ended."),
        EventOutcome.AlreadyConsumed => L("L'azione era già stata eseguita.", "The action had already been carried out."),
        _ => L("La richiesta non esiste più.", "The request no longer exists."),
    };

    public static string TechnicalDetail => L("Dettaglio tecnico (in inglese)", "Technical detail");

    public static string Erased => L("I dati personali della richiesta sono stati cancellati.", "The request's personal data were erased.");
    public static string EraseNotEnded => L("Si possono cancellare i dati solo di una richiesta conclusa: terminala prima.", "Only an ended request's data can be erased: terminate it first.");
    public static string ErasedOn => L("Dati personali cancellati il", "Personal data erased on");
    public static string ErasedRemains => L(
        "Restano passo, esito, comune, partner, categoria e date, che contano nelle statistiche.",
        "Step, outcome, comune, partner, category and dates remain, and count in the statistics.");
    public static string HistoryErased => L("La cronologia e le e-mail sono state cancellate con i dati personali.", "The history and the e-mails were erased with the personal data.");
    public static string Purged => L("La richiesta è stata eliminata definitivamente.", "The request was purged.");
    public static string PurgeNotEnded => L("Si può eliminare solo una richiesta conclusa: terminala prima.", "Only an ended request can be purged: terminate it first.");

    public static string Step(string? step) => step switch
    {
        null or "" => "—",
        "Submitted" => L("Inviata", "Submitted"),
        "Routed" => L("Instradata", "Routed"),
        "AwaitingTriage" => L("In attesa di smistamento", "Awaiting triage"),
        "AwaitingPartnerReview" => L("In esame dal partner", "Partner review"),
        "InfoRequested" => L("Informazioni richieste", "Information requested"),
        "Scheduling" => L("Da pianificare", "Scheduling"),
        "ConvocationSent" => L("Convocazione inviata", "Convocation sent"),
        "Confirmed" => L("Appuntamento confermato", "Appointment confirmed"),
        "AwaitingOutcome" => L("In attesa dell'esito", "Awaiting outcome"),
        "FollowUp" => L("Monitoraggio", "Follow-up"),
        "Closed" => L("Chiusa", "Closed"),
        "Declined" => L("Non accolta", "Declined"),
        "Withdrawn" => L("Ritirata", "Withdrawn"),
        "Registered" => L("Iscritto", "Registered"),
        "AwaitingAttendance" => L("Presenze da registrare", "Attendance to record"),
        "Attended" => L("Presente", "Attended"),
        "Absent" => L("Assente", "Absent"),
        "Cancelled" => L("Iscrizione annullata", "Registration cancelled"),
        "AttendanceUnrecorded" => L("Presenza non registrata", "Attendance not recorded"),
        "WaitingForQuarterEnd" => L("In attesa della fine del trimestre", "Waiting for the quarter's end"),
        "AwaitingFigures" => L("In attesa dei dati", "Awaiting the figures"),
        _ => step,
    };

    public static string Status(RuntimeStatus status) => status switch
    {
        RuntimeStatus.Pending => L("In avvio", "Pending"),
        RuntimeStatus.Running => L("In corso", "Running"),
        RuntimeStatus.Suspended => L("Sospesa", "Suspended"),
        RuntimeStatus.Completed => L("Conclusa", "Completed"),
        RuntimeStatus.Failed => L("In errore", "Failed"),
        RuntimeStatus.Terminated => L("Terminata", "Terminated"),
        _ => status.ToString(),
    };

    public static string HistoryKind(string kind) => kind switch
    {
        "Started" => L("Avviata", "Started"),
        "EventRaised" => L("Evento", "Event"),
        "TimerFired" => L("Scadenza", "Timer fired"),
        "Suspended" => L("Sospesa", "Suspended"),
        "Resumed" => L("Ripresa", "Resumed"),
        "Terminated" => L("Terminata", "Terminated"),
        "Completed" => L("Conclusa", "Completed"),
        "Failed" => L("Errore", "Failed"),
        "Migrated" => L("Aggiornata di versione", "Migrated"),
        _ => kind,
    };

    public static string EmailStatus(string status) => status switch
    {
        "Pending" => L("In coda", "Queued"),
        "Sent" => L("Inviata", "Sent"),
        "Failed" => L("Non inviata", "Failed"),
        _ => status,
    };

    public static string OverviewTitle => L("Panoramica della rete", "Network overview");
    public static string OverviewIntro => L(
        "Quante richieste ci sono in ogni passo, quante hanno superato la scadenza, e come si distribuiscono tra Comuni, partner e categorie. Ogni grafico ha la sua tabella.",
        "How many requests are in each step, how many are overdue, and how they spread across municipalities, partners and categories. Every chart has its table.");
    public static string OverviewPeriod => L("Periodo", "Period");
    public static string Update => L("Aggiorna", "Update");
    public static string TotalRequests => L("Richieste", "Requests");
    public static string OpenRequests => L("In corso", "Open");
    public static string OverdueRequests => L("Con scadenza superata", "Overdue");
    public static string ByStep => L("Richieste per passo", "Requests by step");
    public static string ByStatus => L("Richieste per stato di esecuzione", "Requests by runtime status");
    public static string ByComune => L("Richieste per Comune", "Requests by municipality");
    public static string ByPartner => L("Richieste per partner", "Requests by partner");
    public static string ByCategory => L("Richieste per categoria", "Requests by category");
    public static string Count => L("Numero", "Count");
    public static string Overdue => L("Scadute", "Overdue");
    public static string ChartOf(string title) => L($"Grafico: {title}. I dati sono nella tabella che segue.", $"Chart: {title}. The data is in the table that follows.");
    public static string NoData => L("Nessun dato nel periodo.", "No data in the period.");
    public static string Unassigned => L("(non indicato)", "(not set)");
}
