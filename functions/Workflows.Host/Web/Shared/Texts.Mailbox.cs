namespace Workflows.Host.Web.Shared;

public static partial class Texts
{
    public static string MailboxTitle => L("Casella di posta locale", "Local mailbox");
    public static string MailboxIntro => L(
        "Qui trovi tutte le e-mail che il servizio ha inviato in questo ambiente: nessuna esce davvero. Apri un'e-mail e usa i suoi pulsanti per fare la parte del partner, del richiedente, dello sportello o del coordinamento.",
        "Here are all the e-mails the service sent in this environment: none really leaves. Open an e-mail and use its buttons to play the partner, the applicant, the desk or the coordinators.");
    public static string MailboxCaption => L("E-mail inviate, dalla più recente", "E-mails sent, newest first");
    public static string MailboxEmpty => L(
        "Ancora nessuna e-mail. Quando uno sportello registra una richiesta, le e-mail compaiono qui.",
        "No e-mail yet. When a desk files a request, the e-mails appear here.");
    public static string MailboxSent => L("Inviata", "Sent");
    public static string MailboxTo => L("Destinatario", "To");
    public static string MailboxSubject => L("Oggetto", "Subject");
    public static string MailboxKind => L("Tipo", "Kind");
    public static string MailboxCode => L("Codice della richiesta", "Request code");
    public static string MailboxCodeHint => L("Per esempio TO-2026-0148.", "For example TO-2026-0148.");
    public static string MailboxNoMatch => L("Nessuna e-mail corrisponde ai filtri.", "No e-mail matches the filters.");
    public static string MailboxOfRequest => L("Le e-mail di questa richiesta (casella di posta locale)", "This request's e-mails (local mailbox)");
    public static string MailboxOfInstance(string id) => L($"Solo le e-mail della richiesta {id}.", $"Only the e-mails of request {id}.");
    public static string MailboxInvite => L("Invito calendario", "Calendar invite");
    public static string MailboxRefresh => L("Aggiorna", "Refresh");
    public static string MailboxPreview => L("Anteprima dell'e-mail", "E-mail preview");
    public static string MailboxPreviewHint => L(
        "I pulsanti dell'e-mail funzionano: aprono la pagina dell'azione in questa finestra.",
        "The e-mail's buttons work: they open the action's page in this window.");
    public static string MailboxButtons => L("I pulsanti di questa e-mail", "This e-mail's buttons");
    public static string MailboxText => L("Versione solo testo", "Plain-text version");
    public static string MailboxDownloadInvite => L("Scarica l'invito (.ics)", "Download the invite (.ics)");
    public static string MailboxInviteCancel => L("annullamento", "cancellation");
    public static string MailboxTruncated => L(
        "L'e-mail era troppo lunga per essere conservata per intero: la parte finale è stata tagliata.",
        "The e-mail was too long to be kept in full: its end was cut.");

    public static string MailKind(string template) => template switch
    {
        "request-received" => L("Richiesta ricevuta", "Request received"),
        "partner-review-request" => L("Richiesta da esaminare (partner)", "Request to review (partner)"),
        "info-request" => L("Richiesta di informazioni", "Information request"),
        "partner-slots-request" => L("Date da proporre (partner)", "Dates to propose (partner)"),
        "convocation" => L("Convocazione", "Convocation"),
        "meeting-confirmed" => L("Appuntamento confermato", "Appointment confirmed"),
        "partner-meeting-confirmed" => L("Appuntamento confermato (partner)", "Appointment confirmed (partner)"),
        "meeting-reminder" => L("Promemoria appuntamento", "Appointment reminder"),
        "meeting-cancelled" => L("Appuntamento annullato", "Appointment cancelled"),
        "partner-outcome-request" => L("Esito da registrare (partner)", "Outcome to record (partner)"),
        "follow-up-survey" => L("Questionario di monitoraggio", "Follow-up survey"),
        "request-declined" => L("Richiesta non accolta", "Request declined"),
        "request-withdrawn" => L("Richiesta ritirata", "Request withdrawn"),
        "partner-notice" => L("Avviso al partner", "Notice to the partner"),
        "desk-update" => L("Aggiornamento allo sportello", "Update to the desk"),
        "coordinator-triage" => L("Da assegnare (coordinamento)", "To assign (coordinators)"),
        "coordinator-escalation" => L("Scadenza superata (coordinamento)", "Deadline passed (coordinators)"),
        "event-registration-confirmed" => L("Iscrizione confermata", "Registration confirmed"),
        "event-reminder" => L("Promemoria evento", "Event reminder"),
        "event-registration-cancelled" => L("Iscrizione annullata", "Registration cancelled"),
        "quarterly-report" => L("Rapporto trimestrale", "Quarterly report"),
        "coordinator-undeliverable" => L("E-mail non recapitata (coordinamento)", "E-mail not delivered (coordinators)"),
        "undeliverable-notice" => L("E-mail non recapitata (avviso)", "E-mail not delivered (notice)"),
        "coordinator-stalled" => L("Richiesta bloccata (coordinamento)", "Request stalled (coordinators)"),
        "staff-sign-in" => L("Link di accesso (personale)", "Sign-in link (staff)"),
        "" => "—",
        _ => template,
    };
}
