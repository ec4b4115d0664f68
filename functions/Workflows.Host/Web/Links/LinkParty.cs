namespace Workflows.Host.Web.Links;

/// <summary>Who an action link was sent to, as far as the request knows them.</summary>
public enum LinkParty
{
    /// <summary>Not a party the request knows (the link may be forged or the party replaced).</summary>
    Unknown,

    /// <summary>The applicant, or the desk receiving the mails of an applicant without an e-mail address.</summary>
    Applicant,

    /// <summary>A reviewer of the partner now in charge.</summary>
    Partner,

    /// <summary>A reviewer of a partner that had the request before.</summary>
    FormerPartner,

    /// <summary>A coordinator of the request's network.</summary>
    Coordinator,

    /// <summary>The desk that filed the request (when the applicant has an address of their own).</summary>
    Desk,

    /// <summary>The person registered for an event.</summary>
    Registrant,
}
