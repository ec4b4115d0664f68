namespace Workflows.Desk.Model;

/// <summary>Italian and English labels of <see cref="Category"/>.</summary>
public static class CategoryLabels
{
    /// <summary>The label in <paramref name="culture"/> (<c>en…</c> gives English, anything else Italian).</summary>
    public static string Label(Category category, string culture) =>
        Cultures.IsEnglish(culture) ? English(category) : Italian(category);

    /// <summary>The Italian label.</summary>
    public static string Italian(Category category) => category switch
    {
        Category.InnovationPatent => "Innovazione e brevetti",
        Category.StartingBusiness => "Avvio d'impresa",
        Category.CreditAndCalls => "Accesso al credito e bandi",
        Category.EnergyTransition => "Transizione energetica",
        Category.DigitalTransition => "Transizione digitale",
        Category.MarketingDiversification => "Diversificazione e commercializzazione",
        Category.CommunityCooperative => "Cooperative di comunità",
        Category.YouthTrainingWork => "Giovani: formazione e lavoro",
        _ => "Altro",
    };

    /// <summary>The English label.</summary>
    public static string English(Category category) => category switch
    {
        Category.InnovationPatent => "Innovation and patents",
        Category.StartingBusiness => "Starting a business",
        Category.CreditAndCalls => "Credit and public calls",
        Category.EnergyTransition => "Energy transition",
        Category.DigitalTransition => "Digital transition",
        Category.MarketingDiversification => "Diversification and marketing",
        Category.CommunityCooperative => "Community cooperatives",
        Category.YouthTrainingWork => "Youth: training and work",
        _ => "Other",
    };
}
