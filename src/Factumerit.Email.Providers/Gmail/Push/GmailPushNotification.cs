namespace Factumerit.Email.Providers.Gmail.Push;

/// <summary>
/// A Gmail change notification delivered by Pub/Sub push. Sync from the stored history id, not from
/// <see cref="HistoryId"/>; notifications can repeat and arrive out of order.
/// </summary>
public sealed record GmailPushNotification(
    string EmailAddress,
    ulong HistoryId,
    string? MessageId,
    DateTimeOffset? PublishTime,
    string? Subscription);

/// <summary>The outcome of reading a push body: a notification, or why there is none.</summary>
public sealed record GmailPushParseResult(GmailPushNotification? Notification, string? Failure)
{
    public bool Succeeded => Notification is not null;

    internal static GmailPushParseResult Fail(string failure) => new(null, failure);
}
