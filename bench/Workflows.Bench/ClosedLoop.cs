using System.Diagnostics;

namespace Workflows.Bench;

/// <summary>
/// Runs <c>workers</c> clients, each repeating one operation as soon as the previous one finished, and counts
/// the operations that completed inside the measured window (after the warm-up).
/// </summary>
internal static class ClosedLoop
{
    /// <summary>
    /// The result of a run: operations per second in the window, failed operations, and the rate of a counter
    /// watched alongside (e.g. e-mails dispatched in the background) in the same window.
    /// </summary>
    public sealed record Rate(double PerSecond, long Operations, long Errors, TimeSpan Window, double AlongsidePerSecond)
    {
        /// <summary>CPU ms per operation in the window, of this process and of Azurite (NaN when not known).</summary>
        public (double Bench, double Azurite) CpuMsPerOperation { get; init; } = (double.NaN, double.NaN);
    }

    /// <param name="workers">Concurrent clients.</param>
    /// <param name="operation">One operation of client <c>worker</c>; <c>inWindow</c> tells whether it started inside the measured window. Returns false to not count it.</param>
    /// <param name="warmUp">Run, not measured.</param>
    /// <param name="window">Measured.</param>
    /// <param name="alongside">A counter whose rate in the window is reported too.</param>
    /// <param name="edges">Called when the window opens (true) and closes (false).</param>
    public static async Task<Rate> RunAsync(int workers, Func<int, bool, Task<bool>> operation, TimeSpan warmUp, TimeSpan window, Func<long>? alongside = null, Action<bool>? edges = null)
    {
        long done = 0;
        long errors = 0;
        var stage = 0; // 0 warm-up, 1 measured window, 2 stopping
        var tasks = Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            while (Volatile.Read(ref stage) < 2)
            {
                try
                {
                    if (await operation(w, Volatile.Read(ref stage) == 1))
                    {
                        Interlocked.Increment(ref done);
                    }
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    if (Interlocked.Increment(ref errors) <= 3)
                    {
                        await Console.Error.WriteLineAsync($"  operation failed: {ex.GetType().Name}: {ex.Message}");
                    }
                }
            }
        })).ToList();

        await Task.Delay(warmUp);
        var startCount = Interlocked.Read(ref done);
        var startErrors = Interlocked.Read(ref errors);
        var startAlongside = alongside?.Invoke() ?? 0;
        edges?.Invoke(true);
        var cpuStart = CpuTime.Now();
        var started = Stopwatch.GetTimestamp();
        Volatile.Write(ref stage, 1);
        await Task.Delay(window);
        Volatile.Write(ref stage, 2);
        var cpuEnd = CpuTime.Now();
        edges?.Invoke(false);
        var endCount = Interlocked.Read(ref done);
        var endAlongside = alongside?.Invoke() ?? 0;
        var elapsed = Stopwatch.GetElapsedTime(started);
        await Task.WhenAll(tasks);
        var operations = endCount - startCount;
        var seconds = elapsed.TotalSeconds;
        return new Rate(operations / seconds, operations, Interlocked.Read(ref errors) - startErrors, elapsed, (endAlongside - startAlongside) / seconds)
        {
            CpuMsPerOperation = CpuTime.PerOperation(cpuStart, cpuEnd, operations),
        };
    }
}
