using System.Net;
using System.Text.RegularExpressions;

namespace Workflows.Host.Web.Mailbox;

/// <summary>Prepares a stored mail's HTML for the sandboxed preview and lists its action buttons.</summary>
public static partial class MailFrame
{
    /// <summary>
    /// The HTML for the iframe's <c>srcdoc</c>: links open in the top window (the link pages refuse to be framed),
    /// links to this service become relative (so they work whatever host and port serve the mailbox), everything else
    /// as the recipient would see it. The iframe's sandbox allows no script and no same-origin access.
    /// </summary>
    public static string ForPreview(string html, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(baseUrl);
        const string Base = "<base target=\"_top\">";
        html = html.Replace("href=\"" + baseUrl.TrimEnd('/') + "/", "href=\"/", StringComparison.Ordinal);
        var head = HeadOpen().Match(html);
        return head.Success ? html.Insert(head.Index + head.Length, Base) : Base + html;
    }

    /// <summary>The mail's links to action pages (<c>/link/…</c>) with their labels, in order.</summary>
    public static IReadOnlyList<(string Label, Uri Url)> ActionLinks(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var links = new List<(string, Uri)>();
        foreach (Match m in Anchor().Matches(html))
        {
            var href = WebUtility.HtmlDecode(m.Groups["href"].Value);
            if (Uri.TryCreate(href, UriKind.Absolute, out var url) && url.AbsolutePath.StartsWith("/link/", StringComparison.Ordinal))
            {
                var label = WebUtility.HtmlDecode(Tags().Replace(m.Groups["label"].Value, string.Empty)).Trim();
                links.Add((label, url));
            }
        }

        return links;
    }

    [GeneratedRegex("<head[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HeadOpen();

    [GeneratedRegex("<a\\s[^>]*href=\"(?<href>[^\"]+)\"[^>]*>(?<label>.*?)</a>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Anchor();

    [GeneratedRegex("<[^>]+>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Tags();
}
