namespace Workflows.Engine.Tests;

/// <summary>
/// A test class whose every test gets an engine of its own on Azurite (<see cref="EngineFixture"/>) and a time
/// limit (<see cref="Ct"/>), so a hung storage call fails the test instead of the run.
/// </summary>
/// <param name="timeoutSeconds">How long one test may take.</param>
public abstract class EngineTest(int timeoutSeconds = 90) : IAsyncLifetime
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(timeoutSeconds));

    /// <summary>The engine under test.</summary>
    protected EngineFixture F { get; private set; } = null!;

    /// <summary>Cancelled when the test runs past its limit.</summary>
    protected CancellationToken Ct => _timeout.Token;

    public async Task InitializeAsync() => F = await EngineFixture.StartAsync(Configure);

    public async Task DisposeAsync()
    {
        await F.DisposeAsync();
        _timeout.Dispose();
    }

    /// <summary>Options on top of the fixture's test defaults.</summary>
    protected virtual void Configure(WorkflowEngineOptions options)
    {
    }
}
