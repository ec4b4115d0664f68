namespace Workflows.Host.Web.Shared;

public static partial class Texts
{
    // Footer
    public static string FooterLegalNav => L("Note legali", "Legal");
    public static string FooterPrivacy => L("Informativa privacy", "Privacy notice");
    public static string FooterAccessibility => L("Dichiarazione di accessibilità", "Accessibility statement");

    // Privacy
    public static string PrivacyPageTitle => L("Informativa sul trattamento dei dati personali", "Privacy notice");
    public static string PrivacyPageIntro => L(
        "Come il servizio degli sportelli per l'innovazione tratta i dati personali di chi presenta una richiesta e del personale di sportelli e partner (Regolamento UE 2016/679, artt. 13 e 14).",
        "How the innovation-desk service processes the personal data of applicants and of the desks' and partners' staff (EU Regulation 2016/679, articles 13 and 14).");
    public static string PrivacyApplicantsTitle(string version) => L(
        $"Chi presenta una richiesta: l'informativa letta allo sportello (versione {version})",
        $"Applicants: the notice read at the desk (version {version})");
    public static string PrivacyStaffTitle => L("Personale di sportelli, partner e coordinamento", "Staff of desks, partners and coordinators");
    public static string PrivacyStaffText => L(
        "Di chi accede al servizio conserviamo l'indirizzo e-mail istituzionale, il ruolo e le azioni svolte sulle richieste (chi ha fatto che cosa e quando), per il tempo in cui la richiesta è conservata. I link di accesso inviati per e-mail valgono 15 minuti e una volta sola.",
        "For those who sign in we keep the work e-mail address, the role and the actions taken on requests (who did what and when), for as long as the request is kept. Sign-in links sent by e-mail last 15 minutes and work once.");
    public static string PrivacyMailTitle => L("E-mail e link", "E-mails and links");
    public static string PrivacyMailText => L(
        "Le e-mail del servizio sono inviate da un fornitore di posta (nominato responsabile del trattamento), che conserva per un periodo limitato l'esito della consegna. I link nelle e-mail sono personali, valgono per una sola azione e scadono; non contengono dati personali in chiaro.",
        "The service's e-mails are sent through a mail provider (appointed as data processor), which keeps the delivery outcome for a limited time. The links in the e-mails are personal, work for one action and expire; they carry no personal data in clear.");
    public static string CookiesTitle => L("Cookie", "Cookies");
    public static string CookiesIntro => L(
        "Il servizio usa soltanto cookie tecnici, necessari al funzionamento; nessun cookie di profilazione o di statistica, nessun servizio di terze parti. Per questo non serve un banner di consenso.",
        "The service only uses technical cookies, needed for it to work; no profiling or analytics cookies, no third-party services. That is why no consent banner is needed.");
    public static string CookieSession => L("la sessione di chi ha effettuato l'accesso (personale), che dura al massimo 8 ore;", "the session of staff who signed in, which lasts 8 hours at most;");
    public static string CookieAntiforgery => L("la protezione dei moduli da invii contraffatti;", "the protection of forms against forged submissions;");
    public static string CookieLanguage => L("la lingua scelta (italiano o inglese), per un anno.", "the chosen language (Italian or English), for one year.");
    public static string PrivacyContactsTitle => L("A chi rivolgersi", "Whom to contact");
    public static string PrivacyContactsText => L(
        "Per vedere, correggere o cancellare i propri dati, o per opporsi al trattamento, ci si rivolge allo sportello del proprio Comune oppure al coordinamento della rete:",
        "To see, correct or delete one's data, or to object to the processing, ask the desk of one's municipality or the network's coordinators:");
    public static string PrivacyComplaint => L("Resta il diritto di presentare reclamo al", "You may also lodge a complaint with the");
    public static string GaranteName => L("Garante per la protezione dei dati personali", "Italian Data Protection Authority (Garante)");

