namespace Workflows.Host.Web.Links;

/// <summary>What a link's confirmation page asks for besides the click.</summary>
public enum LinkFormKind
{
    /// <summary>Nothing: the button is enough.</summary>
    None,

    /// <summary>An optional note.</summary>
    OptionalNote,

    /// <summary>A required reason.</summary>
    RequiredReason,

    /// <summary>An optional reason (withdrawals, cancellations).</summary>
    OptionalReason,

    /// <summary>The partner's question to the applicant.</summary>
    Question,

    /// <summary>The applicant's answer to the partner's question.</summary>
    Answer,

    /// <summary>One to three appointment slots.</summary>
    Slots,

    /// <summary>The confirmation of one proposed slot (shown, not typed).</summary>
    SlotChoice,

    /// <summary>The follow-up survey: progress and satisfaction 1–5, optional comment.</summary>
    Survey,

    /// <summary>Another partner of the network and a required reason (refer).</summary>
    Referral,

    /// <summary>A partner of the network and an optional note (coordinator: assign, reassign).</summary>
    PartnerChoice,

    /// <summary>Optional notes on the meeting's outcome.</summary>
    Outcome,
}
