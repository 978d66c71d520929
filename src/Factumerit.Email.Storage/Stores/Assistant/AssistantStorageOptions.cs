using System.ComponentModel.DataAnnotations;

namespace Factumerit.Email.Storage.Stores.Assistant;

/// <summary>
/// Section "Assistant:Storage": the assistant's table and queue names. Prefixes let several deployments (or
/// tests, or shards) share one storage account without sharing state.
/// </summary>
public sealed class AssistantStorageOptions
{
    public const string SectionName = "Assistant:Storage";

    /// <summary>Letters and digits, put before each table name.</summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,30}$|^$")]
    public string TablePrefix { get; set; } = "";

    /// <summary>Lower-case letters, digits and single dashes, put before each queue name (end it with a dash).</summary>
    [RegularExpression("^[a-z0-9]([a-z0-9-]{0,30})$|^$")]
    public string QueuePrefix { get; set; } = "";

    public string MailboxesTable => TablePrefix + "Mailboxes";
    public string EmailsTable => TablePrefix + "AssistantEmails";
    public string EventsTable => TablePrefix + "AssistantEvents";
    public string LlmAuditTable => TablePrefix + "LlmAudit";

    public string Queue(string name) => QueuePrefix + name;
}
