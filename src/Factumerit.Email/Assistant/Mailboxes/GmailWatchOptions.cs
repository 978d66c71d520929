namespace Factumerit.Email.Assistant.Mailboxes;

/// <summary>The push settings of section "Gmail" that connecting a mailbox needs.</summary>
public sealed class GmailWatchOptions
{
    public const string SectionName = "Gmail";

    /// <summary>
    /// The Pub/Sub topic Gmail publishes changes to, <c>projects/{project}/topics/{topic}</c>
    /// (<c>Gmail__PushTopic</c>). Without it mailboxes are not watched and are synced by the poll timer only.
    /// </summary>
    public string? PushTopic { get; set; }
}
