namespace Workflows.Desk.Model;

/// <summary>The topic of a request; partners serve topics. Labels in <see cref="CategoryLabels"/>.</summary>
public enum Category
{
    /// <summary>Protect an idea or patent, bring an invention to market.</summary>
    InnovationPatent = 0,

    /// <summary>Start a business.</summary>
    StartingBusiness = 1,

    /// <summary>Access to credit and public calls (bandi).</summary>
    CreditAndCalls = 2,

    /// <summary>Energy transition.</summary>
    EnergyTransition = 3,

    /// <summary>Digital transition.</summary>
    DigitalTransition = 4,

    /// <summary>Diversify or market products.</summary>
    MarketingDiversification = 5,

    /// <summary>Form a community cooperative.</summary>
    CommunityCooperative = 6,

    /// <summary>Training and work for young people.</summary>
    YouthTrainingWork = 7,

    /// <summary>Anything else.</summary>
    Other = 8,
}
