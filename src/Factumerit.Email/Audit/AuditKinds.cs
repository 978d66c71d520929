namespace Factumerit.Email.Audit;

/// <summary>The <see cref="AuditEvent.Kind"/> codes operators filter on.</summary>
public static class AuditKinds
{
    /// <summary>A persona handler ran (whatever it decided).</summary>
    public const string Handled = "handled";

    /// <summary>No route, or a <c>drop</c> route: recorded and discarded, never bounced.</summary>
    public const string Dropped = "dropped";

    /// <summary>A <c>forward</c> route, or an escalated thread, sent the message to a person.</summary>
    public const string Forwarded = "forwarded";

    /// <summary>Automated mail or our own address: no persona may answer it (RFC 3834).</summary>
    public const string SuppressedLoop = "suppressed_loop";

    /// <summary>The sender passed the route's daily limit.</summary>
    public const string RateLimited = "rate_limited";

    /// <summary>A handler asked to forward to an address the route does not configure.</summary>
    public const string ForwardRefused = "forward_refused";

    /// <summary>A handler handed the thread to a human.</summary>
    public const string Escalated = "escalated";

    /// <summary>Processing failed; the message is retried by the queue.</summary>
    public const string Failed = "failed";

    /// <summary>Resend accepted an outgoing email.</summary>
    public const string Sent = "sent";

    /// <summary>Development mode: an outgoing email was kept in the local outbox instead of sent.</summary>
    public const string RecordedLocally = "recorded_locally";
}
