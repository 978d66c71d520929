namespace Factumerit.Email.Assistant.Gmail;

/// <summary>
/// The Gmail operations the assistant needs, for one mailbox, in domain terms. The provider adapter implements
/// it over the Gmail REST client; every call counts against the mailbox's quota (<see cref="QuotaUnits"/>).
/// </summary>
public interface IAssistantGmail
{
    string Mailbox { get; }

    /// <summary>Quota units this instance has spent.</summary>
    long QuotaUnits { get; }

    /// <summary>The labels by name, created when missing and reused when they exist (409); name → id.</summary>
    Task<IReadOnlyDictionary<string, string>> EnsureLabelsAsync(IEnumerable<string> names, CancellationToken cancellationToken = default);

    /// <summary>The mailbox's current history id (users.getProfile).</summary>
    Task<ulong> GetHistoryIdAsync(CancellationToken cancellationToken = default);

    Task<GmailWatch> WatchAsync(string topicName, CancellationToken cancellationToken = default);

    Task StopWatchAsync(CancellationToken cancellationToken = default);

    /// <summary>Every change after <paramref name="startHistoryId"/>.</summary>
    /// <exception cref="GmailHistoryGoneException">Gmail no longer has that history (404): do a full sync.</exception>
    Task<GmailChanges> ListChangesAsync(ulong startHistoryId, CancellationToken cancellationToken = default);

    /// <summary>The newest messages matching a Gmail search, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<GmailMessageRef>> SearchAsync(string query, int max, CancellationToken cancellationToken = default);

    /// <summary>The whole thread with bodies (threads.get format=full, 10 units).</summary>
    Task<GmailThreadSnapshot> GetThreadAsync(string threadId, CancellationToken cancellationToken = default);

    /// <summary>threads.modify (10 units); empty lists are skipped, and a call with nothing to change is not sent.</summary>
    /// <exception cref="GmailInvalidLabelException">A label id is unknown to Gmail (deleted in another client).</exception>
    Task ModifyThreadAsync(string threadId, IReadOnlyCollection<string> addLabelIds, IReadOnlyCollection<string> removeLabelIds,
        CancellationToken cancellationToken = default);

    /// <summary>Moves one message to Trash (messages.trash, 5 units), never deletes it; one already gone is not an error.</summary>
    Task TrashMessageAsync(string messageId, CancellationToken cancellationToken = default);

    /// <summary>Every draft with its message and thread ids.</summary>
    Task<IReadOnlyList<GmailDraftRef>> ListDraftsAsync(CancellationToken cancellationToken = default);

}

/// <summary>Builds the Gmail access for a mailbox from the credential settings its record names.</summary>
public interface IAssistantGmailFactory
{
    /// <exception cref="InvalidOperationException">A setting the credential names is not set.</exception>
    IAssistantGmail Create(Mailboxes.Mailbox mailbox);
}
