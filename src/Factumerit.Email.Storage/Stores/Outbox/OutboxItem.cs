using Factumerit.Email.Mail;

namespace Factumerit.Email.Storage.Stores.Outbox;

/// <summary>One email in the outbox, under the idempotency key that names its cause.</summary>
public sealed record OutboxItem(
    string Key,
    OutboundEmail Email,
    string Status,
    DateTimeOffset CreatedAt,
    string? ResendId = null,
    DateTimeOffset? SentAt = null);
