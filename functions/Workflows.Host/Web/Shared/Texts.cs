using System.Globalization;

namespace Workflows.Host.Web.Shared;

/// <summary>
/// The pages' words in Italian (default) and English, read for the current request culture. One catalogue,
/// split by feature into partial files (<c>Texts.*.cs</c>); every entry gives both languages side by side so a
/// missing translation cannot hide.
/// </summary>
public static partial class Texts
{
    /// <summary>True when the page is in English.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>Picks the text of the current language.</summary>
    public static string L(string italian, string english) => IsEnglish ? english : italian;

    public static string SiteName => L("Sportelli per l'innovazione", "Innovation desks");
    public static string SiteOwner => L("Rete dei Comuni del Piemonte", "Network of the municipalities of Piedmont");
    public static string SiteTagline => L("Idee, imprese e lavoro nei piccoli Comuni", "Ideas, business and work in small towns");
    public static string SkipToContent => L("Vai al contenuto principale", "Skip to main content");
    public static string SkipToNavigation => L("Vai alla navigazione", "Skip to navigation");
    public static string MainNavigation => L("Navigazione principale", "Main navigation");
    public static string LanguageChoice => L("Scelta della lingua", "Language");
    public static string Home => L("Home", "Home");
    public static string SignIn => L("Accedi", "Sign in");
    public static string SignOut => L("Esci", "Sign out");
    public static string Requests => L("Richieste", "Requests");
    public static string Overview => L("Panoramica", "Overview");
    public static string Partners => L("Partner", "Partners");
    public static string OpenData => L("Statistiche", "Statistics");
    public static string SignedInAs(string name) => L($"Accesso effettuato: {name}", $"Signed in: {name}");
    public static string FooterAbout => L(
        "Servizio della rete degli sportelli per l'innovazione dei Comuni piemontesi, con i partner per impresa, credito, cooperazione e lavoro.",
        "A service of the network of innovation desks of Piedmont's municipalities, with partners for business, credit, cooperatives and work.");
    public static string Back => L("Indietro", "Back");
    public static string Cancel => L("Annulla", "Cancel");
    public static string Confirm => L("Conferma", "Confirm");
    public static string NotAvailable => L("—", "—");

    public static string ErrorTitle(int status) => status switch
    {
        400 => L("Richiesta non valida", "Bad request"),
        403 => L("Accesso non consentito", "Access denied"),
        404 => L("Pagina non trovata", "Page not found"),
        429 => L("Troppe richieste", "Too many requests"),
        503 => L("Servizio temporaneamente non disponibile", "Service temporarily unavailable"),
        _ => L("Si è verificato un problema", "Something went wrong"),
    };

    public static string ErrorText(int status) => status switch
    {
        400 => L(
            "Non è stato possibile elaborare la richiesta. Se hai inviato un modulo, ricarica la pagina e riprova.",
            "The request could not be processed. If you sent a form, reload the page and try again."),
        403 => L("Non hai i permessi per vedere questa pagina.", "You do not have permission to see this page."),
        404 => L("La pagina che cerchi non esiste o è stata spostata.", "The page you are looking for does not exist or has moved."),
        429 => L(
            "Hai fatto troppe richieste in poco tempo. Attendi qualche minuto e riprova.",
            "You made too many requests in a short time. Wait a few minutes and try again."),
        503 => L(
            "Il servizio non riesce a leggere o salvare i dati in questo momento. I dati già registrati non sono andati persi: riprova tra poco.",
            "The service cannot read or save data right now. Nothing already recorded has been lost: try again shortly."),
        _ => L("Riprova tra qualche minuto.", "Try again in a few minutes."),
    };

    /// <summary>What became of a form sent during an outage: not recorded, and sending it again is safe.</summary>
    public static string UnavailableForm => L(
        "Il modulo che hai inviato non è stato registrato. Torna indietro e invialo di nuovo fra poco: i dati inseriti restano nella pagina e la richiesta non verrà registrata due volte.",
        "The form you sent was not recorded. Go back and send it again shortly: what you typed stays on the page and the request will not be recorded twice.");

    /// <summary>When to try again, in whole minutes (or seconds under a minute).</summary>
    public static string RetryIn(TimeSpan wait)
    {
        if (wait < TimeSpan.FromMinutes(1))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            return L($"Puoi riprovare tra {seconds} secondi.", $"You can try again in {seconds} seconds.");
        }

        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        return minutes == 1
            ? L("Puoi riprovare tra 1 minuto.", "You can try again in 1 minute.")
            : L($"Puoi riprovare tra {minutes} minuti.", $"You can try again in {minutes} minutes.");
    }

    public static string BackHome => L("Torna alla pagina iniziale", "Back to the home page");
}
