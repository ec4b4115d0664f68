using Workflows.Desk.Model;
using Workflows.Desk.Steps;

namespace Workflows.Desk.Requests;

/// <summary>The state of one desk request, kept as JSON in the instance's snapshot.</summary>
/// <remarks>
/// It carries the directory facts copied at submission (desk, comune, network, candidate partners) so that deciding
/// never reads anything but the state and the message. Lists only grow by appending: the assignment history, the
/// declines, the information exchanges and the survey answers are the request's audit trail in business terms.
/// </remarks>
public sealed record DeskRequestState
{
    /// <summary>Human code, e.g. <c>TO-2026-0042</c>.</summary>
    public required string RequestCode { get; init; }

    /// <summary>The filing desk.</summary>
    public required InnovationDesk Desk { get; init; }

    /// <summary>The applicant's comune.</summary>
    public required Comune Comune { get; init; }

    /// <summary>The desk's network.</summary>
    public required Network Network { get; init; }

    /// <summary>Partners known to the request: the routing candidates plus any referred or assigned one.</summary>
    public required IReadOnlyList<Partner> Partners { get; init; }

    /// <summary>Who asks.</summary>
    public required Applicant Applicant { get; init; }

    /// <summary>The topic.</summary>
    public required Category Category { get; init; }

    /// <summary>The request.</summary>
    public required string Description { get; init; }

    /// <summary>At the desk, phone or video.</summary>
    public required ContactMode PreferredContact { get; init; }

    /// <summary>Privacy consent.</summary>
    public required PrivacyConsent Consent { get; init; }

    /// <summary>When the desk filed it.</summary>
    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The current step.</summary>
    public DeskRequestStep Step { get; init; }

    /// <summary>How many times the step changed; gives <see cref="StepToken"/>.</summary>
    public int StepNumber { get; init; }

    /// <summary>The token links and pages of the current step carry (e.g. <c>s7</c>); stored for readers, recomputed on load.</summary>
    public string StepToken => StepTokens.For(StepNumber);

    /// <summary>When the current step began.</summary>
    public DateTimeOffset StepEnteredAt { get; init; }

    /// <summary>The timers of the current step still pending.</summary>
    public IReadOnlyList<ActiveTimer> Timers { get; init; } = [];

    /// <summary>When the partner's current deadline escalates to the coordinator; null when no partner deadline runs.</summary>
    public DateTimeOffset? SlaDueAt { get; init; }

    /// <summary>The partner in charge, if any.</summary>
    public string? PartnerId { get; init; }

    /// <summary>Partners that already had the request (routing and referral skip them).</summary>
    public IReadOnlyList<string> TriedPartnerIds { get; init; } = [];

    /// <summary>Every assignment, oldest first.</summary>
    public IReadOnlyList<PartnerAssignment> Assignments { get; init; } = [];

    /// <summary>Every decline, oldest first.</summary>
    public IReadOnlyList<PartnerDeclineRecord> Declines { get; init; } = [];

    /// <summary>Questions and answers, oldest first.</summary>
    public IReadOnlyList<InfoExchange> InfoExchanges { get; init; } = [];

    /// <summary>Why the partner is asked for slots (in <see cref="DeskRequestStep.Scheduling"/>).</summary>
    public SchedulingReason? SchedulingReason { get; init; }

    /// <summary>The note that came with it (the applicant's availability, the cancellation reason, ...).</summary>
    public string? SchedulingNote { get; init; }

    /// <summary>The slots of the latest convocation.</summary>
    public IReadOnlyList<MeetingSlot> ProposedSlots { get; init; } = [];

    /// <summary>When the latest convocation expires.</summary>
    public DateTimeOffset? ConvocationExpiresAt { get; init; }

    /// <summary>The confirmed meeting (the latest one).</summary>
    public MeetingSlot? Meeting { get; init; }

    /// <summary>The SEQUENCE of the latest invite sent; null before the first.</summary>
    public int? InviteSequence { get; init; }

    /// <summary>True while the applicant's calendar holds a meeting that has not been cancelled or held.</summary>
    public bool InviteActive { get; init; }

    /// <summary>The meeting's outcome as recorded by the partner.</summary>
    public MeetingOutcome? Outcome { get; init; }

    /// <summary>The partner's notes on the outcome.</summary>
    public string? OutcomeNotes { get; init; }

    /// <summary>When the outcome was recorded.</summary>
    public DateTimeOffset? OutcomeRecordedAt { get; init; }

    /// <summary>Survey rounds sent (30, 90).</summary>
    public IReadOnlyList<int> SurveysSent { get; init; } = [];

    /// <summary>Survey answers.</summary>
    public IReadOnlyList<SurveyResponse> SurveyResponses { get; init; } = [];

    /// <summary>The applicant's reason when they withdrew.</summary>
    public string? WithdrawalReason { get; init; }

    /// <summary>The partner in charge, or null.</summary>
    public Partner? CurrentPartner() => PartnerId is null ? null : FindPartner(PartnerId);

    /// <summary>A known partner by id, or null.</summary>
    public Partner? FindPartner(string id) => Partners.FirstOrDefault(p => p.Id == id);
}
