namespace Factumerit.Email.Assistant.Sync;

public enum SyncRequestOutcome
{
    /// <summary>A sync was queued.</summary>
    Queued,

    /// <summary>A sync already queued will see this change too.</summary>
    Coalesced,

    /// <summary>No such mailbox is connected.</summary>
    UnknownMailbox,
}
