using System.Threading.Channels;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Functions.Hosting.Timers;
using Factumerit.Email.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Factumerit.Email.Tests.Hosting;

public sealed class TimerRunnerTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 1, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _time = new(Start);
    private readonly ServiceCollection _services = new();
    private ServiceProvider? _provider;
    private TimerRunner? _runner;

    [Fact]
    public async Task Fires_at_each_occurrence_of_the_schedule()
    {
        var probe = new TimerProbe();
        var runner = Runner(services => services.AddSingleton(probe).AddTimerFunction<RecordingTimer>("every-five", "0 */5 * * * *"));
        await runner.StartAsync(default);

        await AdvanceAsync(TimeSpan.FromSeconds(299));
        var first = await probe.Runs.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        await AdvanceAsync(TimeSpan.FromMinutes(5));
        var second = await probe.Runs.Reader.ReadAsync().AsTask().WaitAsync(Patience);

        Assert.Equal(new TimerInvocation("every-five", Start.AddSeconds(-1).AddMinutes(5), false), first);
        Assert.Equal(new TimerInvocation("every-five", Start.AddSeconds(-1).AddMinutes(10), false), second);
    }

    [Fact]
    public async Task A_failing_run_is_logged_and_the_schedule_continues()
    {
        var probe = new TimerProbe { FailFirst = true };
        var logs = new ErrorCounter();
        var runner = Runner(services => services.AddSingleton(probe).AddTimerFunction<RecordingTimer>("flaky", "0 * * * * *"), logs);
        await runner.StartAsync(default);

        await AdvanceAsync(TimeSpan.FromSeconds(59));
        await probe.Runs.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        await AdvanceAsync(TimeSpan.FromMinutes(1));
        var second = await probe.Runs.Reader.ReadAsync().AsTask().WaitAsync(Patience);

        Assert.Equal(Start.AddSeconds(-1).AddMinutes(2), second.ScheduledFor);
        Assert.Equal(1, logs.Errors);
    }

    [Fact]
    public async Task A_long_run_is_never_overlapped_by_the_next_occurrence()
    {
        var probe = new TimerProbe { Hold = new TaskCompletionSource() };
        var runner = Runner(services => services.AddSingleton(probe).AddTimerFunction<RecordingTimer>("slow", "*/10 * * * * *"));
        await runner.StartAsync(default);

        await AdvanceAsync(TimeSpan.FromSeconds(9));
        var first = await probe.Runs.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        _time.Advance(TimeSpan.FromMinutes(1)); // six occurrences pass while the first run is still going
        Assert.Equal(0, _time.PendingTimers);
        probe.Hold.SetResult();

        await AdvanceAsync(TimeSpan.FromSeconds(10));
        var second = await probe.Runs.Reader.ReadAsync().AsTask().WaitAsync(Patience);

        Assert.Equal(1, probe.MaxConcurrent);
        Assert.Equal(first.ScheduledFor.AddMinutes(1).AddSeconds(10), second.ScheduledFor);
    }

    [Fact]
    public async Task Stops_when_the_host_stops()
    {
        var probe = new TimerProbe();
        var runner = Runner(services => services.AddSingleton(probe).AddTimerFunction<RecordingTimer>("t", "0 0 * * * *"));
        await runner.StartAsync(default);
        await WaitForTimerAsync();

        await runner.StopAsync(default).WaitAsync(Patience);

        Assert.True(runner.ExecuteTask!.IsCompletedSuccessfully);
    }

    private TimerRunner Runner(Action<IServiceCollection> configure, ILoggerProvider? logs = null)
    {
        configure(_services);
        _services.AddFunctionRegistry();
        _provider = _services.BuildServiceProvider();
        var factory = logs is null ? NullLoggerFactory.Instance : LoggerFactory.Create(b => b.AddProvider(logs));
        _runner = new TimerRunner(_provider.GetRequiredService<FunctionRegistry>(), _provider.GetRequiredService<IServiceScopeFactory>(),
            _time, factory.CreateLogger<TimerRunner>());
        return _runner;
    }

    private async Task WaitForTimerAsync()
    {
        // The runner parks on Task.Delay(…, TimeProvider); wait (in real time) until it has.
        var deadline = DateTime.UtcNow + Patience;
        while (_time.PendingTimers == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The runner never waited for its next occurrence.");
            await Task.Delay(5);
        }
    }

    /// <summary>Moves the clock exactly onto the next occurrence, so what the runner reads back is deterministic.</summary>
    private async Task AdvanceAsync(TimeSpan toNextOccurrence)
    {
        await WaitForTimerAsync();
        _time.Advance(toNextOccurrence);
    }

    public async ValueTask DisposeAsync()
    {
        if (_runner is not null)
        {
            await _runner.StopAsync(default);
            _runner.Dispose();
        }
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }

    private sealed class TimerProbe
    {
        private int _running;
        public Channel<TimerInvocation> Runs { get; } = Channel.CreateUnbounded<TimerInvocation>();
        public bool FailFirst { get; set; }
        public TaskCompletionSource? Hold { get; set; }
        public int MaxConcurrent { get; private set; }

        public async Task RunAsync(TimerInvocation invocation)
        {
            MaxConcurrent = Math.Max(MaxConcurrent, Interlocked.Increment(ref _running));
            try
            {
                Runs.Writer.TryWrite(invocation);
                if (Hold is { } hold)
                {
                    await hold.Task;
                }
                if (FailFirst)
                {
                    FailFirst = false;
                    throw new InvalidOperationException("first run fails");
                }
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }
    }

    private sealed class RecordingTimer(TimerProbe probe) : ITimerFunction
    {
        public Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken) => probe.RunAsync(invocation);
    }

    private sealed class ErrorCounter : ILoggerProvider, ILogger
    {
        private int _errors;
        public int Errors => _errors;
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error && exception is not null)
            {
                Interlocked.Increment(ref _errors);
            }
        }

        public void Dispose()
        {
        }
    }
}
