namespace Workflows.Desk.Requests;

/// <summary>Whose e-mail could not be delivered (the request's role of the address, never the address itself).</summary>
public enum DeliveryRecipient
{
    /// <summary>Not one of the request's known addresses (or the host did not say).</summary>
    Unknown = 0,

    /// <summary>The applicant.</summary>
    Applicant = 1,

    /// <summary>A reviewer of a partner.</summary>
    Partner = 2,

    /// <summary>The filing desk (also the applicant's mails when the applicant has no address).</summary>
    Desk = 3,

    /// <summary>A coordinator of the network.</summary>
    Coordinator = 4,
}
