using Workflows.Desk.Model;
using Workflows.Host.Anagrafica;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Web.Shared;

public static partial class Texts
{
    public static string DirectoryNav => L("Rete", "Network");
    public static string DirectoryTitle(string network) => L($"Rete: {network}", $"Network: {network}");
    public static string DirectoryIntro => L(
        "Sportelli, partner e persone della rete. Le modifiche valgono per le nuove richieste entro un minuto; le richieste in corso restano al loro partner finché non vengono riassegnate.",
        "The network's desks, partners and people. Changes apply to new requests within a minute; requests in progress stay with their partner until reassigned.");
    public static string DirectoryChooseNetwork => L("Rete", "Network");
    public static string DirectoryShow => L("Mostra", "Show");
    public static string DirectoryDesks => L("Sportelli", "Desks");
    public static string DirectoryPartners => L("Partner", "Partners");
    public static string DirectoryStaff => L("Persone", "People");
    public static string DirectoryChanges => L("Ultime modifiche", "Latest changes");
    public static string DirectoryNoChanges => L("Nessuna modifica registrata.", "No change recorded.");
    public static string DirectoryNone => L("Nessuno.", "None.");
    public static string DirectoryNewDesk => L("Apri un nuovo sportello", "Open a new desk");
    public static string DirectoryNewPartner => L("Aggiungi un partner", "Add a partner");
    public static string DirectoryNewStaff => L("Aggiungi una persona", "Add a person");
    public static string DirectoryNewNetwork => L("Crea una nuova rete", "Create a new network");
    public static string NetworkIntro => L(
        "Una rete nuova nasce vuota: i coordinatori indicati possono accedere subito e aggiungere sportelli, partner e persone. Ogni persona coordina una rete sola.",
        "A new network starts empty: the coordinators named can sign in at once and add desks, partners and people. Each person coordinates one network only.");
    public static string NetworkCreate => L("Crea la rete", "Create the network");
    public static string NetworkCreated(string name) => L($"Rete «{name}» creata: i suoi coordinatori possono accedere.", $"Network “{name}” created: its coordinators can sign in.");
    public static string DirectoryImportExport => L("Primo caricamento ed esportazione", "First load and export");
    public static string DirectoryEdit(string name) => L($"Modifica {name}", $"Edit {name}");
    public static string DirectoryActive => L("Attivo", "Active");
    public static string DirectoryInactive => L("Disattivato", "Deactivated");
    public static string DirectoryStatus => L("Stato", "Status");
    public static string DirectoryDeactivate => L("Disattiva", "Deactivate");
    public static string DirectoryReactivate => L("Riattiva", "Reactivate");
    public static string DirectorySave => L("Salva", "Save");
    public static string DirectorySaved(string change) => change switch
    {
        "created" => L("Creato.", "Created."),
        "deactivated" => L("Disattivato.", "Deactivated."),
        "reactivated" => L("Riattivato.", "Reactivated."),
        "unchanged" => L("Nessuna modifica da salvare.", "Nothing to save."),
        _ => L("Modifiche salvate.", "Changes saved."),
    };
    public static string DirectoryChangeWord(string change) => change switch
    {
        "created" => L("creato", "created"),
        "deactivated" => L("disattivato", "deactivated"),
        "reactivated" => L("riattivato", "reactivated"),
        _ => L("modificato", "updated"),
    };
    public static string DirectoryKindWord(DirectoryKind kind) => kind switch
    {
        DirectoryKind.Desk => L("Sportello", "Desk"),
        DirectoryKind.Partner => L("Partner", "Partner"),
        DirectoryKind.Staff => L("Persona", "Person"),
        _ => L("Rete", "Network"),
    };
    public static string ColWhen => L("Quando", "When");
    public static string ColWho => L("Chi", "Who");
    public static string ColWhat => L("Cosa", "What");
    public static string ColName => L("Nome", "Name");
    public static string ColEmail => L("E-mail", "E-mail");
    public static string ColRole => L("Ruolo", "Role");
    public static string ColTopics => L("Ambiti", "Topics");
    public static string ColTerritory => L("Territorio", "Territory");
    public static string ColReferent => L("Referente", "Referent");
    public static string ColActions => L("Azioni", "Actions");
    public static string StaffRoleWord(StaffRole role) => role switch
    {
        StaffRole.Desk => L("Referente di sportello", "Desk referent"),
        StaffRole.Partner => L("Revisore del partner", "Partner reviewer"),
        _ => L("Coordinamento", "Coordinator"),
    };
    public static string StaffAlreadyListed(string email) => L(
        $"«{email}» è già tra le persone della rete: per cambiarla aprila dall'elenco.", $"“{email}” is already one of the network's people: open it from the list to change it.");
    public static string StaffImpliedNote => L(
        "Oltre alle persone qui elencate accedono l'indirizzo di ogni sportello attivo, i revisori dei partner attivi e il coordinamento della rete.",
        "Besides the people listed here, every active desk's address, the reviewers of active partners and the network's coordinators sign in.");

