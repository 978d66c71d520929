using Factumerit.Email.Audit;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Audit;

/// <summary>
/// Audit rows: partition the UTC day (<c>yyyyMMdd</c>), row key newest first (inverted ticks), then kind and subject.
/// An event about an email or an outbox key always gets the same key, so writing it again replaces it.
/// </summary>
internal static class AuditRows
{
    public static string RowKey(AuditEvent e)
    {
        var subject = e.EmailId ?? e.OutboxKey ?? Guid.NewGuid().ToString("N");
        return StoreKeys.Encode($"{StoreKeys.NewestFirst(e.At)}-{e.Kind}-{subject}");
    }

    public static TableEntity Create(AuditEvent e)
    {
        var row = new TableEntity(StoreKeys.Day(e.At), RowKey(e))
        {
            ["Kind"] = e.Kind,
            ["At"] = e.At,
            ["Forwards"] = string.Join(',', e.Forwards),
            ["Details"] = StoreJson.Map(e.Details),
        };
        Put(row, "EmailId", e.EmailId);
        Put(row, "Route", e.Route);
        Put(row, "Handler", e.Handler);
        Put(row, "SenderHash", e.SenderHash);
        Put(row, "Outcome", e.Outcome);
        Put(row, "Error", e.Error);
        Put(row, "OutboxKey", e.OutboxKey);
        if (e.LatencyMs is { } latency)
        {
            row["LatencyMs"] = latency;
        }
        if (e.Tokens is { } tokens)
        {
            row["Tokens"] = tokens;
        }
        return row;
    }

    public static AuditEvent Read(TableEntity row) => new(row.GetString("Kind") ?? "", row.GetDateTimeOffset("At") ?? default, row.GetString("EmailId"))
    {
        Route = row.GetString("Route"),
        Handler = row.GetString("Handler"),
        SenderHash = row.GetString("SenderHash"),
        Outcome = row.GetString("Outcome"),
        Error = row.GetString("Error"),
        OutboxKey = row.GetString("OutboxKey"),
        LatencyMs = row.GetInt64("LatencyMs"),
        Tokens = row.GetInt32("Tokens"),
        Forwards = (row.GetString("Forwards") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
        Details = StoreJson.ReadMap(row.GetString("Details")),
    };

    private static void Put(TableEntity row, string name, string? value)
    {
        if (value is not null)
        {
            row[name] = value;
        }
    }
}
