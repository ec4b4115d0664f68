using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Workflows.Bench;

// The benchmark console of the Durable runtime: see bench/README.md. Runs against Azurite
// (AZURITE_CONNECTION_STRING), prints a table and writes bench/results/latest.json. Every figure is measured in this run.
var settings = BenchSettings.FromArgs(args);
#if DEBUG
await Console.Error.WriteLineAsync("warning: this is a Debug build; measure with `dotnet run -c Release --project bench/Workflows.Bench`.");
#endif
var loadBefore = Machine.LoadAverage();
var total = Stopwatch.StartNew();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Workflows bench (Durable Task, Azure Storage provider): partitions {settings.PartitionCount}, polling ≤ {settings.MaxQueuePollingInterval.TotalMilliseconds} ms, "
    + $"orchestrations {settings.MaxConcurrentOrchestrations}, activities {settings.MaxConcurrentActivities}, extended sessions {settings.ExtendedSessions}; load average {loadBefore}"));

var started = Stopwatch.StartNew();
await using var bench = await BenchRuntime.StartAsync(settings);
var workerStart = started.Elapsed;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  task hub created and worker started in {workerStart.TotalSeconds:F1} s"));

var single = LatencyPhase.Skipped;
if (settings.Runs("single"))
{
    Console.WriteLine("1/4 event -> e-mail, one client...");
    single = await LatencyPhase.RunAsync(bench, settings, 1);
    Print(single);
}

var concurrent = LatencyPhase.Skipped;
if (settings.Runs("concurrent"))
{
    Console.WriteLine($"2/4 event -> e-mail, {settings.LatencyClients} clients...");
    concurrent = await LatencyPhase.RunAsync(bench, settings, settings.LatencyClients);
    Print(concurrent);
}

var instances = ThroughputPhase.Skipped;
if (settings.Runs("instances"))
{
    Console.WriteLine($"3/4 {settings.Instances} instances end to end (start, event, e-mail, close) through the task hub client, {settings.InstanceConcurrency} in flight...");
    instances = await ThroughputPhase.RunAsync(bench, settings, settings.Instances, viaSeam: false);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {instances.PerSecond:F1}/s ({instances.Completed} completed, {instances.Failed} failed, {instances.Elapsed.TotalSeconds:F1} s); per instance p50 {instances.InstanceMs.P50} ms, p95 {instances.InstanceMs.P95} ms; CPU ms per instance: bench {instances.CpuMsPerInstance.Bench}, Azurite {instances.CpuMsPerInstance.Azurite}"));
}

var bare = ThroughputPhase.Skipped;
if (settings.Runs("bare"))
{
    Console.WriteLine($"   bare Durable, the same shape (timer, 3 activities doing nothing, 2 events), {settings.Instances} instances, {settings.InstanceConcurrency} in flight...");
    bare = await BarePhase.RunAsync(settings, settings.Instances);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bare.PerSecond:F1}/s ({bare.Completed} completed, {bare.Failed} failed, {bare.Elapsed.TotalSeconds:F1} s); per instance p50 {bare.InstanceMs.P50} ms, p95 {bare.InstanceMs.P95} ms; CPU ms per instance: bench {bare.CpuMsPerInstance.Bench}, Azurite {bare.CpuMsPerInstance.Azurite}"));
}

var overhead = instances.PerSecond / bare.PerSecond; // NaN unless both ran
var seam = ThroughputPhase.Skipped;
if (settings.Runs("seam"))
{
    Console.WriteLine($"   the same through the web app's seam (DurableWorkflowRuntime), {settings.SeamInstances} instances, {settings.InstanceConcurrency} in flight...");
    seam = await ThroughputPhase.RunAsync(bench, settings, settings.SeamInstances, viaSeam: true);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {seam.PerSecond:F1}/s ({seam.Completed} completed, {seam.Failed} failed, {seam.Elapsed.TotalSeconds:F1} s); per instance p50 {seam.InstanceMs.P50} ms, p95 {seam.InstanceMs.P95} ms; CPU ms per instance: bench {seam.CpuMsPerInstance.Bench}, Azurite {seam.CpuMsPerInstance.Azurite}"));
}

var timers = TimerPhase.Skipped;
if (settings.Runs("timers"))
{
    Console.WriteLine($"4/4 {settings.Timers} durable timers due within {settings.TimerWindow.TotalSeconds} s (real time)...");
    timers = await TimerPhase.RunAsync(bench, settings);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  fired {timers.Fired}; lateness min {timers.WallMs.Min} ms, p50 {timers.WallMs.P50} ms, p95 {timers.WallMs.P95} ms, p99 {timers.WallMs.P99} ms, max {timers.MaxMs} ms; on the orchestration's clock min {timers.OrchestrationMs.Min} ms, p99 {timers.OrchestrationMs.P99} ms"));
}

