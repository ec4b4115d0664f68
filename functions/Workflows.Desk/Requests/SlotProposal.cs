using Workflows.Desk.Model;
using Workflows.Desk.Steps;

namespace Workflows.Desk.Requests;

/// <summary>Payload of <see cref="DeskRequestEvents.SlotsProposed"/>: 1–3 slots (also the partner's reschedule of a confirmed meeting).</summary>
/// <param name="Step">The step token of the link or page it was issued for.</param>
/// <param name="Slots">The slots, at the desk (within its office hours) or remote with a video link.</param>
/// <param name="DeskClosures">The desk's closures as the directory holds them when the slots are proposed (a closure
/// added after the request was filed); null keeps the ones the request was filed with.</param>
public sealed record SlotProposal(string Step, IReadOnlyList<MeetingSlot> Slots, IReadOnlyList<DeskClosure>? DeskClosures = null) : IStepPayload;
