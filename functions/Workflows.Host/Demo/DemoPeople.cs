using Workflows.Desk.Model;

namespace Workflows.Host.Demo;

/// <summary>
/// Invented applicants and their requests, in the words of the seed documents (ideas to patent, credit and calls for
/// the energy and digital transition, community cooperatives, first enterprises and work for young people).
/// Addresses use the reserved <c>.example</c> domain.
/// </summary>
internal static class DemoPeople
{
    private static readonly string[] FirstNames =
    [
        "Giulia", "Marco", "Francesca", "Luca", "Chiara", "Andrea", "Sara", "Matteo", "Elena", "Davide", "Alessia", "Simone",
        "Martina", "Federico", "Valentina", "Stefano", "Silvia", "Paolo", "Irene", "Roberto", "Anna", "Giorgio", "Marta", "Enrico",
        "Laura", "Fabio", "Camilla", "Nicolò", "Beatrice", "Pietro",
    ];

    private static readonly string[] Surnames =
    [
        "Rossi", "Ferrero", "Bertolino", "Gallo", "Actis", "Perotti", "Bruno", "Chiarle", "Merlo", "Bosio", "Gianotti", "Ravera",
        "Cena", "Vietti", "Bonino", "Ghione", "Repetto", "Pestarino", "Gaggero", "Tacchino", "Cibrario", "Castagneri", "Ronchail",
        "Bellone", "Peyrot", "Rolando", "Marchisio", "Olivero", "Pautasso", "Garbarino",
    ];

    private static readonly string[] Businesses =
    [
        "Azienda agricola {0}", "Falegnameria {0}", "Caseificio {0}", "Agriturismo {0}", "Officina meccanica {0}",
        "Forno {0}", "Cantina {0}", "Apicoltura {0}", "Laboratorio tessile {0}", "Impresa edile {0}",
    ];

    private static readonly string[] Associations =
    [
        "Pro Loco di {0}", "Associazione Amici della Montagna di {0}", "Società di mutuo soccorso di {0}", "Comitato per il borgo di {0}",
    ];

    private static readonly Dictionary<Category, string[]> Descriptions = new()
    {
        [Category.InnovationPatent] =
        [
            "Ho progettato un sensore a basso costo che misura l'umidità del terreno nei vigneti e avvisa sul telefono. Vorrei capire come tutelare l'idea con un brevetto e come produrne una piccola serie.",
            "Abbiamo ideato un attrezzo per la raccolta delle castagne che riduce la fatica: chiediamo come brevettarlo e a chi proporlo sul mercato.",
            "Ho un prototipo di stufa a pellet con recupero del calore dei fumi: vorrei sapere se è brevettabile e quali sono i passi per portarlo in produzione.",
        ],
        [Category.StartingBusiness] =
        [
            "Vorrei aprire un piccolo laboratorio di pasticceria con vendita diretta in paese: quali adempimenti servono e quali aiuti esistono per chi avvia un'impresa?",
            "Con due amici vogliamo avviare un servizio di manutenzione del verde e dei sentieri per i Comuni della valle: chiediamo orientamento sulla forma d'impresa.",
            "Sto pensando di aprire un'attività di noleggio e-bike per i turisti: ho bisogno di aiuto per il piano d'impresa.",
        ],
        [Category.CreditAndCalls] =
        [
            "Siamo una piccola impresa artigiana con otto dipendenti: vorremmo partecipare a un bando per rinnovare i macchinari e capire come accedere al credito agevolato.",
            "Chiediamo informazioni sui bandi aperti per le imprese dei piccoli Comuni montani e su come preparare la domanda.",
            "Abbiamo bisogno di un finanziamento per ampliare il punto vendita: quali garanzie e contributi sono disponibili?",
        ],
        [Category.EnergyTransition] =
        [
            "Vorremmo installare un impianto fotovoltaico sul tetto del capannone: esistono bandi per la transizione energetica delle piccole imprese?",
            "L'azienda agricola consuma molta energia per la refrigerazione del latte: chiediamo come ridurre i consumi e quali incentivi ci sono.",
            "Vogliamo aderire a una comunità energetica rinnovabile con altri cittadini del paese: come si parte?",
        ],
        [Category.DigitalTransition] =
        [
            "Vendiamo formaggi solo in negozio: vorremmo aprire un negozio online e gestire gli ordini in modo digitale.",
            "Il nostro studio usa ancora la carta per tutto: chiediamo aiuto per digitalizzare fatture, magazzino e appuntamenti.",
            "Vorrei imparare a usare i social e un sito per far conoscere il mio agriturismo.",
        ],
        [Category.MarketingDiversification] =
        [
            "Produciamo miele e vorremmo diversificare con prodotti trasformati (caramelle, cosmetici): chiediamo supporto per capire il mercato.",
            "La nostra falegnameria vorrebbe affiancare ai mobili su misura una linea di giochi in legno da vendere fuori regione.",
            "Vogliamo portare i nostri vini nei mercati esteri: da dove cominciare?",
        ],
        [Category.CommunityCooperative] =
        [
            "Un gruppo di abitanti vuole costituire una cooperativa di comunità per riaprire l'unico negozio del paese e gestire il servizio di trasporto per gli anziani.",
            "Vorremmo gestire insieme il rifugio comunale e la manutenzione dei sentieri con una cooperativa di comunità: chiediamo accompagnamento.",
            "Chiediamo come costituire una cooperativa per recuperare i castagneti abbandonati e vendere i prodotti.",
        ],
        [Category.YouthTrainingWork] =
        [
            "Ho 22 anni e un diploma di perito agrario: cerco un corso di formazione e un tirocinio in zona.",
            "Sono una giovane laureata in design e vorrei capire se avviare un'attività in proprio o cercare lavoro in un'impresa del territorio.",
            "Cerco lavoro stagionale nel turismo e vorrei un orientamento sui corsi di lingua e sulle certificazioni.",
        ],
        [Category.Other] =
        [
            "Chiediamo informazioni generali sui servizi dello sportello per le attività del paese.",
        ],
    };

