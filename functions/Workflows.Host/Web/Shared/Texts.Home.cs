namespace Workflows.Host.Web.Shared;

public static partial class Texts
{
    public static string HomeTitle => L("Uno sportello per l'innovazione in ogni Comune", "An innovation desk in every municipality");
    public static string HomeLead => L(
        "Nei piccoli Comuni collinari e montani della Città Metropolitana di Torino e della Provincia di Alessandria, uno sportello aperto in municipio accoglie cittadini, imprese e giovani. Un referente locale formato raccoglie la richiesta e la inoltra a un partner della rete, che la analizza e convoca la persona in Comune o a distanza.",
        "In the small hill and mountain towns of the Metropolitan City of Turin and the Province of Alessandria, a desk at the town hall welcomes citizens, businesses and young people. A trained local referent records the request and forwards it to a partner of the network, who studies it and meets the person at the town hall or remotely.");
    public static string HomeWhatTitle => L("Cosa si può chiedere allo sportello", "What you can ask the desk");
    public static IReadOnlyList<string> HomeWhat =>
    [
        L("Tutelare un'idea, brevettarla, produrla e portarla sul mercato", "Protect an idea, patent it, produce it and bring it to market"),
        L("Avviare un'impresa o farla crescere", "Start a business or grow one"),
        L("Accedere al credito e ai bandi per la transizione energetica e digitale", "Reach credit and public calls for the energy and digital transition"),
        L("Diversificare la produzione e commercializzare i prodotti", "Diversify production and market products"),
        L("Costituire una cooperativa di comunità", "Form a community cooperative"),
        L("Trovare formazione e lavoro", "Find training and work"),
    ];
    public static string HomeHowTitle => L("Come funziona", "How it works");
    public static IReadOnlyList<string> HomeHow =>
    [
        L("Ti rivolgi allo sportello del tuo Comune negli orari di apertura.", "You visit the desk of your municipality during its opening hours."),
        L("Il referente registra la richiesta e la inoltra al partner competente per tema e territorio.", "The referent records the request and forwards it to the partner for that topic and area."),
        L("Il partner può chiederti altre informazioni e ti propone una data per l'incontro, in Comune o a distanza.", "The partner may ask you for more information and proposes a date to meet, at the town hall or remotely."),
        L("Ricevi ogni passaggio per e-mail e confermi o cambi l'appuntamento con un clic.", "You receive every step by e-mail and confirm or change the appointment with one click."),
        L("Dopo 30 e 90 giorni ti chiediamo com'è andata, per migliorare il servizio.", "After 30 and 90 days we ask how it went, to improve the service."),
    ];
    public static string HomeStaffTitle => L("Per il personale della rete", "For the network's staff");
    public static string HomeStaffText => L(
        "Referenti degli sportelli, partner e coordinatori accedono con un link che ricevono per e-mail: nessuna password da ricordare.",
        "Desk referents, partners and coordinators sign in with a link they receive by e-mail: no password to remember.");
    public static string HomePublicTitle => L("Informazioni pubbliche", "Public information");
    public static string HomePartnerDirectory => L("I partner per territorio e per tema", "Partners by area and topic");
    public static string HomeOpenStatistics => L("Le statistiche aperte della rete (dati aggregati, senza dati personali)", "The network's open statistics (aggregated, no personal data)");
}
