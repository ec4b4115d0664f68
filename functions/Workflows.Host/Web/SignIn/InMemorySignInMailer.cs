using System.Collections.Concurrent;

namespace Workflows.Host.Web.SignIn;

/// <summary>
/// A stand-in sender that delivers nothing: it keeps the last links in memory so tests can follow them. Tests
/// register it in place of <see cref="EmailSignInMailer"/>.
/// </summary>
public sealed class InMemorySignInMailer : ISignInMailer
{
    private readonly ConcurrentQueue<SignInLinkMessage> _sent = new();

    /// <summary>Every message "sent", oldest first (at most the last 100).</summary>
    public IReadOnlyCollection<SignInLinkMessage> Sent => _sent;

    /// <summary>The last message sent to <paramref name="email"/>, or null.</summary>
    public SignInLinkMessage? LastTo(string email)
    {
        var normalized = SignInAddress.Normalize(email);
        return _sent.LastOrDefault(m => m.To == normalized);
    }

    /// <inheritdoc />
    public Task SendAsync(SignInLinkMessage message, CancellationToken cancellationToken)
    {
        _sent.Enqueue(message);
        while (_sent.Count > 100 && _sent.TryDequeue(out _))
        {
        }

        return Task.CompletedTask;
    }
}
