using Azure;
using Factumerit.Email.Scheduling;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Storage.Scheduler;

/// <summary>
/// <see cref="IScheduler"/> on the Schedules table and the timers queue. The row is written first, then the timer is
/// sent; a send that fails is logged and left to the sweep, so the caller never schedules twice by retrying.
/// </summary>
internal sealed class DurableScheduler(
    ScheduleStore store,
    TimerQueue timers,
    ScheduledActionCatalog actions,
    TimeProvider time,
    ILogger<DurableScheduler> logger) : IScheduler
{
    /// <summary>A 412 means someone else changed the row; re-read and decide again, a few times.</summary>
    private const int MaxCancelTries = 5;

    public async Task<string> ScheduleAsync(string subjectKey, string action, DateTimeOffset dueAt, string? payload = null,
        string? dedupeKey = null, CancellationToken cancellationToken = default)
    {
        Validate(subjectKey, action, payload, dedupeKey);
        var now = time.GetUtcNow();
        var id = dedupeKey is null ? ScheduleKeys.NewId(now) : ScheduleKeys.DedupeId(subjectKey, action, dedupeKey);
        if (dedupeKey is not null && await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not null)
        {
            Log.Deduplicated(logger, id, action);
            return id;
        }

        var schedule = new ScheduleEntity
        {
            PartitionKey = ScheduleKeys.SchedulePartition(id),
            Id = id,
            SubjectKey = subjectKey,
            Action = action,
            DueAt = dueAt,
            Payload = payload,
            Status = ScheduleStatus.Pending,
            CreatedAt = now,
        };
        if (!await store.CreateAsync(schedule, dueAt > now ? dueAt : now, now, cancellationToken).ConfigureAwait(false))
        {
            Log.Deduplicated(logger, id, action);
            return id;
        }
        try
        {
            await timers.SendAsync(id, dueAt, dueAt, now, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            Log.TimerSendFailed(logger, ex, id, action);
        }
        Log.Scheduled(logger, id, action, dueAt);
        return id;
    }

    public async Task<bool> CancelAsync(string scheduleId, CancellationToken cancellationToken = default)
    {
        ScheduleKeys.ValidateId(scheduleId, nameof(scheduleId));
        return await CancelCoreAsync(scheduleId, subjectKey: null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> CancelSubjectAsync(string subjectKey, string? action = null, CancellationToken cancellationToken = default)
    {
        ScheduleLimits.ValidateSubjectKey(subjectKey, nameof(subjectKey));
        if (action is not null)
        {
            ScheduleLimits.ValidateActionName(action, nameof(action));
        }
        var cancelled = 0;
        await foreach (var index in store.QuerySubjectAsync(subjectKey, action, cancellationToken).ConfigureAwait(false))
        {
            if (await CancelCoreAsync(index.ScheduleId, subjectKey, cancellationToken).ConfigureAwait(false))
            {
                cancelled++;
            }
        }
        return cancelled;
    }

    public async Task<ScheduleState?> GetAsync(string scheduleId, CancellationToken cancellationToken = default)
    {
        ScheduleKeys.ValidateId(scheduleId, nameof(scheduleId));
        var schedule = await store.GetAsync(scheduleId, cancellationToken).ConfigureAwait(false);
        return schedule?.ToState();
    }

    private async Task<bool> CancelCoreAsync(string id, string? subjectKey, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var schedule = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
            // A subject-index row can outlive or precede its schedule, and two subjects could share a hash.
            if (schedule is null || (subjectKey is not null && schedule.SubjectKey != subjectKey))
            {
                return false;
            }
            if (schedule.Status != ScheduleStatus.Pending)
            {
                if (schedule.IsFinished)
                {
                    await store.DeleteIndexesAsync(schedule).ConfigureAwait(false);
                }
                return false;
            }
            schedule.Status = ScheduleStatus.Cancelled;
            schedule.CompletedAt = time.GetUtcNow();
            if (await store.TryReplaceAsync(schedule, cancellationToken).ConfigureAwait(false))
            {
                Log.Cancelled(logger, id, schedule.Action);
                await store.DeleteIndexesAsync(schedule).ConfigureAwait(false);
                return true;
            }
            if (attempt == MaxCancelTries)
            {
                throw new InvalidOperationException($"Schedule {id} kept changing while it was being cancelled; try again.");
            }
        }
    }

    private void Validate(string subjectKey, string action, string? payload, string? dedupeKey)
    {
        ScheduleLimits.ValidateSubjectKey(subjectKey, nameof(subjectKey));
        ScheduleLimits.ValidateActionName(action, nameof(action));
        if (!actions.Contains(action))
        {
            throw new ArgumentException($"No handler is registered for scheduled action '{action}'.", nameof(action));
        }
        if (payload is { Length: > ScheduleLimits.MaxPayloadChars })
        {
            throw new ArgumentException($"The payload is {payload.Length} characters; at most {ScheduleLimits.MaxPayloadChars} are allowed.", nameof(payload));
        }
        if (dedupeKey is not null && (dedupeKey.Length is 0 or > ScheduleLimits.MaxDedupeKeyChars))
        {
            throw new ArgumentException($"The dedupe key must be 1-{ScheduleLimits.MaxDedupeKeyChars} characters.", nameof(dedupeKey));
        }
    }
}
