using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.IntegrationTests.Inbound;

/// <summary>Keeps the host's warnings and errors, so a test that times out can say what went wrong inside.</summary>
internal sealed class HostLog : ILoggerProvider
{
    public ConcurrentQueue<string> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    public override string ToString() => string.Join(Environment.NewLine, Entries.TakeLast(40));

    private sealed class Logger(HostLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning || (logLevel >= LogLevel.Information && category.StartsWith("Factumerit", StringComparison.Ordinal));

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
