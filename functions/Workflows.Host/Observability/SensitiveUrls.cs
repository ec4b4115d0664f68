using System.Text;
using System.Text.RegularExpressions;

namespace Workflows.Host.Observability;

/// <summary>
/// Removes the secrets some URLs carry before a path or query is logged or traced: the action-link token
/// (<c>/link/{token}/…</c>) and the sign-in token and any other credential-like query value
/// (<c>?token=…</c>). Whoever reads the logs must not be able to use a live link.
/// </summary>
public static partial class SensitiveUrls
{
    /// <summary>What a removed secret reads as.</summary>
    public const string Redacted = "REDACTED";

    private static readonly HashSet<string> SecretParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "token", "code", "key", "sig", "signature", "secret", "access_token", "returnUrl",
    };

    /// <summary>The path with the token segment of an action link replaced.</summary>
    public static string RedactPath(string? path) =>
        string.IsNullOrEmpty(path) ? path ?? string.Empty : LinkToken().Replace(path, "$1" + Redacted);

    /// <summary>The query string (with or without its <c>?</c>) with the values of secret parameters replaced.</summary>
    public static string RedactQuery(string? query)
    {
        if (string.IsNullOrEmpty(query))
        {
            return query ?? string.Empty;
        }

        var leading = query[0] == '?';
        var builder = new StringBuilder(query.Length);
        if (leading)
        {
            builder.Append('?');
        }

        var first = true;
        foreach (var pair in (leading ? query[1..] : query).Split('&'))
        {
            if (!first)
            {
                builder.Append('&');
            }

            first = false;
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals];
            builder.Append(equals >= 0 && SecretParameters.Contains(Uri.UnescapeDataString(name)) ? name + "=" + Redacted : pair);
        }

        return builder.ToString();
    }

    /// <summary>An absolute or relative URL with both its path and its query redacted.</summary>
    public static string RedactUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return url ?? string.Empty;
        }

        var question = url.IndexOf('?', StringComparison.Ordinal);
        return question < 0 ? RedactPath(url) : RedactPath(url[..question]) + RedactQuery(url[question..]);
    }

    /// <summary>An URI with its path and query redacted.</summary>
    public static string RedactUrl(Uri? uri) => uri is null ? string.Empty : RedactUrl(uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString);

    [GeneratedRegex("(/link/)[^/?#]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkToken();
}
