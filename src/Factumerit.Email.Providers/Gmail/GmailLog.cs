using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Providers.Gmail;

/// <summary>Ids and outcomes only: never tokens, bodies or raw addresses (mailboxes appear as a short hash).</summary>
internal static partial class GmailLog
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Warning,
        Message = "Gmail {Operation} answered {Status}; retry {Attempt} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string operation, int status, int attempt, long delayMs);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information,
        Message = "Gmail history from {StartHistoryId} for mailbox {Mailbox} has expired; a full sync is needed")]
    public static partial void HistoryExpired(ILogger logger, ulong startHistoryId, string mailbox);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning,
        Message = "Gmail push refused: {Failure}")]
    public static partial void PushRefused(ILogger logger, string failure);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information,
        Message = "Gmail label {LabelId} reused after a name conflict in mailbox {Mailbox}")]
    public static partial void LabelReused(ILogger logger, string labelId, string mailbox);

    public static string Hash(string mailbox)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(mailbox.Trim().ToLowerInvariant()));
        return Convert.ToHexStringLower(digest.AsSpan(0, 6));
    }
}
