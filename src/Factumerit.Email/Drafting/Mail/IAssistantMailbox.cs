namespace Factumerit.Email.Drafting.Mail;

/// <summary>
/// One connected mailbox, for the span of one job. Gmail ids stay opaque; labels go by name. Implementations
/// count the Gmail quota units they spend so each job can report its cost.
/// </summary>
public interface IAssistantMailbox
{
    /// <summary>The mailbox owner's address; drafts are written from it.</summary>
    string Address { get; }

    /// <summary>Gmail quota units spent through this instance so far.</summary>
    long QuotaUnits { get; }

    /// <summary>The thread with every message; with <paramref name="withBodies"/> false only ids and labels are read.</summary>
    /// <returns>Null when the thread does not exist (any more).</returns>
    Task<MailThread?> GetThreadAsync(string threadId, bool withBodies = true, CancellationToken cancellationToken = default);

    /// <summary>Runs a Gmail search and returns the thread ids of the matches, newest first, without duplicates.</summary>
    Task<IReadOnlyList<string>> SearchThreadsAsync(string query, int maxThreads, CancellationToken cancellationToken = default);

    /// <summary>The draft with its text, or null when it no longer exists (sent or discarded).</summary>
    Task<MailDraft?> GetDraftAsync(string draftId, CancellationToken cancellationToken = default);

    /// <summary>Whether the draft still exists, without reading its content.</summary>
    Task<bool> DraftExistsAsync(string draftId, CancellationToken cancellationToken = default);

    /// <summary>Saves a reply draft that Gmail files in the replied-to message's thread.</summary>
    /// <returns>The new draft's id and the id of the message it holds.</returns>
    Task<DraftRef> CreateReplyDraftAsync(ReplyDraft draft, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves a draft to Trash (spec 002 "trash stale drafts") by its message: Gmail has no drafts.trash, so it is
    /// messages.trash. Unlike drafts.delete it can be undone and, in the history, it is a label change rather than
    /// a deletion, so it cannot pass for a sent draft. A message that is already gone is not an error.
    /// </summary>
    Task TrashDraftMessageAsync(string messageId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes <paramref name="remove"/> from every message of <paramref name="thread"/> that carries one and adds
    /// <paramref name="add"/> to the thread, in as few (cheap) calls as the snapshot allows. Labels are system ids or
    /// assistant label names; assistant labels are created when first added.
    /// </summary>
    Task RelabelAsync(MailThread thread, IReadOnlyCollection<string> add, IReadOnlyCollection<string> remove,
        CancellationToken cancellationToken = default);
}
