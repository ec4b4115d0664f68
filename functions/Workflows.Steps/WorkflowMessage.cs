using System.Text.Json;

namespace Workflows.Steps;

/// <summary>A message delivered to a decider: an external event or a fired timer.</summary>
public abstract record WorkflowMessage
{
    /// <summary>The message name as recorded in the history (event name or timer name).</summary>
    public abstract string Name { get; }
}

/// <summary>An external event raised on an instance (a link clicked, a form posted, an operator command).</summary>
/// <param name="Name">The event name, e.g. <c>PartnerAccepted</c>.</param>
/// <param name="Payload">The event data as JSON (<see cref="JsonValueKind.Undefined"/> when none).</param>
public sealed record EventRaised(string Name, JsonElement Payload) : WorkflowMessage
{
    /// <inheritdoc />
    public override string Name { get; } = Name;

    /// <summary>Reads the payload as <typeparamref name="T"/>.</summary>
    public T? PayloadAs<T>() =>
        Payload.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
            ? default
            : Payload.Deserialize<T>(WorkflowJson.Options);
}

/// <summary>A durable timer that came due.</summary>
/// <param name="Name">The timer name the decider chose when it scheduled it.</param>
/// <param name="DueAt">When it was due.</param>
public sealed record TimerFired(string Name, DateTimeOffset DueAt) : WorkflowMessage
{
    /// <inheritdoc />
    public override string Name { get; } = Name;
}
