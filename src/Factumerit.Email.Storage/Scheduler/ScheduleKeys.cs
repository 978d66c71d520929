using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Factumerit.Email.Storage.Scheduler;

/// <summary>
/// Layout of the Schedules table: one table, four kinds of row, told apart by a partition-key prefix.
/// <list type="bullet">
/// <item><b>Schedule</b> <c>s_{id}</c> / <c>schedule</c>: the source of truth. One partition per schedule, so firing is a
/// point read and claims on different schedules never share a partition.</item>
/// <item><b>Subject index</b> <c>subject_{sha256(subject)}</c> / <c>{id}</c>: cancel-by-subject is one partition query. Rows
/// leave when their schedule finishes, so the partition holds only live schedules. The subject is hashed because keys
/// cannot hold every character, and so that no raw address ends up in a key.</item>
/// <item><b>Due index</b> <c>due_{yyyyMMdd}</c> / <c>{eligible ticks}_{id}</c>: the day bucket the sweep reads, ordered by
/// the time from which the sweep should look at the schedule: its due time, or when it was written if that was later,
/// moved to the time of each re-drive. Rows leave when their schedule finishes, so old buckets empty out.</item>
/// <item><b>Sweep cursor</b> <c>sweep</c> / <c>cursor</c>: the oldest day bucket that may still hold work, so the sweep
/// reads a bounded range of buckets instead of the table.</item>
/// </list>
/// Rows in different partitions cannot be written atomically, so the index rows are written before the schedule row:
/// an index row whose schedule is missing is harmless (it is skipped, and the sweep deletes it), whereas a schedule
/// without its due-index row could never be re-driven.
/// </summary>
internal static partial class ScheduleKeys
{
    public const string ScheduleRowKey = "schedule";
    public const string CursorPartition = "sweep";
    public const string CursorRowKey = "cursor";
    private const string DayFormat = "yyyyMMdd";

    public static string SchedulePartition(string id) => "s_" + id;

    public static string SubjectPartition(string subjectKey) => "subject_" + Sha256Hex(subjectKey);

    public static string DuePartition(DateOnly day) => "due_" + day.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static string DueRowKey(DateTimeOffset eligibleAt, string id) =>
        eligibleAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "_" + id;

    /// <summary>The exclusive upper bound of due-index row keys eligible before <paramref name="cutoff"/>.</summary>
    public static string DueRowKeyBound(DateTimeOffset cutoff) => cutoff.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    public static DateOnly Day(DateTimeOffset value) => DateOnly.FromDateTime(value.UtcDateTime);

    public static string FormatDay(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static DateOnly ParseDay(string value) => DateOnly.ParseExact(value, DayFormat, CultureInfo.InvariantCulture);

    /// <summary>A time-ordered random id, so ids sort roughly by creation.</summary>
    public static string NewId(DateTimeOffset now) => Guid.CreateVersion7(now).ToString("N");

    /// <summary>The same (subject, action, dedupe key) always gives the same id; the 'k' keeps it apart from random ids.</summary>
    public static string DedupeId(string subjectKey, string action, string dedupeKey) =>
        "k" + Sha256Hex($"{subjectKey}\n{action}\n{dedupeKey}")[..32];

    public static bool IsScheduleId(string? id) => id is not null && ScheduleId().IsMatch(id);

    public static void ValidateId(string? id, string paramName)
    {
        ArgumentException.ThrowIfNullOrEmpty(id, paramName);
        if (!IsScheduleId(id))
        {
            throw new ArgumentException($"'{id}' is not a schedule id.", paramName);
        }
    }

    private static string Sha256Hex(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    [GeneratedRegex("^k?[0-9a-f]{32}$")]
    private static partial Regex ScheduleId();
}
