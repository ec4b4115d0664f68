using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Workflows.Bench;

// The benchmark console: see bench/README.md. Runs against Azurite (AZURITE_CONNECTION_STRING), prints a
// table and writes bench/results/latest.json. Every figure is measured in this run.
var settings = BenchSettings.FromArgs(args);
#if DEBUG
await Console.Error.WriteLineAsync("warning: this is a Debug build; measure with `dotnet run -c Release --project bench/Workflows.Bench`.");
#endif
var loadBefore = Machine.LoadAverage();
var total = Stopwatch.StartNew();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Workflows bench: {settings.Concurrency} clients, warm-up {settings.WarmUp.TotalSeconds} s, window {settings.Phase.TotalSeconds} s; load average {loadBefore}"));

var skipped = new ClosedLoop.Rate(double.NaN, 0, 0, TimeSpan.Zero, double.NaN);
var ceiling = skipped;
if (settings.Runs("ceiling"))
{
    Console.WriteLine("1/4 raw ceiling (entity-group transaction + enqueue)...");
    ceiling = await CeilingPhase.RunAsync(settings);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ceiling.PerSecond:F0}/s ({ceiling.Operations} ops, {ceiling.Errors} errors); CPU ms per op: bench {ceiling.CpuMsPerOperation.Bench}, Azurite {ceiling.CpuMsPerOperation.Azurite}"));
}

var engine = skipped;
var engineDispatching = skipped;
if (settings.Runs("engine"))
{
    Console.WriteLine("2/4 engine transitions (event -> state + custom status + one e-mail), e-mails left in the queue...");
    engine = await ThroughputPhase.RunAsync(settings, dispatching: false);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {engine.PerSecond:F0}/s ({engine.Operations} transitions, {engine.Errors} errors); CPU ms per transition: bench {engine.CpuMsPerOperation.Bench}, Azurite {engine.CpuMsPerOperation.Azurite}"));
    Console.WriteLine("    the same with the local workers dispatching every e-mail meanwhile...");
    engineDispatching = await ThroughputPhase.RunAsync(settings, dispatching: true);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {engineDispatching.PerSecond:F0}/s ({engineDispatching.Operations} transitions, {engineDispatching.Errors} errors), e-mails dispatched meanwhile {engineDispatching.AlongsidePerSecond:F0}/s; CPU ms per transition: bench {engineDispatching.CpuMsPerOperation.Bench}, Azurite {engineDispatching.CpuMsPerOperation.Azurite}"));
}

var latency = new LatencyPhase.Result(LatencySummary.From([]), LatencySummary.From([]), 0, 0, double.NaN);
if (settings.Runs("latency"))
{
    Console.WriteLine($"3/4 event -> e-mail dispatched latency, {settings.LatencyClients} clients...");
    latency = await LatencyPhase.RunAsync(settings);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  p50 {latency.Latency.P50} ms, p95 {latency.Latency.P95} ms, p99 {latency.Latency.P99} ms ({latency.Samples} samples, {latency.TimedOut} timed out); the event call alone p50 {latency.Raise.P50} ms, p95 {latency.Raise.P95} ms"));
}

var timers = new TimerPhase.Result(LatencySummary.From([]), 0, double.NaN, TimeSpan.Zero, TimeSpan.Zero);
if (settings.Runs("timers"))
{
    Console.WriteLine($"4/4 {settings.Timers} durable timers due within {settings.TimerWindow.TotalSeconds} s...");
    timers = await TimerPhase.RunAsync(settings);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  fired {timers.Fired}; lateness p50 {timers.Lateness.P50} ms, p95 {timers.Lateness.P95} ms, p99 {timers.Lateness.P99} ms, max {timers.MaxMs} ms"));
}

var ratio = engine.PerSecond / ceiling.PerSecond;

// With the e-mails dispatched meanwhile, what the engine sustains is the slower of the two rates.
var sustained = Math.Min(engineDispatching.PerSecond, engineDispatching.AlongsidePerSecond);
var targets = new Dictionary<string, bool>
{
    ["ratio>=0.5"] = ratio >= 0.5,
    ["eventToDispatchMs.p95<=1000"] = latency.Latency.P95 <= 1000 && latency.TimedOut == 0,
    ["timerLatenessMs.p99<=5000"] = timers.Lateness.P99 <= 5000 && timers.Fired == settings.Timers,
};
var report = new BenchReport
{
    CeilingPerSecond = Math.Round(ceiling.PerSecond, 1),
    EnginePerSecond = Math.Round(engine.PerSecond, 1),
    Ratio = Math.Round(ratio, 3),
    // The eight contract keys above; targets, details, settings and machine are context.
    EventToDispatchMs = latency.Latency,
    TimerLatenessMs = timers.Lateness,
    Timers = settings.Timers,
    PeakRssMb = Machine.PeakRssMb(),
    Targets = targets,
    Details = new Dictionary<string, object>
    {
        ["ceilingOperations"] = ceiling.Operations,
        ["ceilingErrors"] = ceiling.Errors,
        ["engineTransitions"] = engine.Operations,
        ["engineErrors"] = engine.Errors + engineDispatching.Errors,
        ["engineWithDispatchTransitionsPerSecond"] = Math.Round(engineDispatching.PerSecond, 1),
        ["engineWithDispatchEmailsPerSecond"] = Math.Round(engineDispatching.AlongsidePerSecond, 1),
        ["engineWithDispatchPerSecond"] = Math.Round(sustained, 1),
        ["ratioWithDispatch"] = Math.Round(sustained / ceiling.PerSecond, 3),
        ["cpuMsPerOperation"] = new Dictionary<string, object>
        {
            ["ceilingBench"] = ceiling.CpuMsPerOperation.Bench,
            ["ceilingAzurite"] = ceiling.CpuMsPerOperation.Azurite,
            ["engineBench"] = engine.CpuMsPerOperation.Bench,
            ["engineAzurite"] = engine.CpuMsPerOperation.Azurite,
            ["engineWithDispatchBench"] = engineDispatching.CpuMsPerOperation.Bench,
            ["engineWithDispatchAzurite"] = engineDispatching.CpuMsPerOperation.Azurite,
        },
        ["eventToDispatchSamples"] = latency.Samples,
        ["eventCallMs"] = latency.Raise,
        ["eventToDispatchTimedOut"] = latency.TimedOut,
        ["timersFired"] = timers.Fired,
        ["timerLatenessMaxMs"] = timers.MaxMs,
        ["timerSetUpSeconds"] = Math.Round(timers.SetUp.TotalSeconds, 1),
        ["timerDrainAfterWindowSeconds"] = Math.Round(timers.Drain.TotalSeconds, 1),
        ["totalSeconds"] = Math.Round(total.Elapsed.TotalSeconds, 1),
        ["commit"] = Environment.GetEnvironmentVariable("BENCH_COMMIT") ?? string.Empty,
    },
    Settings = new Dictionary<string, object>
    {
        ["concurrency"] = settings.Concurrency,
        ["warmUpSeconds"] = settings.WarmUp.TotalSeconds,
        ["windowSeconds"] = settings.Phase.TotalSeconds,
        ["latencyClients"] = settings.LatencyClients,
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
