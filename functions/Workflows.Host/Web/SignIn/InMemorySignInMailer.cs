using System.Collections.Concurrent;

namespace Workflows.Host.Web.SignIn;

/// <summary>
/// A stand-in sender that delivers nothing: it keeps the last links in memory so tests (and a developer with a
/// debugger) can follow them. Registered only when no other <see cref="ISignInMailer"/> is; the e-mail module's
/// local mailbox replaces it.
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
