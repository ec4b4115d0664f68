using System.Text.Json;
using Workflows.Desk.Email.Templates;
using Workflows.Steps;

namespace Workflows.Desk.Email;

/// <summary>
/// Renders the e-mails the deciders emit: one template per <see cref="EmailTemplates"/> key, in Italian (default) or
/// English (the effect's culture), as HTML and plain text, with one button per action of the model's <c>links</c>.
/// </summary>
public static class EmailRenderer
{
    private static readonly Dictionary<string, Func<SendEmail, EmailLanguage, EmailContent>> Templates =
        DeskRequestTemplates.All
            .Concat(EventRegistrationTemplates.All)
            .Concat(QuarterlyReportTemplates.All)
            .Concat(NoticeTemplates.All)
            .ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);

    /// <summary>The template keys this renderer knows.</summary>
    public static IReadOnlyCollection<string> Keys => Templates.Keys;

    /// <summary>Renders <paramref name="email"/>.</summary>
    /// <param name="email">The effect as decided (template key, culture, model).</param>
    /// <param name="actionUrls">The signed URL of every action in the model's <c>links</c>, by action name.</param>
    /// <param name="baseUrl">The service's public address, shown in the footer.</param>
    /// <exception cref="ArgumentException">Unknown template, or an action without a URL.</exception>
    public static RenderedEmail Render(SendEmail email, IReadOnlyDictionary<string, string> actionUrls, string baseUrl)
    {
        if (!Templates.TryGetValue(email.Template, out var template))
        {
            throw new ArgumentException($"Unknown e-mail template '{email.Template}'.", nameof(email));
        }

        var language = EmailLanguage.For(email.Culture);
        var content = template(email, language);
        var code = email.Model.TryGetProperty("requestCode", out var c) ? c.GetString() ?? string.Empty : string.Empty;
        var buttons = new List<(string Label, string Url)>();
        if (email.Model.TryGetProperty("links", out var links) && links.ValueKind == JsonValueKind.Object)
        {
            foreach (var action in links.Deserialize<EmailActions>(WorkflowJson.Options)!.Actions)
            {
                if (!actionUrls.TryGetValue(action, out var url))
                {
                    throw new ArgumentException($"No URL for action '{action}' of '{email.Template}'.", nameof(actionUrls));
                }

                var label = content.ButtonLabels.TryGetValue(action, out var l)
                    ? l
                    : throw new InvalidOperationException($"Template '{email.Template}' has no label for action '{action}'.");
                buttons.Add((label, url));
            }
        }

        var subject = $"[{code}] {content.Subject}";
        var shown = new EmailContent(subject, content.Heading) { CodeLabel = content.CodeLabel };
        shown.Blocks.AddRange(content.Blocks);
        return new RenderedEmail(
            subject,
            EmailLayout.Html(shown, language, code, buttons, baseUrl),
            EmailLayout.Text(shown, language, code, buttons, baseUrl));
    }
}
