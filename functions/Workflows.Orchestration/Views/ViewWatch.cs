namespace Workflows.Orchestration.Views;

/// <summary>One wait for an instance's view to change (see <see cref="ViewChanges"/>); dispose it when done.</summary>
public sealed class ViewWatch : IDisposable
{
    private readonly Action _leave;
    private readonly Task _changed;
    private int _disposed;

    internal ViewWatch(Action leave, Task changed)
    {
        _leave = leave;
        _changed = changed;
    }

    /// <summary>
    /// Returns when the view was written in this process since the watch began, or after <paramref name="atMost"/>
    /// (real time: the view may have been written by another process, so read it again either way).
    /// </summary>
    public async Task WaitAsync(TimeSpan atMost, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var elapsed = Task.Delay(atMost, TimeProvider.System, stop.Token);
        await Task.WhenAny(_changed, elapsed);
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _leave();
        }
    }
}
