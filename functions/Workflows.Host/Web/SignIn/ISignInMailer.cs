namespace Workflows.Host.Web.SignIn;

/// <summary>Sends a staff member their sign-in link. The e-mail module's local mailbox / provider implements it.</summary>
public interface ISignInMailer
{
    /// <summary>Sends <paramref name="message"/>; throws when it could not be handed to the provider.</summary>
    Task SendAsync(SignInLinkMessage message, CancellationToken cancellationToken);
}

/// <summary>A sign-in e-mail.</summary>
/// <param name="To">The staff member's address.</param>
/// <param name="DisplayName">Their name, for the greeting.</param>
/// <param name="Link">The single-use link (absolute URL).</param>
/// <param name="ExpiresAt">When the link stops working.</param>
/// <param name="Culture">The language of the page the link was asked from (<c>it</c> or <c>en</c>).</param>
public sealed record SignInLinkMessage(string To, string DisplayName, Uri Link, DateTimeOffset ExpiresAt, string Culture);