    public static readonly string[] DeclineReasons =
    [
        "La richiesta non rientra nei nostri servizi: serve un partner specializzato.",
        "In questo periodo non abbiamo disponibilità per nuovi accompagnamenti in questo territorio.",
        "Il progetto richiede competenze che non abbiamo: meglio un altro partner della rete.",
    ];

    public static readonly string[] InfoQuestions =
    [
        "Può indicarci quanti dipendenti ha l'impresa e il fatturato dell'ultimo anno?",
        "Avete già un prototipo o un disegno tecnico dell'idea?",
        "In quale Comune si svolgerebbe l'attività e avete già individuato un locale?",
        "Quante persone sono interessate a far parte della cooperativa?",
    ];

    public static readonly string[] InfoAnswers =
    [
        "Siamo in sei, con un fatturato di circa 400.000 euro.",
        "Sì, abbiamo un prototipo funzionante e alcune foto.",
        "Il locale è in piazza, in affitto dal Comune.",
        "Per ora siamo dodici famiglie del paese.",
    ];

    public static readonly string[] WithdrawReasons =
    [
        "Ho trovato un'altra soluzione, grazie.",
        "Per motivi familiari rinvio il progetto al prossimo anno.",
        "",
    ];

    public static readonly string[] SurveyComments =
    [
        "Incontro molto utile, ci hanno indicato il bando giusto.",
        "Abbiamo avviato la pratica, speriamo bene.",
        "Servirebbe più tempo per l'accompagnamento.",
        "",
    ];

    /// <summary>An applicant of <paramref name="kind"/> from <paramref name="comune"/>; about one in six has no e-mail.</summary>
    public static Applicant Applicant(Random random, ApplicantKind kind, Comune comune, int index)
    {
        var first = Pick(random, FirstNames);
        var last = Pick(random, Surnames);
        var name = kind switch
        {
            ApplicantKind.Business => string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(random, Businesses), last),
            ApplicantKind.Association => string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(random, Associations), comune.Name),
            ApplicantKind.Municipality => $"Comune di {comune.Name}",
            _ => $"{first} {last}",
        };
        var local = Slug($"{first}.{last}") + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var email = random.Next(6) == 0 ? null : $"{local}@posta.example";
        var phone = $"+39 3{random.Next(10, 99)} {random.Next(100, 999)} {random.Next(1000, 9999)}";
        return new Applicant(kind, name, email, phone, random.Next(12) == 0 ? "en" : "it");
    }

    public static string Description(Random random, Category category) => Pick(random, Descriptions[category]);

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Slug(string text)
    {
        var normalized = text.Normalize(System.Text.NormalizationForm.FormD);
        var chars = normalized.Where(c => char.IsAsciiLetterOrDigit(c) || c == '.').Select(char.ToLowerInvariant);
        return new string([.. chars]);
    }
}
