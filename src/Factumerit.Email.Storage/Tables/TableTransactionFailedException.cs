using Azure;

namespace Factumerit.Email.Storage.Tables;

/// <summary>
/// A <c>$batch</c> was rejected and nothing in it was written. The service names the failing operation
/// with an <c>"n:"</c> prefix on its error message; that n is <see cref="FailedTransactionActionIndex"/>.
/// </summary>
public sealed class TableTransactionFailedException : RequestFailedException
{
    public TableTransactionFailedException(int status, string message, string? errorCode, int? failedTransactionActionIndex)
        : base(status, message, errorCode, null)
    {
        FailedTransactionActionIndex = failedTransactionActionIndex;
    }

    /// <summary>Zero-based index of the action that failed, when the service reported one.</summary>
    public int? FailedTransactionActionIndex { get; }
}
