using System.Globalization;
using System.Net;
using Workflows.Host.Email;

namespace Workflows.Host.Web.SignIn;

/// <summary>
/// Sends the sign-in link through the service's e-mail provider (SendGrid, SMTP or the local mailbox), in the
/// language of the page it was asked from. The provider sees only the template key, never an id of the person.
/// </summary>
public sealed class EmailSignInMailer(IEmailSender sender) : ISignInMailer
{
    /// <summary>The provider category of these mails.</summary>
    public const string Category = "staff-sign-in";

    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    /// <inheritdoc />
    public async Task SendAsync(SignInLinkMessage message, CancellationToken cancellationToken)
    {
        var english = message.Culture == "en";
        string L(string it, string en) => english ? en : it;
        var culture = CultureInfo.GetCultureInfo(english ? "en" : "it");
        var until = TimeZoneInfo.ConvertTime(message.ExpiresAt, Rome).ToString("HH:mm", culture);
        var link = message.Link.ToString();
        var subject = L("Il tuo link di accesso – Sportelli per l'innovazione", "Your sign-in link – Innovation desks");
        var greeting = L($"Buongiorno {message.DisplayName},", $"Hello {message.DisplayName},");
        var body = L(
            $"per accedere al servizio degli sportelli per l'innovazione apri il link qui sotto e premi «Accedi ora». Il link vale fino alle {until} (ora italiana) e si può usare una sola volta.",
            $"to sign in to the innovation desks service, open the link below and press \"Sign in now\". The link works until {until} (Italian time) and can be used once.");
        var button = L("Accedi al servizio", "Sign in to the service");
        var ignore = L(
            "Se non hai chiesto tu questo link, ignora questa e-mail: nessuno potrà accedere senza aprirlo.",
            "If you did not ask for this link, ignore this e-mail: nobody can sign in without opening it.");
        var html = $"""
            <!DOCTYPE html>
            <html lang="{(english ? "en" : "it")}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(subject)}</title></head>
            <body style="font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;line-height:1.5">
            <p>{WebUtility.HtmlEncode(greeting)}</p>
            <p>{WebUtility.HtmlEncode(body)}</p>
            <p><a href="{WebUtility.HtmlEncode(link)}" style="display:inline-block;background:#0066cc;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;font-weight:bold">{WebUtility.HtmlEncode(button)}</a></p>
            <p style="font-size:14px">{WebUtility.HtmlEncode(link)}</p>
            <p style="font-size:14px;color:#5c6f82">{WebUtility.HtmlEncode(ignore)}</p>
            </body></html>
            """;
        var text = $"{greeting}\n\n{body}\n\n{link}\n\n{ignore}\n";
        var envelope = new EmailEnvelope(message.To, subject, html, text, null, null, new Dictionary<string, string>(), Category);
        envelope.EnsureOpaqueMetadata();
        await sender.SendAsync(envelope, cancellationToken);
    }
}
