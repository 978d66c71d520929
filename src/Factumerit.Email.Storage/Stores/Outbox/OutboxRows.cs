using Factumerit.Email.Mail;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Outbox;

/// <summary>Outbox rows: partition the encoded idempotency key, row <c>outbox</c>; long bodies are split (<see cref="LongText"/>).</summary>
internal static class OutboxRows
{
    public const string Row = "outbox";

    public static string Partition(string key) => StoreKeys.Encode(key);

    public static TableEntity Create(OutboundEmail email, string key, DateTimeOffset now)
    {
        var row = new TableEntity(Partition(key), Row)
        {
            ["Key"] = key,
            ["Kind"] = email.Kind,
            ["From"] = email.From,
            ["To"] = StoreJson.List(email.To),
            ["Subject"] = email.Subject,
            ["Status"] = OutboxStatus.Queued,
            ["CreatedAt"] = now,
        };
        LongText.Write(row, "Text", email.Text);
        LongText.Write(row, "Html", email.Html);
        if (email.Cc is { Count: > 0 } cc)
        {
            row["Cc"] = StoreJson.List(cc);
        }
        if (email.ReplyTo is { } replyTo)
        {
            row["ReplyTo"] = replyTo;
        }
        if (email.Headers is { Count: > 0 } headers)
        {
            row["Headers"] = StoreJson.Map(headers);
        }
        if (email.ForwardOfEmailId is { } forwardOf)
        {
            row["ForwardOfEmailId"] = forwardOf;
        }
        return row;
    }

    public static OutboxItem Read(TableEntity row) => new(
        row.GetString("Key") ?? row.PartitionKey,
        new OutboundEmail(
            row.GetString("From") ?? "",
            StoreJson.ReadList(row.GetString("To")),
            row.GetString("Subject") ?? "",
            LongText.Read(row, "Text"),
            LongText.Read(row, "Html"),
            row.GetString("Cc") is { } cc ? StoreJson.ReadList(cc) : null,
            row.GetString("ReplyTo"),
            row.GetString("Headers") is { } headers ? StoreJson.ReadMap(headers) : null,
            row.GetString("ForwardOfEmailId"),
            row.GetString("Kind") ?? "reply"),
        row.GetString("Status") ?? OutboxStatus.Queued,
        row.GetDateTimeOffset("CreatedAt") ?? row.Timestamp ?? default,
        row.GetString("ResendId"),
        row.GetDateTimeOffset("SentAt"));
}
