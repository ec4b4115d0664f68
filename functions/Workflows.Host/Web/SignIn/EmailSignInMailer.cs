using System.Globalization;
using System.Net;
using Workflows.Desk.Calendar;
using Workflows.Desk.Model;
using Workflows.Host.Email;

namespace Workflows.Host.Web.SignIn;

/// <summary>
/// Sends the sign-in link through the app's <see cref="IEmailSender"/> (SendGrid, SMTP or the local mailbox): a
/// short HTML and plain-text mail in Italian or English with one button. The provider's metadata carries only the
/// mail's kind, never the address or the link.
/// </summary>
public sealed class EmailSignInMailer(IEmailSender sender) : ISignInMailer
{
    /// <summary>The template key (the provider's category).</summary>
    public const string Category = "staff-sign-in";

    /// <inheritdoc />
    public async Task SendAsync(SignInLinkMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var envelope = Compose(message);
        await sender.SendAsync(envelope, cancellationToken);
    }

    /// <summary>Builds the e-mail of <paramref name="message"/>.</summary>
    public static EmailEnvelope Compose(SignInLinkMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var english = Cultures.IsEnglish(message.Culture);
        var culture = CultureInfo.GetCultureInfo(english ? "en-GB" : "it-IT");
        string T(string italian, string en) => english ? en : italian;

        var expires = BusinessCalendar.ToRome(message.ExpiresAt).ToString("HH:mm", culture);
        var subject = T("Il tuo link di accesso agli sportelli per l'innovazione", "Your sign-in link for the innovation desks");
        var greeting = T($"Buongiorno {message.DisplayName},", $"Hello {message.DisplayName},");
        var intro = T(
            "hai chiesto di accedere al servizio degli sportelli per l'innovazione. Premi il pulsante per entrare.",
            "you asked to sign in to the innovation desk service. Press the button to sign in.");
        var button = T("Accedi al servizio", "Sign in to the service");
        var validity = T(
            $"Il link vale fino alle {expires} (ora italiana) e si può usare una sola volta.",
            $"The link works until {expires} (Italian time) and can be used once.");
        var ignore = T(
            "Se non hai chiesto tu l'accesso, ignora questo messaggio: senza il link nessuno può entrare con il tuo indirizzo.",
            "If you did not ask to sign in, ignore this message: without the link nobody can sign in with your address.");
        var footer = T(
            "Messaggio automatico del servizio degli sportelli per l'innovazione dei Comuni del Piemonte.",
            "Automatic message from the innovation desk service of the municipalities of Piedmont.");
        var link = message.Link.AbsoluteUri;
        var lang = english ? "en" : "it";

        var html = string.Create(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="{{lang}}" dir="ltr">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{E(subject)}}</title></head>
            <body style="margin:0;padding:0;background-color:#f2f2f2;">
            <div role="article" aria-label="{{E(subject)}}" lang="{{lang}}" style="max-width:600px;margin:0 auto;padding:24px;background-color:#ffffff;color:#1a1a1a;font-family:'Titillium Web',Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;">
            <h1 style="margin:0 0 16px 0;font-size:24px;line-height:1.25;">{{E(subject)}}</h1>
            <p style="margin:0 0 16px 0;">{{E(greeting)}}<br>{{E(intro)}}</p>
            <p style="margin:0 0 16px 0;"><a href="{{E(link)}}" style="display:inline-block;padding:12px 20px;border-radius:4px;background-color:#0059b3;color:#ffffff;font-weight:bold;text-decoration:underline;">{{E(button)}}</a></p>
            <p style="margin:0 0 16px 0;">{{E(validity)}}</p>
            <p style="margin:0 0 16px 0;font-size:14px;color:#595959;">{{E(ignore)}}</p>
            <hr style="border:0;border-top:1px solid #d9d9d9;margin:24px 0 12px 0;">
            <p style="margin:0;font-size:14px;color:#595959;">{{E(footer)}}</p>
            </div>
            </body>
            </html>
            """);
        var text = string.Join(
            "\n\n",
            subject,
            greeting + "\n" + intro,
            button + ": " + link,
            validity,
            ignore,
            "-- \n" + footer) + "\n";

        return new EmailEnvelope(
            message.To,
            subject,
            html,
            text,
            Ics: null,
            IcsMethod: null,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["mailKind"] = Category },
            Category);
    }

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
