using Azure;

namespace Factumerit.Email.Providers.Gmail;

/// <summary>
/// A non-2xx answer from Gmail (or from the token endpoint while authenticating). <see cref="Reason"/> is
/// <c>error.errors[0].reason</c> (e.g. "rateLimitExceeded", "notFound", "duplicate"), else <c>error.status</c>.
/// </summary>
public class GmailApiException : RequestFailedException
{
    public GmailApiException(int status, string? reason, string message, Exception? innerException = null)
        : base(status, message, reason, innerException)
    {
    }

    public string? Reason => ErrorCode;
}

/// <summary>history.list answered 404: the start history id is too old, so the caller must do a full sync.</summary>
public sealed class GmailHistoryExpiredException(ulong startHistoryId, GmailApiException innerException)
    : GmailApiException(innerException.Status, innerException.Reason,
        $"History from {startHistoryId} is no longer available; a full sync is needed.", innerException)
{
    public ulong StartHistoryId { get; } = startHistoryId;
}
