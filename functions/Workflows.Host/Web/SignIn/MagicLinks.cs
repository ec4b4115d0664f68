using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Workflows.Host.Web.SignIn;

/// <summary>
/// Issues and reads sign-in link tokens: the address, a random nonce and the expiry, encrypted and authenticated
/// with Data Protection (so the address never travels in clear and a token cannot be forged). Single use is
/// enforced separately by <see cref="SignInTokenStore"/> on the nonce.
/// </summary>
public sealed class MagicLinks(IDataProtectionProvider dataProtection, TimeProvider time, IOptions<SignInOptions> options)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("Workflows.Host.Web.SignIn.MagicLink.v1");

    /// <summary>Creates a token for <paramref name="email"/> valid for <see cref="SignInOptions.LinkLifetime"/>.</summary>
    public (string Token, DateTimeOffset ExpiresAt) Issue(string email)
    {
        var expiresAt = time.GetUtcNow() + options.Value.LinkLifetime;
        var nonce = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
        var payload = string.Join('\n', SignInAddress.Normalize(email), nonce, expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        var token = WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(payload)));
        return (token, expiresAt);
    }

    /// <summary>Reads a token: its ticket when genuine and not expired.</summary>
    public MagicLinkReading Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2048)
        {
            return new MagicLinkReading(MagicLinkState.Invalid, null);
        }

        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n');
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return new MagicLinkReading(MagicLinkState.Invalid, null);
        }

        if (parts.Length != 3 || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
        {
            return new MagicLinkReading(MagicLinkState.Invalid, null);
        }

        var ticket = new MagicLinkTicket(parts[0], parts[1], DateTimeOffset.FromUnixTimeSeconds(unix));
        return time.GetUtcNow() >= ticket.ExpiresAt
            ? new MagicLinkReading(MagicLinkState.Expired, ticket)
            : new MagicLinkReading(MagicLinkState.Valid, ticket);
    }
}

/// <summary>What a link token says.</summary>
/// <param name="Email">The address it was sent to.</param>
/// <param name="Nonce">Its random, single-use identity.</param>
/// <param name="ExpiresAt">When it stops working.</param>
public sealed record MagicLinkTicket(string Email, string Nonce, DateTimeOffset ExpiresAt);

/// <summary>The result of reading a token.</summary>
/// <param name="State">Valid, expired or invalid.</param>
/// <param name="Ticket">The ticket, unless invalid.</param>
public sealed record MagicLinkReading(MagicLinkState State, MagicLinkTicket? Ticket);

/// <summary>The state of a link token.</summary>
public enum MagicLinkState
{
    /// <summary>Genuine and in time.</summary>
    Valid,

    /// <summary>Genuine but too old.</summary>
    Expired,

    /// <summary>Not a token we issued (or tampered with).</summary>
    Invalid,
}