    // Accessibility
    public static string AccessibilityPageTitle => L("Accessibilità del servizio", "Accessibility of the service");
    public static string AccessibilityIntro => L(
        "Il servizio è progettato per essere conforme alle Linee guida AgID sull'accessibilità degli strumenti informatici, cioè alla norma EN 301 549 e alle WCAG 2.1 di livello AA, e usa il sistema di progettazione Bootstrap Italia.",
        "The service is designed to conform to AgID's accessibility guidelines, that is to EN 301 549 and WCAG 2.1 level AA, and uses the Bootstrap Italia design system.");
    public static string AccessibilityBodyFallback => L("La rete degli sportelli per l'innovazione dei Comuni piemontesi", "The network of innovation desks of Piedmont's municipalities");
    public static string AccessibilityPreamble(string body, string url) => L(
        $"{body} si impegna a rendere accessibile il proprio servizio conformemente al D.lgs. 10 agosto 2018, n. 106, che ha recepito la direttiva UE 2016/2102. La presente dichiarazione di accessibilità si applica al servizio degli sportelli per l'innovazione, {url}.",
        $"{body} is committed to making its service accessible in accordance with Legislative Decree 106 of 10 August 2018, which transposed Directive (EU) 2016/2102. This accessibility statement applies to the innovation-desk service, {url}.");
    public static string AccessibilityStatusTitle => L("Stato di conformità", "Compliance status");
    public static string AccessibilityStatusText => L(
        "Questo servizio è parzialmente conforme ai requisiti previsti dall'allegato A alla norma UNI CEI EN 301549 (WCAG 2.1 di livello AA), in ragione dei casi di non conformità elencati di seguito.",
        "This service is partially compliant with the requirements of annex A of UNI CEI EN 301549 (WCAG 2.1 level AA), because of the non-compliances listed below.");
    public static string AccessibilityKnownTitle => L("Contenuti non accessibili", "Non-accessible content");
    public static string AccessibilityNonCompliance => L(
        "Inosservanza della Legge 4/2004: nessun caso noto nelle pagine e nei moduli del servizio; le segnalazioni ricevute vengono corrette e riportate qui.",
        "Non-compliance with Law 4/2004: no known case in the service's pages and forms; reports received are fixed and listed here.");
    public static string AccessibilityDisproportionate => L(
        "Onere sproporzionato: nessuno. Contenuti non disciplinati dalla normativa: gli allegati di calendario (.ics) sono letti dal programma di chi li riceve.",
        "Disproportionate burden: none. Content outside the scope of the law: calendar attachments (.ics) are read by the recipient's own program.");
    public static string AccessibilityDraftingTitle => L("Redazione della dichiarazione di accessibilità", "Preparation of this accessibility statement");
    public static string AccessibilityFirstDrafted => L("Prima redazione", "First prepared");
    public static string AccessibilityLastReviewed => L("Ultimo riesame", "Last reviewed");
    public static string AccessibilityMethod => L("Metodo", "Method");
    public static string AccessibilitySelfAssessment => L(
        "autovalutazione effettuata direttamente dal gestore del servizio, con verifiche automatiche (axe) e prove a tastiera in un browser reale a ogni modifica, come descritto qui sotto",
        "self-assessment by the service's operator, with automated checks (axe) and keyboard tests in a real browser on every change, as described below");
    public static string AccessibilityDate(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture);
    public static string AccessibilityEnforcementTitle => L("Modalità di invio delle segnalazioni all'AgID", "Enforcement procedure");
    public static string AccessibilitySiteTitle => L("Informazioni sul sito", "About the site");
    public static string AccessibilitySiteText => L(
        "Il servizio è un'applicazione web realizzata con ASP.NET Core e il sistema di progettazione Bootstrap Italia dei siti della Pubblica Amministrazione; le pagine funzionano anche senza JavaScript.",
        "The service is a web application built with ASP.NET Core and the Bootstrap Italia design system of Italian public-administration sites; the pages work without JavaScript too.");
    public static string AccessibilityPublishedAt => L("La dichiarazione è pubblicata anche sulla piattaforma dell'AgID:", "The statement is also published on AgID's platform:");
    public static string AccessibilityHowTitle => L("Come lo verifichiamo", "How we check it");
    public static string AccessibilityKeyboard => L(
        "ogni pagina e ogni modulo si usano con la sola tastiera, con il focus sempre visibile e un collegamento per saltare al contenuto;",
        "every page and form works with the keyboard alone, with a visible focus and a link to skip to the content;");
    public static string AccessibilityScreenReaders => L(
        "i campi hanno etichette, gli errori sono elencati in cima al modulo e accanto a ciascun campo, e le tabelle hanno intestazioni;",
        "fields have labels, errors are listed at the top of the form and next to each field, and tables have headers;");
    public static string AccessibilityContrast => L(
        "colori e contrasti sono controllati in un browser reale a ogni modifica, anche su schermi da telefono;",
        "colours and contrast are checked in a real browser on every change, phone screens included;");
    public static string AccessibilityLight => L(
        "le pagine sono leggere e funzionano anche senza JavaScript, per chi ha una connessione lenta;",
        "pages are light and work without JavaScript too, for slow connections;");
    public static string AccessibilityMail => L(
        "le e-mail hanno una versione in solo testo e pulsanti che sono link descritti per esteso.",
        "e-mails have a plain-text version and buttons that are links with a full description.");
    public static string AccessibilityKnownText => L(
        "I grafici del cruscotto del coordinamento riportano gli stessi dati in tabelle accanto a ciascun grafico. Gli inviti di calendario (file .ics) dipendono dall'accessibilità del programma di calendario di chi li riceve.",
        "The coordinators' dashboard charts have the same figures in tables next to them. Calendar invitations (.ics files) depend on the accessibility of the recipient's calendar program.");
    public static string AccessibilityFeedbackTitle => L("Meccanismo di feedback e recapiti", "Feedback and contact information");
    public static string AccessibilityFeedbackText => L(
        "Se qualcosa del servizio non è accessibile per voi, scrivete al coordinamento della rete: risponderemo entro 30 giorni e, se serve, vi aiuteremo per un'altra via.",
        "If something in the service is not accessible to you, write to the network's coordinators: we answer within 30 days and, where needed, help you another way.");
    public static string AccessibilityEnforcement => L(
        "In caso di risposta insoddisfacente o di mancata risposta entro 30 giorni dalla segnalazione, potete inviare una segnalazione al Difensore civico per il digitale tramite il modulo dell'",
        "If the answer is unsatisfactory or missing 30 days after your report, you may report it to the Digital Ombudsman through the form of ");
    public static string DigitalOmbudsman => L("Agenzia per l'Italia Digitale (AgID)", "the Agency for Digital Italy (AgID)");
}
