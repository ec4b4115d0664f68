namespace Workflows.Host.Web.Links;

/// <summary>The event payload a form makes, or the problems that keep it from being sent.</summary>
/// <param name="Payload">The payload (null when there are errors).</param>
/// <param name="Errors">Messages by field id, in the order of the form; empty when valid.</param>
public sealed record LinkPayload(object? Payload, IReadOnlyList<KeyValuePair<string, string>> Errors)
{
    /// <summary>True when the payload can be sent.</summary>
    public bool IsValid => Errors.Count == 0;
}
