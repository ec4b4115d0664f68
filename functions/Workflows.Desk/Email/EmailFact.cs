namespace Workflows.Desk.Email;

/// <summary>A label and its value in an e-mail's fact list; an http(s) <paramref name="Href"/> makes the value a link.</summary>
internal sealed record EmailFact(string Label, string? Value, string? Href = null);
