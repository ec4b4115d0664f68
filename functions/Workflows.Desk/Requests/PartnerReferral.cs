using Workflows.Desk.Model;
using Workflows.Desk.Steps;

namespace Workflows.Desk.Requests;

/// <summary>Payload of <see cref="DeskRequestEvents.PartnerReferred"/>: hand the request to a named partner.</summary>
/// <param name="Step">The step token of the link or page it was issued for.</param>
/// <param name="PartnerId">The partner to refer to.</param>
/// <param name="Reason">Why.</param>
/// <param name="Partner">The partner's facts, when it is not among the request's known partners (the host fills them in from the directory).</param>
public sealed record PartnerReferral(string Step, string PartnerId, string Reason, Partner? Partner = null) : IStepPayload;
