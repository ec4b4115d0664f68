namespace Workflows.Desk.Email;

/// <summary>An e-mail ready to send: subject, HTML body and plain-text body.</summary>
/// <param name="Subject">The subject line (always carries the request code).</param>
/// <param name="Html">The HTML body (every model value encoded).</param>
/// <param name="Text">The plain-text alternative.</param>
public sealed record RenderedEmail(string Subject, string Html, string Text);
