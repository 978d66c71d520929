namespace Factumerit.Email.Recruiting.Sync;

public enum SyncStartKind
{
    /// <summary>A new task was created and queued.</summary>
    Started,

    /// <summary>A sync of the mailbox is already running; <see cref="SyncStart.TaskId"/> is its id.</summary>
    AlreadyRunning,

    UnknownMailbox,

    /// <summary>Recruiting is off for the mailbox (<c>recruitingEnabled</c> in its settings).</summary>
    Disabled,
}

public sealed record SyncStart(SyncStartKind Kind, string? TaskId);
