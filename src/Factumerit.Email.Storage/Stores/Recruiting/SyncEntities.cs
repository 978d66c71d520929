using System.Text.Json;
using System.Text.Json.Serialization;
using Factumerit.Email.Recruiting.Sync;
using Factumerit.Email.Storage.Tables;
using static Factumerit.Email.Storage.Stores.Recruiting.TableRows;

namespace Factumerit.Email.Storage.Stores.Recruiting;

/// <summary>Task rows (partition = task id, row "task") and lease rows (partition = mailbox, row "sync").</summary>
internal static class SyncEntities
{
    public const string TaskRow = "task";
    public const string LeaseRow = "sync";

    public static TableEntity From(RecruitingTask t)
    {
        var s = t.Summary;
        var e = new TableEntity(t.Id, TaskRow)
        {
            ["Kind"] = t.Kind, ["Mailbox"] = t.Mailbox, ["Status"] = t.Status, ["CreatedAt"] = t.CreatedAt, ["UpdatedAt"] = t.UpdatedAt,
            ["Scanned"] = s.Scanned, ["Signals"] = s.Signals, ["Leads"] = s.Leads, ["Total"] = s.Total, ["Pages"] = s.Pages,
            ["Errors"] = JsonSerializer.Serialize(s.Errors.ToList(), SyncJson.Default.ListString),
        };
        Set(e, "Cursor", s.Cursor);
        Set(e, "Error", t.Error is { Length: > 2000 } error ? error[..2000] : t.Error);
        Set(e, "FinishedAt", t.FinishedAt);
        return e;
    }

    public static RecruitingTask Task(TableEntity e) => new()
    {
        Id = e.PartitionKey, Kind = e.GetString("Kind") ?? RecruitingTask.SyncKind, Mailbox = e.GetString("Mailbox") ?? "",
        Status = e.GetString("Status") ?? TaskStatuses.Queued, Error = e.GetString("Error"),
        CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? default, UpdatedAt = e.GetDateTimeOffset("UpdatedAt") ?? default,
        FinishedAt = e.GetDateTimeOffset("FinishedAt"), ETag = Tag(e),
        Summary = new SyncSummary
        {
            Scanned = e.GetInt32("Scanned") ?? 0, Signals = e.GetInt32("Signals") ?? 0, Leads = e.GetInt32("Leads") ?? 0,
            Total = e.GetInt32("Total") ?? 0, Pages = e.GetInt32("Pages") ?? 0, Cursor = e.GetString("Cursor"),
            Errors = e.GetString("Errors") is { } errors ? JsonSerializer.Deserialize(errors, SyncJson.Default.ListString) ?? [] : [],
        },
    };

    public static TableEntity From(RecruitingSyncLease l)
    {
        var e = new TableEntity(l.Mailbox, LeaseRow);
        Set(e, "TaskId", l.TaskId);
        Set(e, "ExpiresAt", l.ExpiresAt);
        Set(e, "LastCompletedAt", l.LastCompletedAt);
        Set(e, "Cursor", l.Cursor);
        Set(e, "CursorQuery", l.CursorQuery);
        return e;
    }

    public static RecruitingSyncLease Lease(TableEntity e) => new()
    {
        Mailbox = e.PartitionKey, TaskId = e.GetString("TaskId"), ExpiresAt = e.GetDateTimeOffset("ExpiresAt"),
        LastCompletedAt = e.GetDateTimeOffset("LastCompletedAt"), Cursor = e.GetString("Cursor"), CursorQuery = e.GetString("CursorQuery"),
        ETag = Tag(e),
    };
}

[JsonSerializable(typeof(List<string>))]
internal sealed partial class SyncJson : JsonSerializerContext;
