namespace Workflows.Desk.Email.Models;

/// <summary>Why a partner is told a request left it.</summary>
public enum PartnerNoticeKind
{
    /// <summary>The coordinator gave it to another partner.</summary>
    Reassigned = 0,

    /// <summary>The applicant withdrew.</summary>
    Withdrawn = 1,
}
