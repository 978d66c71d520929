using System.Diagnostics;
using Factumerit.Email.Telemetry;

namespace Factumerit.Email.Functions.Functions.Inbound;

/// <summary>Queue work continues the trace its message was queued in, on the app's one <see cref="ActivitySource"/>.</summary>
internal static class PipelineTelemetry
{
    /// <summary>A consumer span under the W3C <paramref name="traceParent"/> the producer put in the message, if any.</summary>
    public static Activity? StartConsumer(string name, string? traceParent) =>
        ActivityContext.TryParse(traceParent, null, out var parent)
            ? EmailTelemetry.Source.StartActivity(name, ActivityKind.Consumer, parent)
            : EmailTelemetry.Source.StartActivity(name, ActivityKind.Consumer);

    /// <summary>Marks the span failed with the exception type; the caller rethrows.</summary>
    public static void Fail(Activity? activity, Exception exception) => activity.RecordFailure(exception);
}
