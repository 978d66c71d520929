namespace Factumerit.Email.Functions.Webhooks;

internal static partial class WebhookLog
{
    [LoggerMessage(4100, LogLevel.Warning, "Gmail push with a valid token but an unreadable body: {Failure}")]
    public static partial void Malformed(ILogger logger, string failure);
}
