using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workflows.Engine.Storage;

/// <summary>
/// A queue message of the <c>work</c> queue. It carries opaque ids only (never personal data): the instance,
/// the kind of work and the timer or outbox item it is about.
/// </summary>
/// <param name="Kind"><c>t</c> for a timer, <c>o</c> for an outbox item.</param>
/// <param name="InstanceId">The instance id.</param>
/// <param name="Ref">Timer: <c>name|generation</c>; outbox: the outbox id.</param>
/// <param name="DueAt">Timer: when it is due (for hops past the queue's 7-day limit and lateness).</param>
internal sealed record WorkItem(
    [property: JsonPropertyName("k")] string Kind,
    [property: JsonPropertyName("i")] string InstanceId,
    [property: JsonPropertyName("r")] string Ref,
    [property: JsonPropertyName("d")] DateTimeOffset? DueAt = null)
{
    public const string Timer = "t";
    public const string Outbox = "o";

    public string ToJson() => JsonSerializer.Serialize(this);

    public static WorkItem? TryParse(string text)
    {
        try
        {
            var item = JsonSerializer.Deserialize<WorkItem>(text);
            return item is { Kind: Timer or Outbox } && Steps.InstanceId.TryParse(item.InstanceId, out _) && !string.IsNullOrEmpty(item.Ref)
                ? item
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static WorkItem ForTimer(InstanceId id, string name, TimerEntry timer) =>
        new(Timer, id.Value, name + "|" + timer.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture), timer.DueAt);

    public static WorkItem ForOutbox(InstanceId id, string outboxId) => new(Outbox, id.Value, outboxId);

    public bool TryReadTimer(out string name, out long generation)
    {
        var bar = Ref.LastIndexOf('|');
        name = bar > 0 ? Ref[..bar] : string.Empty;
        generation = 0;
        return bar > 0 && long.TryParse(Ref.AsSpan(bar + 1), System.Globalization.CultureInfo.InvariantCulture, out generation);
    }
}
