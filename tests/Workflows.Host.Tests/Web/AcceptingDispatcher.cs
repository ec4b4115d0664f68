using System.Collections.Concurrent;
using Workflows.Steps;

namespace Workflows.Host.Tests.Web;

/// <summary>The e-mail provider of the web tests: accepts everything and remembers it.</summary>
public sealed class AcceptingDispatcher : IOutboxDispatcher
{
    public ConcurrentQueue<OutboxItem> Sent { get; } = new();

    public Task<string?> DispatchAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        Sent.Enqueue(item);
        return Task.FromResult<string?>("msg-" + item.Id);
    }
}
