using Azure;

namespace Factumerit.Email.Providers.Vikunja;

/// <summary>A non-success answer from Vikunja; <see cref="RequestFailedException.ErrorCode"/> is Vikunja's numeric error code.</summary>
public sealed class VikunjaApiException(int status, string message, string? errorCode, Exception? innerException = null)
    : RequestFailedException(status, message, errorCode, innerException);
