using System.Net.Mail;

namespace Workflows.Host.Web.SignIn;

/// <summary>E-mail addresses as the sign-in compares them.</summary>
public static class SignInAddress
{
    /// <summary>Trimmed and lower-cased (addresses are compared case-insensitively in practice).</summary>
    public static string Normalize(string? email) => (email ?? string.Empty).Trim().ToLowerInvariant();

    /// <summary>True for a plausible single address (<c>name@domain</c>), at most 254 characters.</summary>
    public static bool IsValid(string? email)
    {
        var text = Normalize(email);
        if (text.Length is 0 or > 254 || text.Contains(' ', StringComparison.Ordinal) || text.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        return MailAddress.TryCreate(text, out var parsed) && parsed.Address == text && text.IndexOf('@', StringComparison.Ordinal) > 0;
    }
}
