using Factumerit.Email.Assistant;
using Factumerit.Email.Scheduling;

namespace Factumerit.Email.Digest;

/// <summary>The assistant records a digest reports, read in one query per mailbox.</summary>
public interface IAssistantDigestReader
{
    /// <summary>Records waiting on the user: needs-response mail not yet acted on, and drafts not yet sent. At most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<AssistantEmail>> ListWaitingAsync(string mailbox, int max, CancellationToken cancellationToken = default);
}

/// <summary>Scheduled actions a digest reports (resurfacing, auto-deletes), read in one query.</summary>
public interface IScheduleDigestReader
{
    /// <summary>
    /// Schedules of <paramref name="actions"/> whose subject starts with <paramref name="subjectPrefix"/> and that are
    /// due in [<paramref name="from"/>, <paramref name="to"/>), at most <paramref name="max"/>.
    /// </summary>
    Task<IReadOnlyList<ScheduleState>> ListDueAsync(string subjectPrefix, IReadOnlyCollection<string> actions, DateTimeOffset from,
        DateTimeOffset to, int max, CancellationToken cancellationToken = default);
}
