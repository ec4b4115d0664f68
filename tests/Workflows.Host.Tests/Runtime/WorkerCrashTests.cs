using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Host.Runtime;
using Workflows.Orchestration.Hosting;
using Workflows.Orchestration.Views;
using Xunit.Abstractions;

namespace Workflows.Host.Tests.Runtime;

/// <summary>
/// The operator's crash test: the worker (the built web app, <c>TaskHub:RunWorker=true</c>) runs in a separate process
/// and is killed with SIGKILL again and again, while this process, a client only, drives desk requests through the
/// partner's acceptance and the slot proposal. After the last restart every request stands at its expected step, every
/// e-mail its steps decided is in the local mailbox (which records every send), and duplicates are at most one per kill.
/// It runs on an Azurite of its own (<see cref="OwnAzurite"/>), so its load does not slow the other tests' storage.
/// </summary>
public sealed class WorkerCrashTests(ITestOutputHelper output)
{
    private static readonly int Requests = int.TryParse(Environment.GetEnvironmentVariable("CRASH_TEST_REQUESTS"), out var r) ? r : 200;
    private static readonly int Kills = int.TryParse(Environment.GetEnvironmentVariable("CRASH_TEST_KILLS"), out var k) ? k : 3;
    private static readonly TimeSpan MailboxDown = TimeSpan.FromSeconds(40);

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("CRASH_TEST_SECONDS"), out var s) ? s : 480);
    private WorkflowView? _stuck;
    private static readonly string[] Phases = ["started", "in review", "accepted", "scheduling", "proposed", "convocation"];
    private readonly int[] _progress = new int[Phases.Length];
    private readonly ConcurrentQueue<string> _events = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private string Progress => string.Join(", ", Phases.Select((p, i) => $"{p} {Volatile.Read(ref _progress[i])}")) + "; " + string.Join("; ", _events);

    private void Reached(int phase) => Interlocked.Increment(ref _progress[phase]);

    [Fact]
    public async Task Requests_driven_while_the_worker_is_killed_all_arrive_with_every_email_sent_and_at_most_one_duplicate_per_kill()
    {
        await using var storage = await OwnAzurite.StartAsync();
        var prefix = TestStorage.NewPrefix('k');
        var mailTable = prefix + "Mail";
        var keys = TaskHubPayloadKeys.Generate("crash"); // the worker process and this client share it, as the two apps in Azure do
        var worker = new WorkerProcess(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["Storage__ConnectionString"] = storage.ConnectionString,
            ["Storage__TablePrefix"] = prefix,
            ["TaskHub__Name"] = prefix,
            ["TaskHub__PartitionCount"] = "2",
            ["TaskHub__RunWorker"] = "true",
            ["TaskHub__MaxQueuePollingInterval"] = "00:00:00.500",
            ["TaskHub__MessageVisibilityTimeout"] = "00:00:30", // a killed worker's in-flight work returns after 30 s, not Durable's 5 minutes
            // The mailbox fails as unreachable storage would for the first 40 s: the turns taken then stall (two
            // attempts, then rounds 2 to 5 s apart) while the worker is killed, and resume once it answers.
            ["Email__LocalMailbox__UnavailableUntil"] = DateTimeOffset.UtcNow.Add(MailboxDown).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["TaskHub__Turns__ActivityAttempts"] = "2",
            ["TaskHub__Turns__FirstRetry"] = "00:00:00.200",
            ["TaskHub__Turns__MaxRetry"] = "00:00:00.500",
            ["TaskHub__Turns__FirstStallWait"] = "00:00:02",
            ["TaskHub__Turns__MaxStallWait"] = "00:00:05",
            ["ActionLinks__CurrentKeyId"] = "crash",
            ["ActionLinks__Keys__crash"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["TaskHub__PayloadKeys__CurrentKeyId"] = keys.CurrentKeyId,
            ["TaskHub__PayloadKeys__Keys__crash"] = keys.Keys["crash"],
            ["Email__LocalMailbox__TableName"] = mailTable,
            ["Site__BaseUrl"] = "http://localhost",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__DurableTask.AzureStorage"] = "Information", // the app lease line tells the worker works
        });
        await using var client = ClientOnly(storage.ConnectionString, prefix, keys);
        var runtime = client.GetRequiredService<DurableWorkflowRuntime>();
        await client.GetRequiredService<TaskHub>().CreateIfNotExistsAsync();
        await client.GetRequiredService<WorkflowViewStore>().CreateTablesAsync(CancellationToken.None);
        var redelivery = client.GetRequiredService<SignalRedelivery>();
        await redelivery.StartAsync(CancellationToken.None);
        var clock = Stopwatch.StartNew();
        using var deadline = new CancellationTokenSource(Deadline);
        try
        {
            worker.Start();
            var directory = DemoDirectory.Create();
            var drivers = new List<Task<RequestRun>>();
            using var gate = new SemaphoreSlim(50);
            var killer = KillRepeatedlyAsync(worker, deadline.Token);
            for (var i = 0; i < Requests; i++)
            {
                drivers.Add(DriveAsync(runtime, directory, i, gate, deadline.Token));
            }

            var downtime = await killer;
            var runs = await Task.WhenAll(drivers);
            var drivenAt = clock.Elapsed;
            output.WriteLine(Progress);

            // Every request at its step, every e-mail its steps decided sent: wait for the mailbox to catch up.
            var expected = runs.SelectMany(r => Enumerable.Range(1, r.ExpectedEmails).Select(n => (r.Id.Value, n.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)))).ToHashSet();
            Dictionary<(string, string), int> sent;
            do
            {
                sent = await MailboxAsync(new TableClient(storage.ConnectionString, mailTable));
                if (expected.All(sent.ContainsKey))
                {
                    break;
                }

                await Task.Delay(500, deadline.Token);
            }
            while (true);

            await Task.Delay(TimeSpan.FromSeconds(2), deadline.Token); // late duplicates of in-flight activities
            sent = await MailboxAsync(new TableClient(storage.ConnectionString, mailTable));
            var missing = expected.Count(e => !sent.ContainsKey(e));
            var duplicates = sent.Values.Sum(c => c - 1);
            var alerts = sent.Keys.Count(IsStallAlert); // whoever answers for a stalled request is told, once a day
            var unexpected = sent.Keys.Count(k => !expected.Contains(k) && !IsStallAlert(k));
            var steps = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var run in runs)
            {
                var view = await runtime.GetInstanceAsync(run.Id, false, CancellationToken.None);
                var step = view?.CustomStatus ?? "(none)";
                steps[step] = steps.GetValueOrDefault(step) + 1;
            }

            var figures =
                $"requests {Requests}, worker kills (SIGKILL) {worker.Starts - 1}, worker downtime {downtime.TotalSeconds:F0} s, driven in {drivenAt.TotalSeconds:F0} s, " +
                $"e-mails expected {expected.Count}, sent {sent.Values.Sum()}, missing {missing}, duplicates {duplicates}, unexpected {unexpected}, stalled turns logged {worker.StallsLogged}, stall alerts {alerts}, " +
                $"steps {string.Join(", ", steps.Select(s => $"{s.Key} {s.Value}"))}, events answered 'queued' {runs.Sum(r => r.Queued)}, total {clock.Elapsed.TotalSeconds:F0} s";
            output.WriteLine(figures);
            Console.WriteLine("Crash test: " + figures);

            Assert.True(worker.Starts - 1 >= Kills, figures);
            Assert.Equal(Requests, steps.GetValueOrDefault(nameof(DeskRequestStep.ConvocationSent)));
            Assert.Equal(0, missing);
            Assert.Equal(0, unexpected);
            Assert.True(worker.StallsLogged > 0, $"No turn stalled while the mailbox was down: {figures}");
            Assert.True(duplicates <= worker.Starts - 1, $"More duplicates than kills: {figures}");
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            var record = _stuck is null ? null : await client.GetRequiredService<WorkflowViewStore>().GetAsync(_stuck.InstanceId, CancellationToken.None);
            var signals = record is null ? "" : string.Join(" | ", record.RecentSignals.Select(x => $"{x.SignalId[..6]} {x.Outcome} {x.Reason} {x.CustomStatus}"));
            Assert.Fail($"Signals: {signals}. Not done in {Deadline}: {Progress}. A request waiting: {_stuck?.InstanceId} {_stuck?.RuntimeStatus} {_stuck?.CustomStatus} {_stuck?.Version} {_stuck?.LastUpdatedAt} {_stuck?.FailureReason}. The worker's last lines:\n{worker.LastLines}");
        }
        finally
        {
            await redelivery.StopAsync(CancellationToken.None);
            worker.Dispose();
            await TestStorage.DeleteAsync(prefix, storage.ConnectionString);
        }
    }

    /// <summary>Kills the worker a few seconds after it starts working, <see cref="Kills"/> times, then leaves it running.</summary>
    private async Task<TimeSpan> KillRepeatedlyAsync(WorkerProcess worker, CancellationToken ct)
    {
        var down = TimeSpan.Zero;
        for (var kill = 0; kill < Kills; kill++)
        {
            var waiting = Stopwatch.StartNew();
            await worker.Working.WaitAsync(ct); // a restarted worker waits for the dead one's app lease to expire
            down += waiting.Elapsed;
            _events.Enqueue($"working at {_clock.Elapsed.TotalSeconds:F0} s");
            await Task.Delay(TimeSpan.FromMilliseconds(2000 + Random.Shared.Next(3000)), ct);
            await worker.KillAsync();
            _events.Enqueue($"killed at {_clock.Elapsed.TotalSeconds:F0} s ({Progress[..Progress.IndexOf(';', StringComparison.Ordinal)]})");
            worker.Start();
        }

        var last = Stopwatch.StartNew();
        await worker.Working.WaitAsync(ct);
        return down + last.Elapsed;
    }

    /// <summary>
    /// One request: filed, (one in ten: reminded 20 times, across a continue-as-new,) accepted by its partner, slots
    /// proposed, each step awaited before the next event (every other one: the answer raised right after the start).
    /// </summary>
    private async Task<RequestRun> DriveAsync(DurableWorkflowRuntime runtime, NetworkDirectory directory, int n, SemaphoreSlim gate, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            var workflow = new DeskRequestWorkflow();
            var intake = new DeskIntake(
                "burolo",
                "001042",
                new Applicant(ApplicantKind.YoungPerson, "Giulia Rossi", $"giulia.{n}@example.org", "+39 0125 000000", "it"),
                Category.InnovationPatent,
                "Vorrei brevettare un sistema per essiccare le nocciole con il calore di scarto del forno del paese.",
                ContactMode.AtDesk,
                new PrivacyConsent("2026-01", TimeProvider.System.GetUtcNow()));
            var input = directory.PrepareRequest(intake, RequestCodes.Format("TO", 2026, 90_000 + n));
            var started = await runtime.StartAsync(DeskRequestWorkflow.WorkflowName, input, new StartOptions { IdempotencyKey = $"crash-{n}" }, ct);
            Assert.Null(started.Rejection);
            var id = started.InstanceId;
            var queued = 0;
            Reached(0);

            // The e-mails the pure step rules decide on the way, counted independently of the orchestration.
            var inputJson = WorkflowJson.ToElement(input);
            var start = ((IWorkflow)workflow).Start(inputJson, new DecisionContext(id, TimeProvider.System.GetUtcNow()));
            var emails = start.Effects.OfType<SendEmail>().Count();

            // Every other request: the partner's answer raised at once, on the row the start wrote, before the worker
            // (perhaps killed meanwhile) has taken the start: the signal is kept and raised again until decided.
            var view = n % 2 == 1
                ? await runtime.GetInstanceAsync(id, false, ct) ?? throw new InvalidOperationException($"{id}: no row after its start")
                : await StepAsync(runtime, id, nameof(DeskRequestStep.AwaitingPartnerReview), ct);
            Reached(1);
            if (n % 10 == 0)
            {
                // One request in ten is reminded of its partner 20 times first: it continues as new (every 20 turns)
                // while workers are killed and turns stall, each reminder a turn with an e-mail.
                for (var r = 0; r < 20; r++)
                {
                    var reminded = await RaiseAsync(runtime, view, DeskRequestEvents.Remind, s => new { step = s }, ct);
                    (queued, emails) = (queued + reminded.Queued, emails + reminded.Emails);
                }
            }

            var accepted = await RaiseAsync(runtime, view, DeskRequestEvents.PartnerAccepted, s => new PartnerAcceptance(s), ct);
            queued += accepted.Queued;
            Reached(2);
            emails += accepted.Emails;

            view = await StepAsync(runtime, id, nameof(DeskRequestStep.Scheduling), ct);
            Reached(3);
            var from = TimeProvider.System.GetUtcNow().AddDays(10);
            IReadOnlyList<MeetingSlot> slots =
            [
                new MeetingSlot(from, 60, MeetingPlace.Remote, "https://meet.example.org/a"),
                new MeetingSlot(from.AddDays(2), 60, MeetingPlace.Remote, "https://meet.example.org/b"),
            ];
            var proposed = await RaiseAsync(runtime, view, DeskRequestEvents.SlotsProposed, s => new SlotProposal(s, slots), ct);
            queued += proposed.Queued;
            Reached(4);
            emails += proposed.Emails;
            await StepAsync(runtime, id, nameof(DeskRequestStep.ConvocationSent), ct);
            Reached(5);
            return new RequestRun(id, emails, queued);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Raises an event with the step token of the current state, as the demo journey does, once.</summary>
    private static async Task<(int Emails, int Queued)> RaiseAsync(DurableWorkflowRuntime runtime, WorkflowView view, string name, Func<string, object> payload, CancellationToken ct)
    {
        var token = view.State!.Value.GetProperty("stepToken").GetString()!;
        var json = WorkflowJson.ToElement(payload(token));
        var decided = ((IWorkflow)new DeskRequestWorkflow()).Decide(view.Version, view.State!.Value, new EventRaised(name, json), new DecisionContext(view.InstanceId, TimeProvider.System.GetUtcNow()));
        Assert.Null(decided.Rejection);
        var result = await runtime.RaiseEventAsync(view.InstanceId, name, json, null, ct);
        Assert.True(result.Outcome == EventOutcome.Applied, $"{name} on {view.InstanceId}: {result.Outcome} {result.Reason}");
        return (decided.Effects.OfType<SendEmail>().Count(), result.Reason == "queued" ? 1 : 0);
    }

    /// <summary>Waits until the orchestration itself has written <paramref name="step"/> (not the client's first row).</summary>
    private async Task<WorkflowView> StepAsync(DurableWorkflowRuntime runtime, InstanceId id, string step, CancellationToken ct)
    {
        while (true)
        {
            var view = await runtime.GetInstanceAsync(id, false, ct);
            if (view is { RuntimeStatus: RuntimeStatus.Running } && view.CustomStatus == step && view.State is not null)
            {
                return view;
            }

            _stuck = view;
            Assert.False(view is { RuntimeStatus: RuntimeStatus.Failed or RuntimeStatus.Completed or RuntimeStatus.Terminated }, $"{id} ended: {view?.RuntimeStatus} in {view?.CustomStatus}");
            await Task.Delay(250, ct);
        }
    }

    private static bool IsStallAlert((string Instance, string EmailId) mail) => mail.EmailId.StartsWith("stall-", StringComparison.Ordinal);

    /// <summary>Mails in the local mailbox by (instance, e-mail id), with how many times each was sent.</summary>
    private static async Task<Dictionary<(string, string), int>> MailboxAsync(TableClient table)
    {
        var counts = new Dictionary<(string, string), int>();
        await foreach (var row in table.QueryAsync<TableEntity>(select: ["CustomArgs"]))
        {
            var args = JsonSerializer.Deserialize<Dictionary<string, string>>(row.GetString("CustomArgs") ?? "{}") ?? [];
            if (args.TryGetValue(EmailEnvelope.InstanceIdArg, out var instance) && args.TryGetValue(EmailEnvelope.OutboxIdArg, out var email))
            {
                counts[(instance, email)] = counts.GetValueOrDefault((instance, email)) + 1;
            }
        }

        return counts;
    }

    /// <summary>The client side only: the seam over the same task hub and view tables, no worker in this process.</summary>
    private static ServiceProvider ClientOnly(string storage, string prefix, TaskHubPayloadKeys keys)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new TableServiceClient(storage));
        services.AddSingleton(new ViewTables(prefix));
        services.AddSingleton<WorkflowViewStore>();
        services.AddSingleton(new TaskHubStorage(storage, null, null, null, null));
        services.AddSingleton(Options.Create(new TaskHubOptions { Name = prefix, PartitionCount = 2, RunWorker = false, SignalRedelivery = TimeSpan.FromSeconds(10) }));
        services.AddSingleton<IWorkflow, DeskRequestWorkflow>();
        services.AddSingleton(new DurableJson(keys));
        services.AddSingleton<TaskHub>();
        services.AddSingleton<SignalKeeper>(); // as in the web app: acknowledged signals kept and raised again until decided
        services.AddSingleton<SignalRedelivery>();
        services.AddSingleton<DurableWorkflowRuntime>();
        return services.BuildServiceProvider();
    }

    private sealed record RequestRun(InstanceId Id, int ExpectedEmails, int Queued);
}
