using Azure;

namespace Factumerit.Email.Providers.Resend;

/// <summary>
/// A non-success answer from Resend. <see cref="RequestFailedException.ErrorCode"/> (also <see cref="Name"/>) is the
/// API's error name, e.g. <c>missing_required_field</c>, <c>invalid_idempotent_request</c> or
/// <c>concurrent_idempotent_requests</c>; catch with <c>when (ex.Status == 409)</c>.
/// </summary>
public sealed class ResendApiException(int status, string message, string? name, Exception? innerException = null)
    : RequestFailedException(status, message, name, innerException)
{
    public const string ConcurrentIdempotentRequests = "concurrent_idempotent_requests";
    public const string InvalidIdempotentRequest = "invalid_idempotent_request";
    public const string MissingRequiredField = "missing_required_field";
    public const string ValidationError = "validation_error";
    public const string NotFound = "not_found";

    /// <summary>The API's error name (<c>name</c> in the body), or the edge's numeric code such as <c>1010</c>.</summary>
    public string? Name => ErrorCode;

    /// <summary>How long a 429 asked us to wait (<c>retry-after</c>), when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>True for a 409 caused by an earlier use of the same idempotency key.</summary>
    public bool IsIdempotencyConflict => Status == 409 && Name is ConcurrentIdempotentRequests or InvalidIdempotentRequest;
}
