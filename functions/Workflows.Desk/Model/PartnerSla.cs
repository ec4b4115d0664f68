namespace Workflows.Desk.Model;

/// <summary>How long a partner has for its work before it is reminded and then escalated to the coordinator.</summary>
/// <param name="ReminderBusinessDays">Business days after the work was asked when the partner is reminded (default +2 and +4).</param>
/// <param name="EscalationBusinessDays">Business days after which the network coordinator is told (default +5).</param>
public sealed record PartnerSla(IReadOnlyList<int> ReminderBusinessDays, int EscalationBusinessDays)
{
    /// <summary>Reminders at +2 and +4 business days, escalation at +5.</summary>
    public static PartnerSla Default { get; } = new([2, 4], 5);
}
