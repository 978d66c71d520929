using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Assistant;

/// <summary>
/// <see cref="IAssistantEventLog"/> on the AssistantEvents table: partition = mailbox, row = "{messageId}|{key}",
/// so an email's timeline is one range query and a retried write replaces itself. Ingest and the draft lifecycle
/// both write here, so one table holds an email's whole history.
/// </summary>
public sealed class AssistantEventStore(AssistantTables tables) : IAssistantEventLog
{
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