var targets = new Dictionary<string, bool>
{
    ["eventToEmailMs.p95<=500"] = single.Latency.P95 <= 500 && single.TimedOut == 0,
    ["eventToEmailConcurrentMs.p95<=1500"] = concurrent.Latency.P95 <= 1500 && concurrent.TimedOut == 0,
    ["durableOverheadRatio>=0.8"] = overhead >= 0.8 && instances.Failed == 0 && bare.Failed == 0,
    ["timerLatenessMs.min>=0"] = timers.WallMs.Min >= 0,
    ["timerLatenessMs.p99<=2000"] = timers.WallMs.P99 <= 2000 && timers.Fired >= settings.Timers,
    ["peakRssMb<=300"] = Machine.PeakRssMb() <= 300,
};
var provider = bench.Hub.Settings;
var report = new BenchReport
{
    EventToEmailMs = single.Latency,
    EventToEmailConcurrentMs = concurrent.Latency,
    InstancesPerSecond = Math.Round(instances.PerSecond, 1),
    BareInstancesPerSecond = Math.Round(bare.PerSecond, 1),
    DurableOverheadRatio = Math.Round(overhead, 2),
    TimerLatenessMs = timers.WallMs,
    Timers = timers.Fired,
    PeakRssMb = Machine.PeakRssMb(),
    // As read from the provider's settings object (what DurableTask.AzureStorage actually ran with).
    Provider = new Dictionary<string, object>
    {
        ["name"] = "DurableTask.AzureStorage",
        ["partitionCount"] = provider.PartitionCount,
        ["maxQueuePollingIntervalMs"] = provider.MaxQueuePollingInterval.TotalMilliseconds,
        ["maxConcurrentTaskOrchestrationWorkItems"] = provider.MaxConcurrentTaskOrchestrationWorkItems,
        ["maxConcurrentTaskActivityWorkItems"] = provider.MaxConcurrentTaskActivityWorkItems,
        ["extendedSessionsEnabled"] = provider.ExtendedSessionsEnabled,
        ["controlQueueBatchSize"] = provider.ControlQueueBatchSize,
        ["useTablePartitionManagement"] = provider.UseTablePartitionManagement,
    },
    Targets = targets,
    Details = new Dictionary<string, object>
    {
        ["workerStartSeconds"] = Math.Round(workerStart.TotalSeconds, 1),
        ["eventCallMs"] = single.Raise,
        ["eventCallConcurrentMs"] = concurrent.Raise,
        ["eventToEmailSamples"] = single.Samples,
        ["eventToEmailConcurrentSamples"] = concurrent.Samples,
        ["eventToEmailTimedOut"] = single.TimedOut + concurrent.TimedOut,
        ["eventErrors"] = single.Errors + concurrent.Errors,
        ["eventsPerSecondConcurrent"] = Math.Round(concurrent.EventsPerSecond, 1),
        ["instancesCompleted"] = instances.Completed,
        ["instancesFailed"] = instances.Failed,
        ["instancesSeconds"] = Math.Round(instances.Elapsed.TotalSeconds, 1),
        ["instanceMs"] = instances.InstanceMs,
        ["bareInstancesCompleted"] = bare.Completed,
        ["bareInstancesFailed"] = bare.Failed,
        ["bareInstanceMs"] = bare.InstanceMs,
        ["seamInstancesPerSecond"] = Math.Round(seam.PerSecond, 1),
        ["seamInstancesCompleted"] = seam.Completed,
        ["seamInstancesFailed"] = seam.Failed,
        ["seamInstanceMs"] = seam.InstanceMs,
        ["cpuMsPerOperation"] = new Dictionary<string, object>
        {
            ["eventConcurrentBench"] = concurrent.CpuMsPerEvent.Bench,
            ["eventConcurrentAzurite"] = concurrent.CpuMsPerEvent.Azurite,
            ["instanceBench"] = instances.CpuMsPerInstance.Bench,
            ["instanceAzurite"] = instances.CpuMsPerInstance.Azurite,
            ["bareInstanceBench"] = bare.CpuMsPerInstance.Bench,
            ["bareInstanceAzurite"] = bare.CpuMsPerInstance.Azurite,
            ["seamInstanceBench"] = seam.CpuMsPerInstance.Bench,
            ["seamInstanceAzurite"] = seam.CpuMsPerInstance.Azurite,
        },
        ["timersScheduled"] = settings.Timers,
        ["timerLatenessMaxMs"] = timers.MaxMs,
        ["timerLatenessOrchestrationClockMs"] = timers.OrchestrationMs,
        ["timerSetUpSeconds"] = Math.Round(timers.SetUp.TotalSeconds, 1),
        ["timerDrainAfterWindowSeconds"] = Math.Round(timers.Drain.TotalSeconds, 1),
        ["totalSeconds"] = Math.Round(total.Elapsed.TotalSeconds, 1),
        ["commit"] = Environment.GetEnvironmentVariable("BENCH_COMMIT") ?? string.Empty,
    },
    Settings = new Dictionary<string, object>
    {
        ["warmUpSeconds"] = settings.WarmUp.TotalSeconds,
        ["windowSeconds"] = settings.Phase.TotalSeconds,
        ["latencyClients"] = settings.LatencyClients,
        ["instances"] = settings.Instances,
        ["seamInstances"] = settings.SeamInstances,
        ["instanceConcurrency"] = settings.InstanceConcurrency,
        ["timersPerInstance"] = settings.TimersPerInstance,
        ["timerWindowSeconds"] = settings.TimerWindow.TotalSeconds,
        ["timerLeadSeconds"] = settings.TimerLead.TotalSeconds,
    },
    Machine = Machine.Describe(loadBefore, Machine.LoadAverage()),
};

ResultsTable.Print(report);
Directory.CreateDirectory(Path.GetDirectoryName(settings.OutputPath)!);
await File.WriteAllTextAsync(settings.OutputPath, JsonSerializer.Serialize(report, new JsonSerializerOptions
{
    WriteIndented = true,
    Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file, not HTML: keep >= readable
    NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals, // NaN: a phase not run
}) + "\n");
Console.WriteLine($"Written {settings.OutputPath} in {total.Elapsed.TotalSeconds:F0} s.");
return targets.Values.All(v => v) ? 0 : 2;

static void Print(LatencyPhase.Result r) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"  p50 {r.Latency.P50} ms, p95 {r.Latency.P95} ms, p99 {r.Latency.P99} ms ({r.Samples} samples, {r.TimedOut} timed out, {r.Errors} errors); the seam's call alone p50 {r.Raise.P50} ms, p95 {r.Raise.P95} ms"));
