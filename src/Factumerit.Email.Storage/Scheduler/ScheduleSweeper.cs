using Factumerit.Email.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Scheduler;

/// <summary>
/// Re-drives schedules whose timer message was lost: a send that failed after the row was written, a message deleted
/// by mistake, or a worker that died holding a claim. It reads the due-index day buckets from the sweep cursor up to
/// (now − <see cref="SchedulerOptions.SweepGrace"/>), within the per-run limits, and never scans the table.
/// </summary>
public sealed class ScheduleSweeper
{
    private readonly ScheduleStore _store;
    private readonly TimerQueue _timers;
    private readonly TimeProvider _time;
    private readonly SchedulerOptions _options;
    private readonly ILogger _logger;

    internal ScheduleSweeper(ScheduleStore store, TimerQueue timers, TimeProvider time, IOptions<SchedulerOptions> options,
        ILogger<ScheduleSweeper> logger)
    {
        (_store, _timers, _time, _logger) = (store, timers, time, logger);
        _options = options.Value;
    }

    private enum Verdict
    {
        Kept,
        Redriven,
        Cleaned,
    }

    public async Task<SweepResult> SweepAsync(CancellationToken cancellationToken = default)
    {
        var cursor = await _store.GetCursorAsync(cancellationToken).ConfigureAwait(false);
        if (cursor is null)
        {
            return SweepResult.Nothing;
        }
        var now = _time.GetUtcNow();
        var cutoff = now - _options.SweepGrace;
        var lastDay = ScheduleKeys.Day(cutoff);
        var day = ScheduleKeys.ParseDay(cursor.Day);
        var (examined, redriven, cleaned, full) = (0, 0, 0, false);
        var leadingEmpty = true;
        DateOnly? advanceTo = null;

        for (var read = 0; read < _options.SweepMaxDays && day <= lastDay && !full; read++, day = day.AddDays(1))
        {
            var kept = 0;
            var rows = await _store.QueryDueAsync(day, cutoff, _options.SweepPageSize, cancellationToken).ConfigureAwait(false);
            await foreach (var row in rows.ConfigureAwait(false))
            {
                if (examined == _options.SweepMaxItems)
                {
                    full = true;
                    break;
                }
                examined++;
                switch (await ExamineAsync(row, now, cutoff, cancellationToken).ConfigureAwait(false))
                {
                    case Verdict.Redriven: redriven++; break;
                    case Verdict.Cleaned: cleaned++; break;
                    default: kept++; break;
                }
            }
            // The cursor moves over the leading days that are wholly past and now empty.
            leadingEmpty = leadingEmpty && kept == 0 && !full && day < lastDay;
            if (leadingEmpty)
            {
                advanceTo = day.AddDays(1);
            }
        }

        if (advanceTo is { } next)
        {
            await _store.AdvanceCursorAsync(cursor, next, cancellationToken).ConfigureAwait(false);
        }
        var result = new SweepResult(examined, redriven, cleaned, full);
        Log.Swept(_logger, examined, redriven, cleaned, full);
        return result;
    }

    private async Task<Verdict> ExamineAsync(ScheduleIndexEntity row, DateTimeOffset now, DateTimeOffset cutoff,
        CancellationToken cancellationToken)
    {
        var schedule = await _store.GetAsync(row.ScheduleId, cancellationToken).ConfigureAwait(false);
        var current = schedule is not null && schedule.DuePartition == row.PartitionKey && schedule.DueRowKey == row.RowKey;
        if (schedule is null || !current || schedule.IsFinished)
        {
            await _store.DeleteIndexRowAsync(row, cancellationToken).ConfigureAwait(false);
            return Verdict.Cleaned;
        }

        var claimActive = schedule is { Status: ScheduleStatus.Running, LeaseUntil: { } until } && until > now;
        if (claimActive || Latest(schedule.DueAt, schedule.LastAttemptAt, schedule.RedrivenAt) > cutoff)
        {
            return Verdict.Kept;
        }
        if (schedule.Attempts >= _options.MaxAttempts)
        {
            // Its last message went to the poison queue; replaying that message is how an operator retries it.
            Log.GaveUp(_logger, schedule.Id, schedule.Action, schedule.Attempts);
            await _store.DeleteIndexRowAsync(row, cancellationToken).ConfigureAwait(false);
            return Verdict.Cleaned;
        }

        // The index row moves to now, so this schedule leaves the sweep's range until another grace has passed, and
        // the row is written under its ETag first, so sweeps on other instances do not send a second message.
        var stale = new ScheduleIndexEntity { PartitionKey = schedule.DuePartition, RowKey = schedule.DueRowKey };
        schedule.RedrivenAt = now;
        await _store.WriteDueIndexAsync(schedule, now, cancellationToken).ConfigureAwait(false);
        if (!await _store.TryReplaceAsync(schedule, cancellationToken).ConfigureAwait(false))
        {
            return Verdict.Kept;
        }
        await _store.DeleteIndexRowAsync(stale, cancellationToken).ConfigureAwait(false);
        await _timers.SendAsync(schedule.Id, schedule.DueAt, now, now, cancellationToken).ConfigureAwait(false);
        Log.Redriven(_logger, schedule.Id, schedule.Action, schedule.Status.ToString());
        return Verdict.Redriven;
    }

    private static DateTimeOffset Latest(DateTimeOffset first, DateTimeOffset? second, DateTimeOffset? third)
    {
        var latest = first;
        if (second > latest)
        {
            latest = second.Value;
        }
        if (third > latest)
        {
            latest = third.Value;
        }
        return latest;
    }
}