    // Fields
    public static string FieldId => L("Codice (lettere minuscole, cifre e trattini)", "Id (lower-case letters, digits and dashes)");
    public static string FieldComune => L("Comune (codice ISTAT)", "Municipality (ISTAT code)");
    public static string FieldDeskName => L("Nome dello sportello", "Desk name");
    public static string FieldAddress => L("Indirizzo", "Address");
    public static string FieldReferent => L("Referente", "Referent");
    public static string FieldDeskEmail => L("E-mail dello sportello (accesso del referente e posta dei richiedenti senza e-mail)", "Desk e-mail (the referent's sign-in and the mail of applicants without e-mail)");
    public static string FieldOfficeHours => L("Orari di apertura", "Opening hours");
    public static string FieldOfficeHoursHint => L("Un orario per riga o separati da punto e virgola, es. «mar 09:00-12:00; gio 14:00-17:00».", "One slot per line or separated by semicolons, e.g. “tue 09:00-12:00; thu 14:00-17:00”.");
    public static string FieldClosures => L("Chiusure dello sportello (oltre a festivi e santo patrono)", "Desk closures (besides public holidays and the patron saint's day)");
    public static string FieldClosuresHint => L(
        "Una chiusura per riga o separate da punto e virgola, con il motivo, es. «10/08/2026-21/08/2026 chiusura estiva; 24/12/2026 vigilia di Natale».",
        "One closure per line or separated by semicolons, with its reason, e.g. “10/08/2026-21/08/2026 summer closure; 24/12/2026 Christmas Eve”.");
    public static string FieldNetworkName => L("Nome della rete", "Network name");
    public static string FieldCoordinators => L("E-mail dei coordinatori", "Coordinators' e-mails");
    public static string FieldCoordinatorsHint => L("Separate da virgole o una per riga.", "Separated by commas or one per line.");
    public static string FieldLanguage => L("Lingua delle e-mail", "Language of the mails");
    public static string FieldPartnerName => L("Nome del partner", "Partner name");
    public static string FieldTopics => L("Ambiti serviti", "Topics served");
    public static string FieldComuni => L("Comuni serviti (codici ISTAT)", "Municipalities served (ISTAT codes)");
    public static string FieldProvinces => L("Province servite per intero (sigle, es. AL, TO)", "Whole provinces served (codes, e.g. AL, TO)");
    public static string FieldListHint => L("Separati da virgole.", "Separated by commas.");
    public static string FieldReviewers => L("E-mail dei revisori", "Reviewers' e-mails");
    public static string FieldReviewDays => L("Giorni lavorativi per l'esame prima del sollecito al coordinamento", "Business days to review before the coordinators are told");
    public static string FieldStaffEmail => L("E-mail", "E-mail");
    public static string FieldStaffName => L("Nome e cognome", "Full name");
    public static string FieldRole => L("Ruolo", "Role");
    public static string FieldDesk => L("Sportello (per un referente)", "Desk (for a referent)");
    public static string FieldPartner => L("Partner (per un revisore)", "Partner (for a reviewer)");
    public static string FieldChoose => L("Scegli…", "Choose…");

