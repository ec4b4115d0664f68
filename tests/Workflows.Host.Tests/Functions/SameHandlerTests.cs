using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Workflows.Engine;
using Workflows.Steps;
using Workflows.Engine.Storage;

namespace Workflows.Host.Tests.Functions;

/// <summary>
/// The Functions queue trigger (<c>POST /work</c>) and the local queue listener hand messages to the same
/// <see cref="WorkItemProcessor"/>: one enqueued e-mail is sent once whichever path, or both, deliver it.
/// </summary>
public sealed class SameHandlerTests(HostFixture host) : IClassFixture<HostFixture>, IDisposable
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(90));

    private CancellationToken Ct => _timeout.Token;

    public void Dispose() => _timeout.Dispose();

    [Fact]
    public async Task Given_one_enqueued_email_handled_via_work_when_the_local_listener_gets_the_same_message_again_then_it_is_sent_once()
    {
        using var api = host.CreateCoordinatorClient();
        var id = await host.StartRequestAsync(api, "partner-" + Guid.NewGuid().ToString("N")[..8], ct: Ct);

        // The Functions path handles it, but the message is not deleted (as if the host died before completing).
        var message = Assert.Single((await host.WorkQueueClient.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(1), Ct)).Value, m => m.MessageText.Contains(id.Value, StringComparison.Ordinal));
        using var functions = host.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.OK, await HostFixture.PostWorkAsync(functions, message, Ct));
        Assert.Single(host.Dispatcher.For(id));

        // The local path: the engine's own listener over the host's processor receives the reappearing message.
        await RunLocalListenerAsync(handled: 1);

        var sent = Assert.Single(host.Dispatcher.For(id));
        Assert.Equal(1, sent.Attempt);
        Assert.Equal("Sent", Assert.Single(await host.Queries.GetEmailsAsync(id, Ct)).Status);
    }

    [Fact]
    public async Task Given_two_requests_when_one_is_delivered_via_work_and_the_other_by_the_local_listener_then_both_are_sent_alike()
    {
        using var api = host.CreateCoordinatorClient();
        var viaFunctions = await host.StartRequestAsync(api, "partner-" + Guid.NewGuid().ToString("N")[..8], ct: Ct);
        Assert.All(await host.DeliverWorkAsync(Ct), status => Assert.Equal(HttpStatusCode.OK, status));
        var viaListener = await host.StartRequestAsync(api, "partner-" + Guid.NewGuid().ToString("N")[..8], ct: Ct);

        await RunLocalListenerAsync(handled: 1);

        var a = Assert.Single(host.Dispatcher.For(viaFunctions));
        var b = Assert.Single(host.Dispatcher.For(viaListener));
        Assert.Equal((a.Id, a.Attempt, a.Email.Template, a.WorkflowName), (b.Id, b.Attempt, b.Email.Template, b.WorkflowName));
        var recordA = Assert.Single(await host.Queries.GetEmailsAsync(viaFunctions, Ct));
        var recordB = Assert.Single(await host.Queries.GetEmailsAsync(viaListener, Ct));
        Assert.Equal((recordA.Status, recordA.Attempts), (recordB.Status, recordB.Attempts));
        Assert.Equal("msg-" + b.Id, recordB.ProviderMessageId);
    }

    /// <summary>
    /// Runs the local-mode queue listener (as registered by the engine) over the host's processor until it has
    /// handled and deleted <paramref name="handled"/> messages. The reminders' messages stay invisible for days.
    /// </summary>
    private async Task RunLocalListenerAsync(int handled)
    {
        var before = (await host.WorkQueueClient.GetPropertiesAsync(Ct)).Value.ApproximateMessagesCount;
        var services = host.Services;
        var options = services.GetRequiredService<IOptions<WorkflowEngineOptions>>().Value;
        var local = Options.Create(new WorkflowEngineOptions
        {
            WorkQueueName = options.WorkQueueName,
            PoisonQueueName = options.PoisonQueueName,
            TablePrefix = options.TablePrefix,
            RunLocalWorkers = true,
        });
        var listener = new QueueListener(
            services.GetRequiredService<WorkflowStore>(),
            services.GetRequiredService<WorkItemProcessor>(),
            local,
            TimeProvider.System,
            NullLogger<QueueListener>.Instance);
        await listener.StartAsync(Ct);
        try
        {
            var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
            while (DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), Ct);
                var props = await host.WorkQueueClient.GetPropertiesAsync(Ct);
                if (props.Value.ApproximateMessagesCount == before - handled)
                {
                    return;
                }
            }

            Assert.Fail($"The local listener did not handle {handled} message(s).");
        }
        finally
        {
            await listener.StopAsync(CancellationToken.None);
        }
    }
}
