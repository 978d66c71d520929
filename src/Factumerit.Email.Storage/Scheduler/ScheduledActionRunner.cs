using Factumerit.Email.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Scheduler;

/// <summary>
/// Handles one delivery of a timer message: hops while the schedule is not due, and when it is, claims it
/// (Pending → Running under the row's ETag, so of concurrent deliveries exactly one wins), runs its handler in a fresh
/// scope, and marks it Done under the claim's ETag.
/// </summary>
/// <remarks>
/// Exactly once in effect means: one claim per run and one Done mark. A worker that dies after the handler succeeded
/// but before the Done mark leaves the claim to expire, and the schedule runs again with the same id; so handlers must
/// be idempotent on <see cref="ScheduledAction.Id"/>. A handler that throws puts the schedule back to Pending and the
/// exception propagates, so the queue retries the message and finally poisons it.
/// </remarks>
public sealed class ScheduledActionRunner
{
    private readonly ScheduleStore _store;
    private readonly TimerQueue _timers;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lease;
    private readonly ILogger _logger;

    internal ScheduledActionRunner(ScheduleStore store, TimerQueue timers, IServiceScopeFactory scopes, TimeProvider time,
        IOptions<SchedulerOptions> options, ILogger<ScheduledActionRunner> logger)
    {
        (_store, _timers, _scopes, _time, _logger) = (store, timers, scopes, time, logger);
        _lease = options.Value.RunningLease;
    }

    /// <exception cref="UnknownScheduledActionException">The schedule's action has no handler here.</exception>
    public async Task<TimerOutcome> FireAsync(TimerMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ScheduleKeys.ValidateId(message.Id, nameof(message));
        var schedule = await _store.GetAsync(message.Id, cancellationToken).ConfigureAwait(false);
        if (schedule is null || schedule.IsFinished)
        {
            Log.Skipped(_logger, message.Id, schedule is null ? "unknown" : schedule.Status.ToString());
            return schedule is null ? TimerOutcome.NotFound : TimerOutcome.Finished;
        }

        var now = _time.GetUtcNow();
        if (schedule.DueAt > now)
        {
            var delay = await _timers.SendAsync(schedule.Id, schedule.DueAt, schedule.DueAt, now, cancellationToken).ConfigureAwait(false);
            Log.Hopped(_logger, schedule.Id, delay);
            return TimerOutcome.Hopped;
        }
        if (schedule is { Status: ScheduleStatus.Running, LeaseUntil: { } leaseUntil } && leaseUntil > now)
        {
            await _timers.SendAsync(schedule.Id, schedule.DueAt, leaseUntil, now, cancellationToken).ConfigureAwait(false);
            Log.Busy(_logger, schedule.Id, leaseUntil);
            return TimerOutcome.Busy;
        }

        await using var scope = _scopes.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetKeyedService<IScheduledActionHandler>(schedule.Action);
        if (handler is null)
        {
            var unknown = new UnknownScheduledActionException(schedule.Action);
            await RecordFailureAsync(schedule, now, unknown).ConfigureAwait(false);
            throw unknown;
        }

        schedule.Status = ScheduleStatus.Running;
        schedule.Attempts++;
        schedule.LastAttemptAt = now;
        schedule.LeaseUntil = now + _lease;
        if (!await _store.TryReplaceAsync(schedule, cancellationToken).ConfigureAwait(false))
        {
            Log.ClaimLost(_logger, schedule.Id);
            return TimerOutcome.ClaimLost;
        }

        Log.Running(_logger, schedule.Id, schedule.Action, schedule.Attempts);
        try
        {
            await handler.HandleAsync(schedule.ToAction(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            var stopped = ex is OperationCanceledException && cancellationToken.IsCancellationRequested;
            await ReleaseAsync(schedule, stopped ? null : ex).ConfigureAwait(false);
            throw;
        }
        await CompleteAsync(schedule).ConfigureAwait(false);
        return TimerOutcome.Fired;
    }

    /// <summary>Done is written even during shutdown: the work is done, and leaving it unmarked would repeat it.</summary>
    private async Task CompleteAsync(ScheduleEntity schedule)
    {
        schedule.Status = ScheduleStatus.Done;
        schedule.CompletedAt = _time.GetUtcNow();
        schedule.LeaseUntil = null;
        if (await _store.TryReplaceAsync(schedule, CancellationToken.None).ConfigureAwait(false))
        {
            Log.Completed(_logger, schedule.Id, schedule.Action);
            await _store.DeleteIndexesAsync(schedule).ConfigureAwait(false);
        }
        else
        {
            // Our claim ran out and another worker took the schedule over; it will mark it Done.
            Log.CompletionLost(_logger, schedule.Id);
        }
    }

    /// <summary>
    /// Makes a failed or interrupted run claimable again at once. If this write fails too, the claim simply expires
    /// and the schedule is taken over then, so the handler's exception is what propagates.
    /// </summary>
    private async Task ReleaseAsync(ScheduleEntity schedule, Exception? failure)
    {
        schedule.Status = ScheduleStatus.Pending;
        schedule.LeaseUntil = null;
        if (failure is not null)
        {
            schedule.LastFailure = failure.GetType().FullName;
            Log.HandlerFailed(_logger, failure, schedule.Id, schedule.Action, schedule.Attempts);
        }
        else
        {
            Log.Interrupted(_logger, schedule.Id, schedule.Action);
        }
        await TryWriteAsync(schedule).ConfigureAwait(false);
    }

    /// <summary>Counts a run that could not start, so the sweep gives up on it after the last attempt.</summary>
    private async Task RecordFailureAsync(ScheduleEntity schedule, DateTimeOffset now, Exception failure)
    {
        schedule.Attempts++;
        schedule.LastAttemptAt = now;
        schedule.LastFailure = failure.GetType().FullName;
        Log.HandlerFailed(_logger, failure, schedule.Id, schedule.Action, schedule.Attempts);
        await TryWriteAsync(schedule).ConfigureAwait(false);
    }

    private async Task TryWriteAsync(ScheduleEntity schedule)
    {
        try
        {
            if (!await _store.TryReplaceAsync(schedule, CancellationToken.None).ConfigureAwait(false))
            {
                Log.ReleaseFailed(_logger, null, schedule.Id);
            }
        }
        catch (Exception ex)
        {
            Log.ReleaseFailed(_logger, ex, schedule.Id);
        }
    }
}
