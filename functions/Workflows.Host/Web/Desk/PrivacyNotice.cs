using Workflows.Host.Web.Legal;
using Workflows.Host.Web.Shared;

namespace Workflows.Host.Web.Desk;

/// <summary>
/// The privacy notice (GDPR art. 13) the desk gives the applicant before filing: who the controller and the DPO are,
/// the legal basis (a task carried out in the public interest, art. 6(1)(e): not consent), who receives the data, how
/// long they are kept and the applicant's rights. Its version is recorded with the request; a form shown with an older
/// version must be confirmed again.
/// </summary>
public static class PrivacyNotice
{
    /// <summary>The version of the text in force.</summary>
    public const string Version = "2026-12";

    /// <summary>The notice's paragraphs in the page's language.</summary>
    /// <param name="eraseAfterDays">Days after closure before the personal data are erased (<c>Retention</c> settings).</param>
    /// <param name="privacy">The controller and the DPO (<c>Privacy</c> settings).</param>
    public static IReadOnlyList<string> Paragraphs(int eraseAfterDays, PrivacyOptions privacy)
    {
        ArgumentNullException.ThrowIfNull(privacy);
        return
        [
            Controller(privacy),
            Dpo(privacy),
            Texts.L(
                "I dati del richiedente (nome, contatti e descrizione della richiesta) sono trattati al solo scopo di gestire la richiesta: inoltro al partner competente, convocazione dell'appuntamento e monitoraggio a 30 e 90 giorni.",
                "The applicant's data (name, contacts and the description of the request) are processed only to handle the request: forwarding it to the competent partner, arranging the appointment and the follow-up after 30 and 90 days."),
            Texts.L(
                "Base giuridica: il trattamento è necessario all'esecuzione di un compito di interesse pubblico del Comune, il servizio di sportello per l'innovazione (art. 6, par. 1, lett. e) del Regolamento UE 2016/679); non si basa sul consenso. Senza i dati la richiesta non può essere gestita.",
                "Legal basis: the processing is necessary for a task carried out in the public interest by the municipality, the innovation desk service (art. 6(1)(e) of EU Regulation 2016/679); it is not based on consent. Without the data the request cannot be handled."),
            Texts.L(
                "I dati sono comunicati soltanto al partner che prende in carico la richiesta, nominato responsabile del trattamento, e ai coordinatori della rete; non sono trasferiti fuori dall'Unione europea.",
                "The data are shared only with the partner taking on the request, appointed as data processor, and with the network's coordinators; they are not transferred outside the European Union."),
            Texts.L(
                $"Conservazione: i dati sono conservati fino alla chiusura della richiesta e cancellati {eraseAfterDays} giorni dopo; restano soltanto dati aggregati e anonimi per le statistiche (passo, esito, comune, partner, categoria e date).",
                $"Retention: the data are kept until the request is closed and erased {eraseAfterDays} days later; only aggregated, anonymous figures remain for statistics (step, outcome, comune, partner, category and dates)."),
            Texts.L(
                "Il richiedente può chiedere in ogni momento di accedere ai propri dati, di correggerli o cancellarli, di limitarne il trattamento o di opporsi (artt. 15-21), rivolgendosi allo sportello o al Responsabile della protezione dei dati; può ritirare la richiesta e presentare reclamo al Garante per la protezione dei dati personali.",
                "The applicant may at any time ask to access, correct or erase their data, to restrict the processing or to object (articles 15-21), through the desk or the data protection officer; they may withdraw the request and lodge a complaint with the Italian Data Protection Authority (Garante)."),
        ];
    }

    private static string Controller(PrivacyOptions p) =>
        string.IsNullOrWhiteSpace(p.ControllerName)
            ? Texts.L(
                "Titolare del trattamento: il Comune che ospita lo sportello; i suoi recapiti sono sul sito istituzionale del Comune.",
                "Data controller: the municipality hosting the desk; its contact details are on the municipality's website.")
            : Texts.L(
                $"Titolare del trattamento: {p.ControllerName}{Join(p.ControllerAddress, p.ControllerEmail)}.",
                $"Data controller: {p.ControllerName}{Join(p.ControllerAddress, p.ControllerEmail)}.");

    private static string Dpo(PrivacyOptions p) =>
        string.IsNullOrWhiteSpace(p.DpoName) && string.IsNullOrWhiteSpace(p.DpoEmail)
            ? Texts.L(
                "Responsabile della protezione dei dati (RPD): quello del Comune titolare, indicato sul suo sito istituzionale.",
                "Data protection officer (DPO): the controlling municipality's, named on its website.")
            : Texts.L(
                $"Responsabile della protezione dei dati (RPD): {Name(p.DpoName)}{Join(null, p.DpoEmail)}.",
                $"Data protection officer (DPO): {Name(p.DpoName)}{Join(null, p.DpoEmail)}.");

    private static string Name(string? name) => string.IsNullOrWhiteSpace(name) ? Texts.L("contattabile", "reachable") : name.Trim();

    private static string Join(string? address, string? email)
    {
        var parts = new[] { address, email }.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x!.Trim()).ToList();
        return parts.Count == 0 ? string.Empty : ", " + string.Join(", ", parts);
    }
}
