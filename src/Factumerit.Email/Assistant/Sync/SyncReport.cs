namespace Factumerit.Email.Assistant.Sync;

/// <param name="Busy">Another run held the mailbox; this sync was requeued.</param>
/// <param name="FullSync">History had expired and recent mail was listed instead.</param>
public sealed record SyncReport(
    string Mailbox,
    bool Busy,
    bool FullSync,
    int Changes,
    IReadOnlyList<AssistantWork> Work,
    ulong? FromHistoryId,
    ulong? ToHistoryId)
{
    public static SyncReport Unknown(string mailbox) => new(mailbox, false, false, 0, [], null, null);

    public static SyncReport Requeued(string mailbox) => new(mailbox, true, false, 0, [], null, null);
}
