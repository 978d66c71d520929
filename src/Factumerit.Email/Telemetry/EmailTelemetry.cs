using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Factumerit.Email.Telemetry;

/// <summary>
/// The one <see cref="ActivitySource"/> and <see cref="Meter"/> of the application, both named
/// <c>Factumerit.Email</c>: a span per pipeline stage (receive, route, handle, classify, draft, send) and the
/// counters that make cost visible (LLM tokens, Gmail quota units, storage transactions).
/// </summary>
public static class EmailTelemetry
{
    public const string Name = "Factumerit.Email";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Marks <paramref name="activity"/> failed with <paramref name="exception"/>; the caller rethrows.</summary>
    public static void RecordFailure(this Activity? activity, Exception exception)
    {
        if (activity is null)
        {
            return;
        }
        activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        activity.AddException(exception);
    }
}
