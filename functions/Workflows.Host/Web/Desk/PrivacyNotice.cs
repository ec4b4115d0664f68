using Workflows.Host.Web.Shared;

namespace Workflows.Host.Web.Desk;

/// <summary>
/// The privacy notice the desk reads to the applicant before filing. Its version is recorded with the consent; a
/// form shown with an older version must be confirmed again.
/// </summary>
public static class PrivacyNotice
{
    /// <summary>The version of the text in force.</summary>
    public const string Version = "2026-11";

    /// <summary>The notice's paragraphs in the page's language.</summary>
    /// <param name="eraseAfterDays">Days after closure before the personal data are erased (<c>Retention</c> settings).</param>
    public static IReadOnlyList<string> Paragraphs(int eraseAfterDays) =>
    [
        Texts.L(
            "I dati del richiedente (nome, contatti e descrizione della richiesta) sono trattati dal Comune che ospita lo sportello e dalla rete degli sportelli per l'innovazione, titolari del trattamento, al solo scopo di gestire la richiesta: inoltro al partner competente, convocazione dell'appuntamento e monitoraggio a 30 e 90 giorni.",
            "The applicant's data (name, contacts and the description of the request) are processed by the municipality hosting the desk and by the innovation desk network, as data controllers, only to handle the request: forwarding it to the competent partner, arranging the appointment and the follow-up after 30 and 90 days."),
        Texts.L(
            $"I dati sono comunicati soltanto al partner che prende in carico la richiesta e ai coordinatori della rete; sono conservati fino alla chiusura della richiesta e cancellati {eraseAfterDays} giorni dopo, salvo i dati aggregati e anonimi usati per le statistiche (passo, esito, comune, partner, categoria e date).",
            $"The data are shared only with the partner taking on the request and with the network's coordinators; they are kept until the request is closed and deleted {eraseAfterDays} days later, except for aggregated, anonymous figures used for statistics (step, outcome, comune, partner, category and dates)."),
        Texts.L(
            "Il richiedente può chiedere in ogni momento allo sportello di vedere, correggere o cancellare i propri dati e può ritirare la richiesta.",
            "The applicant may at any time ask the desk to see, correct or delete their data, and may withdraw the request."),
    ];
}
