using System.Text.Json;

namespace Workflows.Steps;

/// <summary>
/// Something a decision asks the engine to do. Effects are data: the engine commits them with the new state
/// in one transaction and carries them out afterwards.
/// </summary>
public abstract record WorkflowEffect;

/// <summary>Schedules (or moves) the durable timer <paramref name="Name"/>; it fires once at <paramref name="DueAt"/>.</summary>
public sealed record ScheduleTimer(string Name, DateTimeOffset DueAt) : WorkflowEffect;

/// <summary>Cancels the durable timer <paramref name="Name"/>; a cancelled timer never fires. Unknown names are ignored.</summary>
public sealed record CancelTimer(string Name) : WorkflowEffect;

/// <summary>
/// Sends an e-mail through the outbox: written with the transition, dispatched after commit, retried, marked sent.
/// </summary>
/// <param name="Template">The template key, e.g. <c>partner-review-request</c>.</param>
/// <param name="To">The recipient's address.</param>
/// <param name="Culture">The language, e.g. <c>it</c> or <c>en</c>.</param>
/// <param name="Model">The template model as JSON; may hold personal data (it stays in the instance's partition).</param>
public sealed record SendEmail(string Template, string To, string Culture, JsonElement Model) : WorkflowEffect
{
    /// <summary>Creates the effect, serialising <paramref name="model"/> with the engine's JSON options.</summary>
    public static SendEmail Create<T>(string template, string to, string culture, T model) =>
        new(template, to, culture, JsonSerializer.SerializeToElement(model, WorkflowJson.Options));

    /// <summary>Reads the model as <typeparamref name="T"/>.</summary>
    public T ModelAs<T>() => Model.Deserialize<T>(WorkflowJson.Options)!;
}
