using System.ComponentModel.DataAnnotations;
using Factumerit.Email.Storage.Queues;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Scheduler;

/// <summary>Settings of the durable scheduler (configuration section <c>Scheduler</c>).</summary>
public sealed class SchedulerOptions : IValidatableObject
{
    public const string SectionName = "Scheduler";
    public const string DefaultQueueName = "timers";
    public const string DefaultTableName = "Schedules";

    /// <summary>The queue carrying timer messages; it must be the queue the <c>timers</c> function reads.</summary>
    public string QueueName { get; set; } = DefaultQueueName;

    public string TableName { get; set; } = DefaultTableName;

    /// <summary>
    /// Longest visibility delay of one timer message. The service allows 7 days; the margin keeps a delay computed a
    /// little early (clock skew, rounding up to whole seconds) inside that limit.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxHop { get; set; } = TimeSpan.FromDays(7) - TimeSpan.FromHours(1);

    /// <summary>
    /// How long a due schedule may sit quiet (no claim, no re-drive) before the sweep takes its message for lost.
    /// Longer than the queue's retry delay and listener lease, so a message merely in flight is not sent twice.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan SweepGrace { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a claim holds. A worker that dies mid-run is taken over after it; a handler that runs longer than this
    /// may run twice, so keep it well above the slowest handler.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RunningLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Claims after which the sweep stops re-driving a schedule. It matches the queue's deliveries before poison, so a
    /// handler that keeps failing ends in <c>timers-poison</c> instead of being re-sent forever; replaying the poison
    /// message retries it.
    /// </summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Index rows read per sweep query page.</summary>
    [Range(1, 1000)]
    public int SweepPageSize { get; set; } = 100;

    /// <summary>Most schedules one sweep run looks at; the rest wait for the next run.</summary>
    [Range(1, 100_000)]
    public int SweepMaxItems { get; set; } = 500;

    /// <summary>Most day buckets one sweep run reads, starting at the oldest that may still hold work.</summary>
    [Range(1, 366)]
    public int SweepMaxDays { get; set; } = 31;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var problems = new List<ValidationResult>();
        Check(problems, nameof(QueueName), () => Queues.QueueName.Validate(QueueName, nameof(QueueName)));
        Check(problems, nameof(TableName), () => TableValidation.TableName(TableName, nameof(TableName)));
        return problems;
    }

    private static void Check(List<ValidationResult> problems, string member, Action validate)
    {
        try
        {
            validate();
        }
        catch (ArgumentException ex)
        {
            problems.Add(new ValidationResult($"{SectionName}:{member}: {ex.Message}", [member]));
        }
    }
}
