using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Workflows.Host.Tests.Web;

/// <summary>
/// The host as <c>./scripts/run.sh</c> starts it: Development, build output (not a publish folder), with every log
/// line the console would print kept in <see cref="Lines"/>.
/// </summary>
public sealed class RunCommandFixture : WebFixture
{
    /// <summary>The log lines that passed the host's filters, in order: category and message.</summary>
    public ConcurrentQueue<(string Category, string Message)> Lines { get; } = new();

    protected override string EnvironmentName => "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(new LineCapture(Lines)));
    }

    private sealed class LineCapture(ConcurrentQueue<(string Category, string Message)> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<(string Category, string Message)> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue((category, formatter(state, exception)));
        }
    }
}
