using System.Globalization;
using Factumerit.Email.Storage.Stores.Assistant;
using Factumerit.Email.Storage.Tables;
using Factumerit.Email.Triage.Organize;

namespace Factumerit.Email.Storage.Stores.Triage;

internal static class OrganizeEntities
{
    public const string RunRow = "run";
    public const string LeaseRow = "organize-lease";

    public static string PageRow(int number) => "page|" + number.ToString("D6", CultureInfo.InvariantCulture);

    public static TableEntity Run(OrganizeRun r)
    {
        var c = r.Counts;
        var row = new TableEntity(r.Id, RunRow)
        {
            ["Mailbox"] = r.Mailbox,
            ["Status"] = r.Status,
            ["PageSize"] = r.PageSize,
            ["CreatedAt"] = r.CreatedAt,
            ["UpdatedAt"] = r.UpdatedAt,
            ["Listed"] = r.Listed,
            ["PagesTotal"] = r.PagesTotal,
            ["PagesDone"] = r.PagesDone,
            ["Seen"] = c.Seen,
            ["Moved"] = c.Moved,
            ["Kept"] = c.Kept,
            ["Review"] = c.Review,
            ["Skipped"] = c.Skipped,
            ["Errors"] = c.Errors,
        };
        Columns.Set(row, "ListToken", r.ListToken);
        Columns.Set(row, "ClaimedPage", r.ClaimedPage);
        Columns.Set(row, "ClaimedAt", r.ClaimedAt);
        Columns.Set(row, "ClaimedBy", r.ClaimedBy);
        Columns.Set(row, "Error", Columns.Clip(r.Error, 2000));
        return row;
    }

    public static OrganizeRun ToRun(TableEntity row) => new()
    {
        Id = row.PartitionKey,
        Mailbox = row.GetString("Mailbox") ?? "",
        Status = row.GetString("Status") ?? OrganizeStatuses.Queued,
        PageSize = row.GetInt32("PageSize") ?? 0,
        CreatedAt = row.GetDateTimeOffset("CreatedAt") ?? default,
        UpdatedAt = row.GetDateTimeOffset("UpdatedAt") ?? default,
        ListToken = row.GetString("ListToken"),
        Listed = row.GetBoolean("Listed") ?? false,
        PagesTotal = row.GetInt32("PagesTotal") ?? 0,
        PagesDone = row.GetInt32("PagesDone") ?? 0,
        ClaimedPage = row.GetInt32("ClaimedPage"),
        ClaimedAt = row.GetDateTimeOffset("ClaimedAt"),
        ClaimedBy = row.GetString("ClaimedBy"),
        Counts = new OrganizeCounts(row.GetInt32("Seen") ?? 0, row.GetInt32("Moved") ?? 0, row.GetInt32("Kept") ?? 0, row.GetInt32("Review") ?? 0,
            row.GetInt32("Skipped") ?? 0, row.GetInt32("Errors") ?? 0),
        Error = row.GetString("Error"),
        ETag = row.ETag.ToString() is { Length: > 0 } tag ? tag : null,
    };

    // Thread ids are short hex strings: a 500-thread page stays far below a string column's 64 KiB.
    public static TableEntity Page(OrganizePage p) => new(p.RunId, PageRow(p.Number))
    {
        ["Number"] = p.Number,
        ["ThreadIds"] = string.Join(',', p.ThreadIds),
    };

    public static OrganizePage ToPage(TableEntity row) => new(row.PartitionKey, row.GetInt32("Number") ?? 0,
        (row.GetString("ThreadIds") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries));
}
