using System.Globalization;
using Azure;
using Factumerit.Email.Inbound;
using Factumerit.Email.Personas;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Threads;

/// <summary>
/// The rows of the <c>PersonaThreads</c> table. A thread's partition is its id and holds the <c>thread</c> row and
/// its <c>turn-…</c> rows; each indexed Message-ID has its own partition <c>msg-{hash}</c> naming the thread.
/// </summary>
internal static class ThreadRows
{
    public const string ThreadRow = "thread";
    public const string TurnPrefix = "turn-";
    public const string IndexPrefix = "msg-";
    public const string IndexRow = "index";

    public static string IndexPartition(string messageId) => IndexPrefix + StoreKeys.Hash(messageId);

    public static PersonaThread ToThread(TableEntity row) => new(
        row.PartitionKey,
        row.GetString("RouteKey") ?? "",
        row.GetInt32("TurnCount") ?? 0,
        Enum.TryParse<PersonaThreadStatus>(row.GetString("Status"), out var status) ? status : PersonaThreadStatus.Open,
        row.GetString("EscalateTo"),
        row.GetString("EscalationReason"),
        row.GetString("LastEmailId"))
    {
        Version = row.ETag == default ? null : row.ETag.ToString(),
    };

    public static TableEntity Thread(PersonaThread thread, DateTimeOffset now)
    {
        var row = new TableEntity(thread.Id, ThreadRow)
        {
            ["RouteKey"] = thread.RouteKey,
            ["TurnCount"] = thread.TurnCount,
            ["Status"] = thread.Status.ToString(),
            ["LastEmailId"] = thread.LastEmailId ?? "",
            ["UpdatedAt"] = now,
        };
        if (thread.EscalateTo is not null)
        {
            row["EscalateTo"] = thread.EscalateTo;
            row["EscalationReason"] = thread.EscalationReason ?? "";
        }
        return row;
    }

    /// <summary>Turn keys sort by the email's time; both turns of one email share it, the sender's first.</summary>
    public static TableEntity Turn(string threadId, ThreadExchange exchange, ConversationTurn turn, int index, DateTimeOffset emailTime)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{TurnPrefix}{emailTime.UtcTicks:D19}-{exchange.EmailId}-{index}");
        var row = new TableEntity(threadId, key)
        {
            ["Role"] = turn.Role.ToString(),
            ["Text"] = turn.Text.Length <= LongText.ChunkChars ? turn.Text : turn.Text[..LongText.ChunkChars],
            ["At"] = turn.At,
        };
        if (turn.MessageId is not null)
        {
            row["MessageId"] = turn.MessageId;
        }
        return row;
    }

    public static ConversationTurn ToTurn(TableEntity row) => new(
        Enum.TryParse<ConversationRole>(row.GetString("Role"), out var role) ? role : ConversationRole.Sender,
        row.GetString("Text") ?? "",
        row.GetDateTimeOffset("At") ?? default,
        row.GetString("MessageId"));

    public static ETag ETagOf(PersonaThread thread) => thread.Version is { } version ? new ETag(version) : ETag.All;
}
