using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Storage.Tables;
using LifecycleEvent = Factumerit.Email.Lifecycle.AssistantEvent;
using LifecycleEventLog = Factumerit.Email.Lifecycle.IAssistantEventLog;

namespace Factumerit.Email.Storage.Stores.Assistant;

/// <summary>
/// <see cref="IAssistantEventLog"/> on the AssistantEvents table: partition = mailbox, row = "{messageId}|{key}",
/// so an email's timeline is one range query and a retried write replaces itself. It is also the drafting and
/// lifecycle side's event log, so one table holds an email's whole history.
/// </summary>
public sealed class AssistantEventStore(AssistantTables tables) : IAssistantEventLog, LifecycleEventLog
{
    public Task WriteAsync(LifecycleEvent assistantEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assistantEvent);
        return RecordAsync(new AssistantEvent(assistantEvent.Mailbox, assistantEvent.Type, EventKeys.At(assistantEvent.At, assistantEvent.Type),
            assistantEvent.At, assistantEvent.MessageId, assistantEvent.ThreadId, null, assistantEvent.Detail), cancellationToken);
    }

    private const string NoMessage = "_";

    public async Task RecordAsync(AssistantEvent assistantEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assistantEvent);
        ArgumentException.ThrowIfNullOrWhiteSpace(assistantEvent.Key);
        var table = await tables.EventsAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(assistantEvent.Mailbox, $"{assistantEvent.MessageId ?? NoMessage}|{assistantEvent.Key}")
        {
            ["Type"] = assistantEvent.Type,
            ["At"] = assistantEvent.At,
        };
        Columns.Set(entity, "MessageId", assistantEvent.MessageId);
        Columns.Set(entity, "ThreadId", assistantEvent.ThreadId);
        Columns.Set(entity, "Category", assistantEvent.Category);
        Columns.Set(entity, "Detail", Columns.Clip(assistantEvent.Detail, 4000));
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AssistantEvent>> ListForMessageAsync(string mailbox, string messageId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        var table = await tables.EventsAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {mailbox}") + " and " + TableClient.CreatePrefixFilter("RowKey", messageId + "|");
        var events = new List<AssistantEvent>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            events.Add(new AssistantEvent(row.PartitionKey, row.GetString("Type") ?? "", row.RowKey[(messageId.Length + 1)..],
                row.GetDateTimeOffset("At") ?? default, row.GetString("MessageId"), row.GetString("ThreadId"), row.GetString("Category"),
                row.GetString("Detail")));
        }
        return events;
    }
}
