using System.Globalization;

namespace Factumerit.Email.Storage.Queues;

/// <summary>
/// The service takes whole seconds. Delays are rounded up, so a message never becomes visible earlier than asked.
/// </summary>
internal static class QueueDurations
{
    public static readonly TimeSpan MaxVisibilityTimeout = TimeSpan.FromDays(7);

    /// <summary>The wire value meaning "never expires".</summary>
    public const string NeverExpires = "-1";

    public static long VisibilitySeconds(TimeSpan value, TimeSpan minimum, string paramName)
    {
        if (value < minimum || value > MaxVisibilityTimeout)
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                $"Visibility timeout must be between {minimum.TotalSeconds:0} seconds and 7 days; " +
                "for a longer delay, re-send the message when it becomes visible.");
        }
        return (long)Math.Ceiling(value.TotalSeconds);
    }

    /// <summary>
    /// Null, <see cref="Timeout.InfiniteTimeSpan"/> or -1 s mean "never expires"; otherwise at least one second.
    /// </summary>
    public static string TimeToLive(TimeSpan? value, long visibilitySeconds, string paramName)
    {
        if (value is null || value == Timeout.InfiniteTimeSpan || value == TimeSpan.FromSeconds(-1))
        {
            return NeverExpires;
        }
        var seconds = (long)Math.Ceiling(value.Value.TotalSeconds);
        if (seconds < 1)
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                "Time to live must be at least one second, or -1 second for a message that never expires.");
        }
        if (visibilitySeconds >= seconds)
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                "Time to live must be longer than the visibility delay, or the message would expire before it is seen.");
        }
        return seconds.ToString(CultureInfo.InvariantCulture);
    }
}
