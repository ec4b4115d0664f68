using Azure.Data.Tables;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Functions.Tests;

/// <summary>The view store on Azurite: writes that arrive out of order (an activity retried after a later one).</summary>
public sealed class WorkflowViewStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    private readonly TableServiceClient _service = new(TestStorage.ConnectionString);
    private readonly ViewTables _tables = new("vs" + Guid.NewGuid().ToString("N")[..10]);
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60));
    private WorkflowViewStore _views = null!;

    public async Task InitializeAsync()
    {
        _views = new WorkflowViewStore(_service, _tables);
        await _views.CreateTablesAsync(_timeout.Token);
    }

    public async Task DisposeAsync()
    {
        foreach (var table in _tables.All)
        {
            await _service.DeleteTableAsync(table);
        }

        _timeout.Dispose();
    }

    [Fact]
    public async Task Given_a_later_signal_outcome_written_when_an_earlier_outcome_of_the_same_turn_arrives_late_then_both_outcomes_stay()
    {
        var id = InstanceId.New();
        await _views.WriteAsync(View(id, 5, Outcome("a"), Outcome("b")), [], _timeout.Token);

        await _views.WriteAsync(View(id, 5, Outcome("a")), [], _timeout.Token);

        var view = await _views.GetAsync(id, _timeout.Token);
        Assert.Equal(["a", "b"], view!.RecentSignals.Select(s => s.SignalId));
    }

    [Fact]
    public async Task Given_a_newer_turn_written_when_an_older_turn_arrives_late_then_it_changes_nothing()
    {
        var id = InstanceId.New();
        await _views.WriteAsync(View(id, 6, Outcome("a"), Outcome("b")) with { CustomStatus = "Scheduling" }, [], _timeout.Token);

        await _views.WriteAsync(View(id, 5, Outcome("a"), Outcome("c")), [], _timeout.Token);

        var view = await _views.GetAsync(id, _timeout.Token);
        Assert.Equal(("Scheduling", 6L), (view!.CustomStatus, view.Sequence));
        Assert.Equal(["a", "b"], view.RecentSignals.Select(s => s.SignalId));
    }

    private static SignalOutcomeView Outcome(string id) => new(id, "applied", null, "AwaitingPartnerReview");

    private static InstanceViewRecord View(InstanceId id, long sequence, params SignalOutcomeView[] outcomes) => new()
    {
        InstanceId = id,
        Name = "DeskRequest",
        RuntimeStatus = RuntimeStatus.Running,
        CustomStatus = "AwaitingPartnerReview",
        CreatedAt = Now,
        LastUpdatedAt = Now,
        Sequence = sequence,
        RecentSignals = outcomes,
    };
}
