namespace Factumerit.Email.Assistant.Messages;

/// <summary>
/// INBOX or a triage label changed on a thread, as of the thread's last such change in one sync: the labels its
/// message carried afterwards, the last of those labels that was added, and that change's history id (so an older
/// item handled late cannot undo a newer one).
/// </summary>
public sealed record TriageLabelChanged(
    string Mailbox,
    string ThreadId,
    string MessageId,
    IReadOnlyList<string> LabelIds,
    string? LastAddedLabelId,
    ulong HistoryId);
