namespace Factumerit.Email.Storage.Stores.Outbox;

/// <summary>Where an outbox email stands.</summary>
public static class OutboxStatus
{
    /// <summary>Waiting for <c>outbound-sender</c>.</summary>
    public const string Queued = "queued";

    /// <summary>Resend accepted it; <see cref="OutboxItem.ResendId"/> is its id.</summary>
    public const string Sent = "sent";

    /// <summary>Development mode (no <c>Resend__ApiKey</c>): kept here instead of sent; <c>factumerit outbox list</c> shows it.</summary>
    public const string RecordedLocally = "recorded_locally";

    public static bool IsFinal(string status) => status is Sent or RecordedLocally;
}
