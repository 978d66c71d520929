namespace Factumerit.Email.Functions.Functions.Assistant;

/// <summary>The Gmail assistant's function names (folders under <c>functions/</c>).</summary>
public static class AssistantFunctionNames
{
    public const string GmailWebhook = "gmail-webhook";
    public const string MailboxSync = "mailbox-sync";
    public const string Classify = "classify-email";
    public const string Poll = "gmail-poll";
    public const string WatchRenewal = "gmail-watch-renewal";
    public const string Reclassify = "email-reclassify";

    /// <summary>Every five minutes: the fallback when a push is lost.</summary>
    public const string PollSchedule = "0 */5 * * * *";

    /// <summary>Daily at 03:17 UTC; watches last 7 days, and renewal takes those expiring within 2.</summary>
    public const string WatchRenewalSchedule = "0 17 3 * * *";
}
