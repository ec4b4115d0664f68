using System.Net;
using System.Text;

namespace Workflows.Desk.Email;

/// <summary>
/// Lays out <see cref="EmailContent"/> as accessible HTML and as plain text. Every piece of text passes through
/// <c>WebUtility.HtmlEncode</c> here and nowhere else. Colours meet WCAG AA contrast (#1a1a1a and #595959 on
/// white, white on #0059b3); buttons are real links with their purpose in the text; nothing depends on images.
/// </summary>
internal static class EmailLayout
{
    private const string Brand = "#0059b3";

    public static string Html(EmailContent content, EmailLanguage l, string code, IReadOnlyList<(string Label, string Url)> buttons, string baseUrl)
    {
        var html = new StringBuilder(4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(l.Code).Append("\" dir=\"ltr\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"color-scheme\" content=\"light\">\n<title>").Append(E(content.Subject)).Append("</title>\n</head>\n")
            .Append("<body style=\"margin:0;padding:0;background-color:#f2f2f2;\">\n")
            .Append("<div role=\"article\" aria-label=\"").Append(E(content.Subject)).Append("\" lang=\"").Append(l.Code)
            .Append("\" style=\"max-width:600px;margin:0 auto;padding:24px;background-color:#ffffff;color:#1a1a1a;")
            .Append("font-family:'Titillium Web',Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;\">\n")
            .Append("<header><p style=\"margin:0 0 16px 0;font-size:14px;font-weight:bold;color:").Append(Brand).Append(";\">")
            .Append(E(l.T("Rete degli sportelli per l'innovazione", "Innovation desk network"))).Append("</p></header>\n")
            .Append("<main>\n<h1 style=\"margin:0 0 16px 0;font-size:24px;line-height:1.25;color:#1a1a1a;\">")
            .Append(E(content.Heading)).Append("</h1>\n")
            .Append("<p style=\"margin:0 0 16px 0;\"><strong>")
            .Append(E(content.CodeLabel ?? l.T("Codice richiesta", "Request code"))).Append(":</strong> ").Append(E(code)).Append("</p>\n");
        foreach (var block in content.Blocks)
        {
            AppendBlock(html, block);
        }

        if (buttons.Count > 0)
        {
            html.Append("<h2 style=\"margin:24px 0 8px 0;font-size:20px;color:#1a1a1a;\">")
                .Append(E(l.T("Le tue scelte", "Your options"))).Append("</h2>\n");
            foreach (var (label, url) in buttons)
            {
                html.Append("<p style=\"margin:0 0 12px 0;\"><a href=\"").Append(E(url))
                    .Append("\" style=\"display:inline-block;padding:12px 20px;border-radius:4px;background-color:").Append(Brand)
                    .Append(";color:#ffffff;font-weight:bold;text-decoration:underline;\">").Append(E(label)).Append("</a></p>\n");
            }

            html.Append("<p style=\"margin:16px 0;font-size:14px;color:#595959;\">")
                .Append(E(l.T(
                    "Ogni pulsante apre una pagina di conferma: nulla cambia finché non confermi. I link sono personali, valgono una volta sola e scadono.",
                    "Each button opens a confirmation page: nothing changes until you confirm. The links are personal, work once and expire.")))
                .Append("</p>\n");
        }

        html.Append("</main>\n<footer><hr style=\"border:0;border-top:1px solid #d9d9d9;margin:24px 0 12px 0;\">\n")
            .Append("<p style=\"margin:0;font-size:14px;color:#595959;\">")
            .Append(E(l.T(
                "Messaggio automatico del servizio degli sportelli per l'innovazione dei Comuni del Piemonte. ",
                "Automatic message from the innovation desk service of the municipalities of Piedmont. ")))
            .Append("<a href=\"").Append(E(baseUrl)).Append("\" style=\"color:").Append(Brand).Append(";\">").Append(E(baseUrl)).Append("</a></p>\n")
            .Append("</footer>\n</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static string Text(EmailContent content, EmailLanguage l, string code, IReadOnlyList<(string Label, string Url)> buttons, string baseUrl)
    {
        var text = new StringBuilder(2048);
        text.Append(content.Heading).Append("\n\n")
            .Append(content.CodeLabel ?? l.T("Codice richiesta", "Request code")).Append(": ").Append(code).Append("\n\n");
        foreach (var block in content.Blocks)
        {
            switch (block)
            {
                case EmailBlock.Paragraph p:
                    text.Append(p.Text).Append("\n\n");
                    break;
                case EmailBlock.Heading h:
                    text.Append(h.Text.ToUpper(l.English ? System.Globalization.CultureInfo.GetCultureInfo("en-GB") : System.Globalization.CultureInfo.GetCultureInfo("it-IT")))
                        .Append("\n\n");
                    break;
                case EmailBlock.Facts f:
                    foreach (var fact in f.List)
                    {
                        text.Append(fact.Label).Append(": ").Append(fact.Value);
                        if (fact.Href is not null && fact.Href != fact.Value)
                        {
                            text.Append(" <").Append(fact.Href).Append('>');
                        }

                        text.Append('\n');
                    }

                    text.Append('\n');
                    break;
                case EmailBlock.Items i:
                    foreach (var line in i.Lines)
                    {
                        text.Append("- ").Append(line).Append('\n');
                    }

                    text.Append('\n');
                    break;
                case EmailBlock.Quote q:
                    foreach (var line in q.Text.Split('\n'))
                    {
                        text.Append("> ").Append(line.TrimEnd('\r')).Append('\n');
                    }

                    text.Append('\n');
                    break;
                case EmailBlock.Table t:
                    text.Append(t.Caption).Append('\n');
                    foreach (var (label, count) in t.Rows)
                    {
                        text.Append("- ").Append(label).Append(": ").Append(count).Append('\n');
                    }

                    text.Append('\n');
                    break;
            }
        }

        if (buttons.Count > 0)
        {
            text.Append(l.T("Le tue scelte", "Your options")).Append(":\n");
            foreach (var (label, url) in buttons)
            {
                text.Append("- ").Append(label).Append(":\n  ").Append(url).Append('\n');
            }

            text.Append('\n');
        }

        text.Append("-- \n")
            .Append(l.T(
                "Messaggio automatico del servizio degli sportelli per l'innovazione dei Comuni del Piemonte.",
                "Automatic message from the innovation desk service of the municipalities of Piedmont."))
            .Append('\n').Append(baseUrl).Append('\n');
        return text.ToString();
    }

    private static void AppendBlock(StringBuilder html, EmailBlock block)
    {
        switch (block)
        {
            case EmailBlock.Paragraph p:
                html.Append("<p style=\"margin:0 0 16px 0;\">").Append(E(p.Text)).Append("</p>\n");
                break;
            case EmailBlock.Heading h:
                html.Append("<h2 style=\"margin:24px 0 8px 0;font-size:20px;color:#1a1a1a;\">").Append(E(h.Text)).Append("</h2>\n");
                break;
            case EmailBlock.Facts f:
                html.Append("<dl style=\"margin:0 0 16px 0;\">\n");
                foreach (var fact in f.List)
                {
                    html.Append("<dt style=\"font-weight:bold;\">").Append(E(fact.Label)).Append("</dt>\n<dd style=\"margin:0 0 8px 0;\">");
                    if (IsWebUrl(fact.Href))
                    {
                        html.Append("<a href=\"").Append(E(fact.Href!)).Append("\" style=\"color:").Append(Brand).Append(";\">")
                            .Append(E(fact.Value!)).Append("</a>");
                    }
                    else
                    {
                        html.Append(E(fact.Value!));
                    }

                    html.Append("</dd>\n");
                }

                html.Append("</dl>\n");
                break;
            case EmailBlock.Items i:
                html.Append("<ul style=\"margin:0 0 16px 0;padding-left:24px;\">\n");
                foreach (var line in i.Lines)
                {
                    html.Append("<li>").Append(E(line)).Append("</li>\n");
                }

                html.Append("</ul>\n");
                break;
            case EmailBlock.Quote q:
                html.Append("<blockquote style=\"margin:0 0 16px 0;padding:8px 16px;border-left:4px solid #d9d9d9;white-space:pre-wrap;\">")
                    .Append(E(q.Text)).Append("</blockquote>\n");
                break;
            case EmailBlock.Table t:
                html.Append("<table style=\"border-collapse:collapse;margin:0 0 16px 0;\">\n<caption style=\"text-align:left;font-weight:bold;\">")
                    .Append(E(t.Caption)).Append("</caption>\n<thead><tr><th scope=\"col\" style=\"text-align:left;padding:4px 16px 4px 0;\">")
                    .Append(E(t.LabelHeader)).Append("</th><th scope=\"col\" style=\"text-align:right;padding:4px 0;\">")
                    .Append(E(t.CountHeader)).Append("</th></tr></thead>\n<tbody>\n");
                foreach (var (label, count) in t.Rows)
                {
                    html.Append("<tr><th scope=\"row\" style=\"text-align:left;font-weight:normal;padding:4px 16px 4px 0;\">").Append(E(label))
                        .Append("</th><td style=\"text-align:right;padding:4px 0;\">").Append(E(count)).Append("</td></tr>\n");
                }

                html.Append("</tbody>\n</table>\n");
                break;
        }
    }

    private static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
