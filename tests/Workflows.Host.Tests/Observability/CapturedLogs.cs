using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Workflows.Host.Tests.Observability;

/// <summary>
/// A logger provider that keeps every line the host writes, as a sink would store it: category, message, every
/// state value, every scope value and the exception with its stack.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    /// <summary>The lines with an exception, for a failing test's message.</summary>
    public string Exceptions() => string.Join(Environment.NewLine, _lines.Where(l => l.Contains("Exception", StringComparison.Ordinal)).Take(5));

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"{logLevel} {category}[{eventId.Id}] {formatter(state, exception)}");
            Append(line, state);
            owner._scopes.ForEachScope((scope, builder) => Append(builder.Append(" scope:"), scope), line);
            if (exception is not null)
            {
                line.Append(' ').Append(exception);
            }

            owner._lines.Enqueue(line.ToString());
        }

        private static void Append(StringBuilder line, object? value)
        {
            if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var (key, item) in pairs)
                {
                    line.Append(' ').Append(key).Append('=').Append(item);
                }
            }
            else
            {
                line.Append(' ').Append(value);
            }
        }
    }
}
