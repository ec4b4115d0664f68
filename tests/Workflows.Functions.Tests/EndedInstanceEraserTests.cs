using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using Workflows.Orchestration.Retention;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Functions.Tests;

/// <summary>
/// The nightly retention on Azurite (the view tables are real, the Durable purge is recorded): only instances that
/// ended longer ago than the period lose their history and personal data, once.
/// </summary>
public sealed class EndedInstanceEraserTests() : ViewStoreTest("ret")
{
    private static readonly DateTimeOffset Now = new(2026, 6, 30, 2, 30, 0, TimeSpan.Zero);
    private static readonly TimeSpan Keep = TimeSpan.FromDays(30);

    private readonly FakeTimeProvider _time = new(Now);
    private readonly List<InstanceId> _purged = [];

    [Fact]
    public async Task Given_instances_ended_before_and_after_the_cutoff_when_erasing_then_only_the_old_ended_ones_failed_included_are_purged_and_scrubbed()
    {
        var old = await WriteAsync(RuntimeStatus.Completed, created: Now.AddDays(-90), ended: Now.AddDays(-31));
        var terminated = await WriteAsync(RuntimeStatus.Terminated, created: Now.AddDays(-60), ended: Now.AddDays(-45));
        var recent = await WriteAsync(RuntimeStatus.Completed, created: Now.AddDays(-40), ended: Now.AddDays(-29));
        var running = await WriteAsync(RuntimeStatus.Running, created: Now.AddDays(-120), ended: null);
        var failed = await WriteAsync(RuntimeStatus.Failed, created: Now.AddDays(-120), ended: Now.AddDays(-100));

        var erased = await EraseAsync();

        // One rule with the web app's: a failed request is erased like any ended one; a running (or stalled) one is not.
        Assert.Equal(3, erased);
        Assert.Equal(3, _purged.Count);
        Assert.Equal(new HashSet<InstanceId> { old, terminated, failed }, _purged.ToHashSet());
        foreach (var id in new[] { old, terminated, failed })
        {
            var view = await Views.GetAsync(id, Timeout.Token);
            Assert.Equal(Now, view!.ErasedAt);
            Assert.Null(view.Input);
        }

        foreach (var id in new[] { recent, running })
        {
            var view = await Views.GetAsync(id, Timeout.Token);
            Assert.Null(view!.ErasedAt);
            Assert.Equal("Maria Rossi", view.Input!.Value.GetProperty("applicant").GetString());
        }
    }

    [Fact]
    public async Task Given_an_instance_already_erased_when_erasing_again_then_its_history_is_not_purged_twice()
    {
        var old = await WriteAsync(RuntimeStatus.Completed, created: Now.AddDays(-90), ended: Now.AddDays(-60));
        Assert.Equal(1, await EraseAsync());

        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await EraseAsync());

        Assert.Equal([old], _purged);
    }

    [Fact]
    public async Task Given_the_purge_fails_when_erasing_then_the_view_keeps_its_data_so_the_next_run_tries_again()
    {
        var old = await WriteAsync(RuntimeStatus.Completed, created: Now.AddDays(-90), ended: Now.AddDays(-60));
        var eraser = new EndedInstanceEraser(Views, _time);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            eraser.EraseEndedAsync(Keep, (_, _) => throw new InvalidOperationException("storage down"), Timeout.Token));

        Assert.Null((await Views.GetAsync(old, Timeout.Token))!.ErasedAt);
        Assert.Equal(1, await EraseAsync());
    }

    private Task<int> EraseAsync() =>
        new EndedInstanceEraser(Views, _time).EraseEndedAsync(
            Keep,
            (id, _) =>
            {
                _purged.Add(id);
                return Task.CompletedTask;
            },
            Timeout.Token);

    private async Task<InstanceId> WriteAsync(RuntimeStatus status, DateTimeOffset created, DateTimeOffset? ended)
    {
        var id = InstanceId.New();
        var view = new InstanceViewRecord
        {
            InstanceId = id,
            Name = "DeskRequest",
            RuntimeStatus = status,
            CustomStatus = ended is null ? "AwaitingPartnerReview" : "Closed",
            CreatedAt = created,
            LastUpdatedAt = ended ?? created,
            EndedAt = ended,
            Input = JsonSerializer.SerializeToElement(new { applicant = "Maria Rossi" }),
            Sequence = 1,
        };
        await Views.WriteAsync(view, [], Timeout.Token);
        return id;
    }
}
