namespace Workflows.Host.Web.Shared;

public static partial class Texts
{
    public static string PartnersTitle => L("La rete: partner e sportelli per territorio e tema", "The network: partners and desks by area and topic");
    public static string PartnersIntro => L(
        "Gli attori della rete degli sportelli per l'innovazione: i partner che analizzano le richieste e convocano i richiedenti, con i temi che seguono e i territori che servono, e gli sportelli aperti nei Comuni con i loro orari. Filtra per provincia, Comune e tema.",
        "The actors of the innovation-desk network: the partners who study the requests and meet the applicants, with the topics they follow and the areas they serve, and the desks open in the town halls with their hours. Filter by province, municipality and topic.");
    public static string FilterProvince => L("Provincia", "Province");
    public static string FilterComuneName => L("Comune", "Municipality");
    public static string FilterTopic => L("Tema", "Topic");
    public static string AllProvinces => L("Tutte le province", "All provinces");
    public static string AllComuni => L("Tutti i Comuni", "All municipalities");
    public static string AllTopics => L("Tutti i temi", "All topics");
    public static string ShowResults => L("Mostra", "Show");
    public static string PartnersFound(int n) => n == 1 ? L("1 partner", "1 partner") : L($"{n} partner", $"{n} partners");
    public static string DesksFound(int n) => n == 1 ? L("1 sportello", "1 desk") : L($"{n} sportelli", $"{n} desks");
    public static string PartnersHeading => L("Partner", "Partners");
    public static string DesksHeading => L("Sportelli per l'innovazione", "Innovation desks");
    public static string NoPartners => L("Nessun partner della rete serve questo tema in questo territorio: lo sportello inoltra comunque la richiesta e il coordinamento della rete sceglie il partner.", "No partner of the network serves this topic in this area: the desk forwards the request anyway and the network's coordinators choose the partner.");
    public static string NoDesks => L("Nessuno sportello in questo territorio per ora: ci si può rivolgere a uno sportello vicino.", "No desk in this area yet: you can visit a nearby desk.");
    public static string Topics => L("Temi", "Topics");
    public static string Territories => L("Territorio", "Area");
    public static string Networks => L("Reti", "Networks");
    public static string Contact => L("Contatto", "Contact");
    public static string Address => L("Indirizzo", "Address");
    public static string OfficeHours => L("Orari di apertura", "Opening hours");
    public static string Network => L("Rete", "Network");
    public static string WholeProvince(string province) => province switch
    {
        "TO" => L("tutta la Città Metropolitana di Torino", "the whole Metropolitan City of Turin"),
        "AL" => L("tutta la Provincia di Alessandria", "the whole Province of Alessandria"),
        _ => province,
    };

    public static string ProvinceName(string province) => province switch
    {
        "TO" => L("Città Metropolitana di Torino", "Metropolitan City of Turin"),
        "AL" => L("Provincia di Alessandria", "Province of Alessandria"),
        _ => province,
    };

    public static string Hours(DayOfWeek day, TimeOnly from, TimeOnly to) =>
        $"{DayName(day)} {from:HH\\:mm}–{to:HH\\:mm}";

    public static string StatisticsTitle => L("Statistiche aperte della rete", "The network's open statistics");
    public static string StatisticsIntro => L(
        "Quante richieste hanno ricevuto gli sportelli, su quali temi, in quali Comuni, a quali partner sono andate, dove si trovano ora e come si sono concluse. Sono dati aggregati, senza alcun dato personale.",
        "How many requests the desks received, on which topics, in which municipalities, which partners took them, where they stand now and how they ended. The figures are aggregated, with no personal data.");
    public static string Suppressed => L("< 5", "< 5");
    public static string SuppressionNote => L(
        "Per tutelare la riservatezza dei richiedenti, i numeri inferiori a 5 non sono mostrati e compaiono come «< 5».",
        "To protect the applicants' privacy, numbers below 5 are not shown and appear as \"< 5\".");
    public static string SuppressedExplained => L("meno di 5: numero non mostrato per riservatezza", "fewer than 5: not shown for privacy");
    public static string StatisticsUpdated => L("Dati aggiornati a", "Figures as of");
    public static string TotalRequestsLabel => L("Richieste ricevute in tutto", "Requests received in all");
    public static string OpenRequestsLabel => L("Richieste in corso", "Requests in progress");
    public static string EndedRequestsLabel => L("Richieste concluse", "Requests ended");
    public static string StatsByCategory => L("Richieste per tema", "Requests by topic");
    public static string StatsByComune => L("Richieste per Comune dello sportello", "Requests by the desk's municipality");
    public static string OpenDataTitle => L("Dati aperti", "Open data");
    public static string OpenDataText(string date) => L(
        $"Le stesse cifre, aggiornate a {date}, si scaricano come dati aperti con licenza Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0): citate la fonte, «Rete degli sportelli per l'innovazione dei Comuni piemontesi».",
        $"The same figures, as of {date}, can be downloaded as open data under the Creative Commons Attribution 4.0 International licence (CC BY 4.0): credit the source, \"Rete degli sportelli per l'innovazione dei Comuni piemontesi\".");
    public static string OpenDataCsv => L("Scarica in CSV", "Download as CSV");
    public static string OpenDataJson => L("Scarica in JSON", "Download as JSON");
    public static string OpenDataLicense => L("Licenza CC BY 4.0", "CC BY 4.0 licence");
    public static string OpenDataAttribution => L(
        "Rete degli sportelli per l'innovazione dei Comuni piemontesi, CC BY 4.0",
        "Rete degli sportelli per l'innovazione dei Comuni piemontesi, CC BY 4.0");
    public static string StatsByPartner => L("Richieste per partner", "Requests by partner");
    public static string StatsByStep => L("Richieste per fase attuale", "Requests by current step");
    public static string StatsByOutcome => L("Esito delle richieste concluse", "Outcome of the ended requests");
    public static string StatsByQuarter => L("Richieste per trimestre di presentazione", "Requests by quarter filed");
    public static string ColItem => L("Voce", "Item");
    public static string ColTopic => L("Tema", "Topic");
    public static string ColRequests => L("Richieste", "Requests");
    public static string ColQuarter => L("Trimestre", "Quarter");
    public static string ColOutcome => L("Esito", "Outcome");
    public static string OtherComuni => L("Altri Comuni (meno di 5 richieste ciascuno)", "Other municipalities (fewer than 5 requests each)");
    public static string NotYetAssigned => L("In attesa di assegnazione", "Awaiting assignment");
    public static string NoRequestsYet => L("Non ci sono ancora richieste.", "There are no requests yet.");
    public static string Quarter(int year, int quarter) => L($"{quarter}° trimestre {year}", $"Q{quarter} {year}");

    public static string OutcomeLabel(string step) => step switch
    {
        "Closed" => L("Seguita fino in fondo (incontro e monitoraggio)", "Followed to the end (meeting and follow-up)"),
        "Declined" => L("Non presa in carico dai partner", "Not taken on by the partners"),
        "Withdrawn" => L("Ritirata dal richiedente", "Withdrawn by the applicant"),
        _ => Step(step),
    };
}
