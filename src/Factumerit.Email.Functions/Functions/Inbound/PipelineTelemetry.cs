using System.Diagnostics;

namespace Factumerit.Email.Functions.Functions.Inbound;

/// <summary>The app's one <see cref="ActivitySource"/>; queue work continues the trace its message was queued in.</summary>
internal static class PipelineTelemetry
{
    public static readonly ActivitySource Source = new("Factumerit.Email");

    /// <summary>A consumer span under the W3C <paramref name="traceParent"/> the producer put in the message, if any.</summary>
    public static Activity? StartConsumer(string name, string? traceParent) =>
        ActivityContext.TryParse(traceParent, null, out var parent)
            ? Source.StartActivity(name, ActivityKind.Consumer, parent)
            : Source.StartActivity(name, ActivityKind.Consumer);

    /// <summary>Marks the span failed with the exception type; the caller rethrows.</summary>
    public static void Fail(Activity? activity, Exception exception)
    {
        activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        activity?.AddException(exception);
    }
}