    // Import
    public static string ImportTitle => L("Primo caricamento ed esportazione", "First load and export");
    public static string ImportIntro => L(
        "Carica un file per tipo (sportelli, partner, persone) in CSV o JSON. L'anteprima elenca gli errori di ogni riga e non salva nulla; «Carica» salva solo un file senza errori. Caricare di nuovo lo stesso file non cambia nulla.",
        "Load one file per kind (desks, partners, people) as CSV or JSON. The preview lists each line's errors and saves nothing; “Load” saves only a file without errors. Loading the same file again changes nothing.");
    public static string ImportKind => L("Tipo", "Kind");
    public static string ImportFormat => L("Formato", "Format");
    public static string ImportFile => L("File", "File");
    public static string ImportText => L("Oppure incolla il contenuto", "Or paste the content");
    public static string ImportPreview => L("Anteprima (non salva)", "Preview (saves nothing)");
    public static string ImportApply => L("Carica", "Load");
    public static string ImportEmpty => L("Il file è vuoto.", "The file is empty.");
    public static string ImportColumns(IEnumerable<string> columns) => L($"Colonne del CSV: {string.Join(", ", columns)}.", $"CSV columns: {string.Join(", ", columns)}.");
    public static string ImportResultOk(int lines) => L($"{lines} righe senza errori.", $"{lines} lines without errors.");
    public static string ImportResultErrors(int bad, int lines) => L($"{bad} righe su {lines} hanno errori: nulla è stato salvato.", $"{bad} of {lines} lines have errors: nothing was saved.");
    public static string ImportApplied(int changed, int lines) => L($"Caricamento eseguito: {changed} voci create o modificate su {lines} righe.", $"Loaded: {changed} entries created or changed out of {lines} lines.");
    public static string ImportLineCol => L("Riga", "Line");
    public static string ImportIdCol => L("Codice", "Id");
    public static string ImportProblemsCol => L("Errori", "Errors");
    public static string ImportLineOk => L("Nessun errore", "No error");
    public static string ExportTitle => L("Esporta", "Export");
    public static string ExportLink(DirectoryKind kind, DirectoryFormat format) => L(
        $"{DirectoryKindPlural(kind)} in {format.ToString().ToUpperInvariant()}", $"{DirectoryKindPlural(kind)} as {format.ToString().ToUpperInvariant()}");
    public static string DirectoryKindPlural(DirectoryKind kind) => kind switch
    {
        DirectoryKind.Desk => L("Sportelli", "Desks"),
        DirectoryKind.Partner => L("Partner", "Partners"),
        _ => L("Persone", "People"),
    };

