using Workflows.Desk.Requests;

namespace Workflows.Host.Web.Links;

/// <summary>Everything a link's form can post; each action reads the fields its <see cref="LinkFormKind"/> needs.</summary>
public sealed class LinkFormInput
{
    /// <summary>An optional note (accept, other slots, outcome notes).</summary>
    public string? Note { get; set; }

    /// <summary>A reason (decline, refer, cancel, withdraw).</summary>
    public string? Reason { get; set; }

    /// <summary>The partner's question.</summary>
    public string? Question { get; set; }

    /// <summary>The applicant's answer.</summary>
    public string? Answer { get; set; }

    /// <summary>The partner chosen (refer, assign, reassign).</summary>
    public string? PartnerId { get; set; }

    /// <summary>Survey: where the project stands.</summary>
    public FollowUpProgress? Progress { get; set; }

    /// <summary>Survey: satisfaction 1–5.</summary>
    public int? Satisfaction { get; set; }

    /// <summary>Survey: optional comment.</summary>
    public string? Comment { get; set; }

    /// <summary>The first proposed slot (required).</summary>
    public SlotInput Slot1 { get; set; } = new() { Minutes = LinkPayloads.DefaultMinutes, Place = MeetingPlace.AtDesk };

    /// <summary>The second proposed slot (optional).</summary>
    public SlotInput Slot2 { get; set; } = new() { Minutes = LinkPayloads.DefaultMinutes, Place = MeetingPlace.AtDesk };

    /// <summary>The third proposed slot (optional).</summary>
    public SlotInput Slot3 { get; set; } = new() { Minutes = LinkPayloads.DefaultMinutes, Place = MeetingPlace.AtDesk };

    /// <summary>The three slot inputs in order.</summary>
    public IReadOnlyList<SlotInput> Slots => [Slot1, Slot2, Slot3];
}
