using Workflows.Engine;
using Workflows.Steps;

namespace Workflows.Host.Demo;

/// <summary>
/// The seed's own engine never sends e-mail: its transitions put their mails in the shared outbox and queue, and the
/// application's engine sends them, on today's clock, like any other.
/// </summary>
internal sealed class SeedDoesNotDispatch : IOutboxDispatcher
{
    public Task<string?> DispatchAsync(OutboxItem item, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The demo seed's engine does not send e-mail.");
}