    /// <summary>The sentence of a directory problem, in the page's language.</summary>
    public static string Problem(DirectoryProblem p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var v = p.Value ?? string.Empty;
        return p.Kind switch
        {
            DirectoryProblemKind.Required => L($"{FieldLabel(p.Field)}: campo obbligatorio.", $"{FieldLabel(p.Field)}: required."),
            DirectoryProblemKind.IdInvalid => L($"Il codice «{v}» non è valido o è ripetuto: da 3 a 50 lettere minuscole, cifre e trattini.", $"The id “{v}” is invalid or repeated: 3 to 50 lower-case letters, digits and dashes."),
            DirectoryProblemKind.ComuneUnknown => L($"Il codice ISTAT {v} non è nell'elenco dei comuni.", $"The ISTAT code {v} is not in the list of municipalities."),
            DirectoryProblemKind.EmailInvalid => L($"L'indirizzo e-mail «{v}» non è valido.", $"The e-mail address “{v}” is not valid."),
            DirectoryProblemKind.OfficeHoursInvalid => L($"L'orario «{v}» chiude prima di aprire.", $"The slot “{v}” closes before it opens."),
            DirectoryProblemKind.OfficeHoursOverlap => L($"L'orario «{v}» si sovrappone a un altro dello stesso giorno.", $"The slot “{v}” overlaps another on the same day."),
            DirectoryProblemKind.TerritoryUnknown => L($"Il territorio «{v}» non esiste.", $"The territory “{v}” does not exist."),
            DirectoryProblemKind.TopicsMissing => L("Scegli almeno un ambito.", "Choose at least one topic."),
            DirectoryProblemKind.TerritoryMissing => L("Indica almeno un comune o una provincia serviti.", "Give at least one municipality or province served."),
            DirectoryProblemKind.NetworkUnknown => L($"La rete «{v}» non esiste.", $"The network “{v}” does not exist."),
            DirectoryProblemKind.ReviewDaysInvalid => L(
                $"I giorni per l'esame vanno da {DirectoryRules.MinReviewDays} a {DirectoryRules.MaxReviewDays}.",
                $"The review days go from {DirectoryRules.MinReviewDays} to {DirectoryRules.MaxReviewDays}."),
            DirectoryProblemKind.DeskUnknown => L("Scegli uno sportello della rete.", "Choose a desk of the network."),
            DirectoryProblemKind.PartnerUnknown => L("Scegli un partner della rete.", "Choose a partner of the network."),
            DirectoryProblemKind.CultureInvalid => L("La lingua è italiano (it) o inglese (en).", "The language is Italian (it) or English (en)."),
            DirectoryProblemKind.OtherNetwork => L($"«{v}» appartiene a un'altra rete.", $"“{v}” belongs to another network."),
            DirectoryProblemKind.ClosureInvalid => L(
                $"La chiusura «{v}» finisce prima di cominciare o dura più di un anno.", $"The closure “{v}” ends before it starts or lasts more than a year."),
            DirectoryProblemKind.Conflict => L(
                "Questa voce è stata modificata da un'altra persona nel frattempo: nulla è stato salvato. Ricarica la pagina per vedere la versione aggiornata e ripeti la modifica.",
                "Someone else changed this entry in the meantime: nothing was saved. Reload the page to see the current version and make your change again."),
            DirectoryProblemKind.ClosurePast => L(
                $"La chiusura «{v}» è già finita: controlla l'anno.", $"The closure “{v}” has already ended: check the year."),
            _ => L($"{FieldLabel(p.Field)}: il valore «{v}» non si legge.", $"{FieldLabel(p.Field)}: the value “{v}” cannot be read."),
        };
    }

    private static string FieldLabel(string field) => field switch
    {
        "id" => L("Codice", "Id"),
        "comuneIstat" or "comune_istat" => L("Comune", "Municipality"),
        "name" or "nome" => L("Nome", "Name"),
        "address" or "indirizzo" => L("Indirizzo", "Address"),
        "referentName" or "referente" => L("Referente", "Referent"),
        "email" => L("E-mail", "E-mail"),
        "officeHours" or "orari" => L("Orari", "Opening hours"),
        "topics" or "ambiti" => L("Ambiti", "Topics"),
        "reviewerEmails" or "email_revisori" => L("E-mail dei revisori", "Reviewers' e-mails"),
        "networkIds" => L("Reti", "Networks"),
        "role" or "ruolo" => L("Ruolo", "Role"),
        "active" or "attivo" => L("Attivo", "Active"),
        "reviewDays" or "giorni_revisione" => L("Giorni per l'esame", "Review days"),
        "file" => L("File", "File"),
        "closures" or "chiusure" => L("Chiusure", "Closures"),
        "coordinatorEmails" => L("E-mail dei coordinatori", "Coordinators' e-mails"),
        _ => field,
    };
}
