using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Host.Tests.Runtime;

/// <summary>The seam over today's engine: one runtime for both interfaces, the engine's answers mapped one to one.</summary>
public sealed class EngineWorkflowRuntimeTests(HostFixture host) : IClassFixture<HostFixture>, IDisposable
{
    private readonly HttpClient _api = host.CreateCoordinatorClient();
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60));

    private CancellationToken Ct => _timeout.Token;

    public void Dispose()
    {
        _api.Dispose();
        _timeout.Dispose();
    }

    [Fact]
    public void Given_the_host_then_commands_and_queries_are_one_engine_runtime()
    {
        var commands = host.Services.GetRequiredService<IWorkflowCommands>();

        Assert.IsType<EngineWorkflowRuntime>(commands);
        Assert.Same(commands, host.Services.GetRequiredService<IWorkflowQueries>());
    }

    [Fact]
    public async Task Given_an_instance_then_its_view_timeline_and_query_page_agree()
    {
        var partner = "partner-" + Guid.NewGuid().ToString("N")[..8];
        var id = await host.StartRequestAsync(_api, partner, ct: Ct);

        var view = await host.Queries.GetInstanceAsync(id, includeTimeline: true, Ct);
        var timeline = await host.Queries.GetTimelineAsync(id, 1, 100, Ct);
        var page = await host.Queries.QueryAsync(new WorkflowQuery { Tags = new Dictionary<string, string> { ["partner"] = partner } }, null, Ct);

        Assert.NotNull(view);
        Assert.Equal(RuntimeStatus.Running, view.RuntimeStatus);
        Assert.Equal(view.HistoryLength, view.History!.Count);
        Assert.Equal(view.History.Select(e => (e.Sequence, e.Kind, e.Name)), timeline.Select(e => (e.Sequence, e.Kind, e.Name)));
        Assert.Equal(id, Assert.Single(page.Items).InstanceId);
        Assert.Null((await host.Queries.GetInstanceAsync(id, includeTimeline: false, Ct))!.History);
    }

    [Fact]
    public async Task Given_no_such_instance_then_every_command_says_not_found()
    {
        var id = InstanceId.New();

        Assert.Null(await host.Queries.GetInstanceAsync(id, includeTimeline: false, Ct));
        Assert.Equal(EventOutcome.NotFound, (await host.Commands.RaiseEventAsync(id, "Accept", null, null, Ct)).Outcome);
        Assert.Equal(EventOutcome.NotFound, (await host.Commands.SuspendAsync(id, null, Ct)).Outcome);
        Assert.Equal(PurgeResult.NotFound, await host.Commands.PurgeAsync(id, Ct));
        Assert.Equal(EraseResult.NotFound, await host.Commands.EraseAsync(id, Ct));
    }

    [Fact]
    public async Task Given_the_engine_when_asked_to_move_the_clock_then_it_refuses_and_nothing_changes()
    {
        var id = await host.StartRequestAsync(_api, "partner-" + Guid.NewGuid().ToString("N")[..8], ct: Ct);
        var before = await host.Queries.GetInstanceAsync(id, includeTimeline: false, Ct);

        var result = await host.Commands.AdvanceClockAsync(id, host.Clock.GetUtcNow().AddDays(30), Ct);

        Assert.Equal(new EventResult(EventOutcome.Rejected, null, null, "This runtime takes its time from the host's TimeProvider."), result);
        var after = await host.Queries.GetInstanceAsync(id, includeTimeline: false, Ct);
        Assert.Equal((before!.CustomStatus, before.HistoryLength, before.LastUpdatedAt), (after!.CustomStatus, after.HistoryLength, after.LastUpdatedAt));
    }
}
