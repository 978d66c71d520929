using System.ComponentModel.DataAnnotations;

namespace Factumerit.Email.Functions.Hosting.Standalone;

/// <summary>
/// Settings of the standalone queue listeners (configuration section <c>Queues</c>). The defaults follow the
/// Functions host's queue extension where it has one, so both hosting modes treat a message the same way.
/// </summary>
public sealed class StandaloneQueueOptions : IValidatableObject
{
    public const string SectionName = "Queues";

    /// <summary>Most messages one listener processes at once, and most it receives per request (host default 16).</summary>
    [Range(1, 32)]
    public int BatchSize { get; set; } = 16;

    /// <summary>
    /// Deliveries before a message is moved to <c>&lt;queue&gt;-poison</c> (host default 5): after the last failed
    /// delivery, or on arrival when a delivery was lost (a crash), the message is moved instead of run again.
    /// </summary>
    [Range(1, 1000)]
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>
    /// The lease: how long a received message stays hidden from other instances. It is renewed every half lease
    /// while the function runs, so it bounds how long a crashed instance delays the message, not how long work may take.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a failed message stays hidden before its next delivery. The host's default is 0; a few seconds
    /// lets a brief outage of a dependency pass before the message burns another of its deliveries.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>First wait after an empty receive; it doubles on each further empty receive.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan MinPollingInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Longest wait between receives on an idle queue, and the wait after a failed receive.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MinPollingInterval > MaxPollingInterval)
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(MinPollingInterval)} must not exceed {SectionName}:{nameof(MaxPollingInterval)}.",
                [nameof(MinPollingInterval), nameof(MaxPollingInterval)]);
        }
    }
}
