using System.Globalization;

namespace Workflows.Host.Web.Shared;

// The clerk's words for the engine's names on the coordinator's screens: workflow types, history events, timers,
// tags and delivery reports. An unknown name falls back to a generic label; the raw name stays in a technical detail.
public static partial class Texts
{
    public static string WorkflowLabel(string? name) => name switch
    {
        "DeskRequest" => L("Richiesta allo sportello", "Desk request"),
        "EventRegistration" => L("Iscrizione a un evento", "Event registration"),
        "QuarterlyReport" => L("Rapporto trimestrale", "Quarterly report"),
        null or "" => "—",
        _ => name,
    };

    /// <summary>A timer by its name: a reminder, an expiry, a deadline.</summary>
    public static string TimerLabel(string name) => name switch
    {
        "partner-escalation" => L("Scadenza del partner: segnalazione al coordinamento", "Partner's deadline: report to the coordinators"),
        "triage-reminder" => L("Promemoria al coordinamento (da assegnare)", "Reminder to the coordinators (to assign)"),
        "info-reminder" => L("Promemoria al richiedente (informazioni)", "Reminder to the applicant (information)"),
        "convocation-reminder" => L("Promemoria al richiedente (convocazione)", "Reminder to the applicant (convocation)"),
        "convocation-expiry" => L("Scadenza della convocazione", "Convocation expiry"),
        "meeting-reminder-48h" => L("Promemoria dell'appuntamento (48 ore prima)", "Appointment reminder (48 hours before)"),
        "meeting-reminder-24h" => L("Promemoria dell'appuntamento (24 ore prima)", "Appointment reminder (24 hours before)"),
        "meeting-passed" => L("Fine dell'incontro: richiesta dell'esito", "End of the meeting: outcome requested"),
        "follow-up-close" => L("Chiusura del monitoraggio", "End of the follow-up"),
        "event-reminder" => L("Promemoria dell'evento", "Event reminder"),
        "event-ended" => L("Fine dell'evento", "End of the event"),
        "attendance-timeout" => L("Termine per registrare le presenze", "Deadline to record attendance"),
        "quarter-end" => L("Fine del trimestre", "End of the quarter"),
        _ when name.StartsWith("partner-reminder-", StringComparison.Ordinal) =>
            L($"Sollecito automatico al partner (n. {name["partner-reminder-".Length..]})", $"Automatic reminder to the partner (no. {name["partner-reminder-".Length..]})"),
        _ when name.StartsWith("survey-", StringComparison.Ordinal) =>
            L($"Questionario di monitoraggio a {name["survey-".Length..]} giorni", $"{name["survey-".Length..]}-day follow-up survey"),
        _ => L("Scadenza programmata", "Scheduled timer"),
    };

    /// <summary>An event raised on a request (a link, a form, a coordinator's action), by its name.</summary>
    public static string EventLabel(string? name) => name switch
    {
        "PartnerAccepted" => HistoryAccepted,
        "PartnerDeclined" => L("Il partner non ha accolto la richiesta", "The partner declined the request"),
        "PartnerReferred" => L("Il partner ha indirizzato la richiesta a un altro partner", "The partner referred the request to another partner"),
        "PartnerAskedInfo" => L("Il partner ha chiesto informazioni", "The partner asked for information"),
        "InfoAnswered" => HistoryAnswer,
        "SlotsProposed" => HistorySlotsProposed,
        "SlotConfirmed" => HistorySlotConfirmed,
        "OtherSlotsRequested" => HistoryOtherSlots,
        "MeetingCancelled" => HistoryMeetingCancelled,
        "ApplicantWithdrew" => L("Il richiedente ha ritirato la richiesta", "The applicant withdrew the request"),
        "OutcomeRecorded" => L("Il partner ha registrato l'esito dell'incontro", "The partner recorded the meeting's outcome"),
        "SurveyAnswered" => L("Il richiedente ha risposto al questionario", "The applicant answered the survey"),
        "Reassign" => L("Riassegnata dal coordinamento a un altro partner", "Reassigned by the coordinators to another partner"),
        "Remind" => HistoryRemindedByCoordinator,
        "TriageAssign" => L("Assegnata a un partner dal coordinamento", "Assigned to a partner by the coordinators"),
        "EmailUndeliverable" => L("Un'e-mail non è stata recapitata", "An e-mail was not delivered"),
        "RegistrationCancelled" => L("Iscrizione annullata", "Registration cancelled"),
        "AttendanceRecorded" => L("Presenza registrata", "Attendance recorded"),
        "FiguresReady" => L("Dati del trimestre pronti", "The quarter's figures are ready"),
        _ => L("Evento ricevuto", "Event received"),
    };

    /// <summary>One line of the engine's history: what happened, in words.</summary>
    public static string HistoryLine(string kind, string? name) => kind switch
    {
        "Started" => L("Richiesta avviata", "Request started"),
        "EventRaised" => EventLabel(name),
        "TimerFired" => name is null ? HistoryKind(kind) : TimerLabel(name),
        "Suspended" => HistorySuspended,
        "Resumed" => HistoryResumed,
        "Terminated" => HistoryTerminated,
        _ => HistoryKind(kind),
    };

    /// <summary>The name of a dashboard tag.</summary>
    public static string TagLabel(string tag) => tag switch
    {
        "code" => L("Codice della richiesta", "Request code"),
        "partner" => ColPartner,
        "comune" => ColComune,
        "category" => ColCategory,
        "network" => ColNetwork,
        "desk" => L("Sportello", "Desk"),
        "slaDueAt" => ColSla,
        _ => tag,
    };

    public static string DeliveryEventLabel(string name) => name.ToLowerInvariant() switch
    {
        "delivered" => L("consegnata", "delivered"),
        "bounce" => L("respinta dal server del destinatario", "bounced"),
        "dropped" => L("scartata dal fornitore", "dropped"),
        "deferred" => L("consegna rinviata", "deferred"),
        "spamreport" => L("segnalata come spam", "reported as spam"),
        _ => name,
    };

    public static string TechnicalId => L("Identificativo tecnico", "Technical id");
    public static string ApplicantSection => L("Richiedente", "Applicant");
    public static string RequestData => L("Dati della richiesta", "Request data");

    /// <summary>A Rome date and time for files (CSV): sortable, no time zone letters, e.g. 2026-12-02 09:30.</summary>
    public static string RomeStamp(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Coordinator.InstanceFilter.Rome).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
