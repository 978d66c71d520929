using System.Text.Json;

namespace Factumerit.Email.Functions.Hosting.CustomHandler;

/// <summary>Turns a host invocation into the invocation records our functions take.</summary>
internal static class InvocationReader
{
    /// <summary>The trigger binding names written into function.json.</summary>
    public const string QueueBinding = "message";
    public const string TimerBinding = "timer";

    /// <exception cref="InvalidInvocationException">The payload has no usable queue item.</exception>
    public static QueueInvocation ReadQueue(string functionName, InvocationRequest request)
    {
        var item = request.TriggerValue(QueueBinding);
        var text = InvocationValues.Text(item)
            ?? throw new InvalidInvocationException($"The queue item for '{functionName}' is null.");
        var metadata = request.Metadata;
        return new QueueInvocation(
            functionName,
            text,
            InvocationValues.Text(InvocationRequest.Property(metadata, "Id")),
            InvocationValues.Int64(InvocationRequest.Property(metadata, "DequeueCount")) ?? 1,
            InvocationValues.Timestamp(InvocationRequest.Property(metadata, "InsertionTime")));
    }

    /// <summary>The host says when it fired in Metadata.sys.UtcNow; <paramref name="now"/> stands in when it does not.</summary>
    public static TimerInvocation ReadTimer(string functionName, InvocationRequest request, DateTimeOffset now)
    {
        var info = InvocationValues.Object(request.TriggerValue(TimerBinding))
            ?? throw new InvalidInvocationException($"The timer info for '{functionName}' is not an object.");
        var sys = InvocationRequest.Property(request.Metadata, "sys") is { } s ? InvocationValues.Object(s) : null;
        var firedAt = InvocationValues.Timestamp(sys is { } found ? InvocationRequest.Property(found, "UtcNow") : null) ?? now;
        var isPastDue = InvocationValues.Boolean(InvocationRequest.Property(info, "IsPastDue")) ?? false;
        return new TimerInvocation(functionName, firedAt, isPastDue);
    }
}
