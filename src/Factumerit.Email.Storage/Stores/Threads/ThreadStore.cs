using Azure;
using Factumerit.Email.Inbound;
using Factumerit.Email.Personas;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Stores.Threads;

/// <summary>
/// Persona threads in <c>PersonaThreads</c>. Scoped to one message: finding a thread reads its whole partition in
/// one query and keeps the turns, so the history costs no second request.
/// </summary>
public sealed class ThreadStore(StorageProvisioner storage, IOptions<InboundOptions> options, TimeProvider time) : IPersonaThreadStore
{
    private const int MaxAttempts = 5;
    private readonly Dictionary<string, IReadOnlyList<ConversationTurn>> _turns = new(StringComparer.Ordinal);

    public async Task<PersonaThread?> FindByMessageIdsAsync(IReadOnlyList<string> messageIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        foreach (var messageId in messageIds)
        {
            var index = await table.GetEntityIfExistsAsync<TableEntity>(ThreadRows.IndexPartition(messageId), ThreadRows.IndexRow,
                cancellationToken: cancellationToken).ConfigureAwait(false);
            if (index.HasValue && index.Value!.GetString("ThreadId") is { } threadId
                && await LoadAsync(table, threadId, cancellationToken).ConfigureAwait(false) is { } thread)
            {
                return thread;
            }
        }
        return null;
    }

    public async Task<IReadOnlyList<ConversationTurn>> GetHistoryAsync(string threadId, int maxTurns, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(threadId);
        if (!_turns.TryGetValue(threadId, out var turns))
        {
            await LoadAsync(await TableAsync(cancellationToken).ConfigureAwait(false), threadId, cancellationToken).ConfigureAwait(false);
            turns = _turns.GetValueOrDefault(threadId) ?? [];
        }
        return turns.TakeLast(Math.Max(0, maxTurns)).ToList();
    }

    public async Task<PersonaThread> RecordAsync(ThreadExchange exchange, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var threadId = exchange.Thread?.Id ?? exchange.EmailId;

        // The index first: if we stop after it, the redelivery finds the thread already recorded and stops early.
        if (exchange.MessageId is { } messageId)
        {
            var index = new TableEntity(ThreadRows.IndexPartition(messageId), ThreadRows.IndexRow) { ["ThreadId"] = threadId };
            await table.UpsertEntityAsync(index, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }

        var thread = exchange.Thread;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (thread is not null && thread.LastEmailId == exchange.EmailId)
            {
                return thread;
            }
            var next = Apply(thread, threadId, exchange);
            var head = ThreadRows.Thread(next, time.GetUtcNow());
            var actions = new List<TableTransactionAction>
            {
                thread is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, head)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, head, ThreadRows.ETagOf(thread)),
            };
            var emailTime = exchange.SenderTurn.At;
            actions.Add(new(TableTransactionActionType.UpsertReplace, ThreadRows.Turn(threadId, exchange, exchange.SenderTurn, 0, emailTime)));
            if (exchange.PersonaTurn is { } reply)
            {
                actions.Add(new(TableTransactionActionType.UpsertReplace, ThreadRows.Turn(threadId, exchange, reply, 1, emailTime)));
            }

            try
            {
                var responses = await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                var etag = responses.Value.Count > 0 ? responses.Value[0].Headers.ETag : null;
                return next with { Version = etag?.ToString() };
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
            {
                // Created or changed by another delivery since we read it: start again from what is stored.
                thread = await ReadThreadAsync(table, threadId, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"Thread {threadId} changed and then disappeared.", ex);
            }
        }
        throw new InvalidOperationException($"Thread {threadId} stayed contended for {MaxAttempts} attempts.");
    }

    private static PersonaThread Apply(PersonaThread? thread, string threadId, ThreadExchange exchange)
    {
        var current = thread ?? new PersonaThread(threadId, exchange.RouteKey, 0, PersonaThreadStatus.Open);
        var next = current with
        {
            TurnCount = current.TurnCount + (exchange.PersonaTurn is null ? 0 : 1),
            LastEmailId = exchange.EmailId,
        };
        return exchange.Escalation is { } escalation
            ? next with { Status = PersonaThreadStatus.Escalated, EscalateTo = escalation.EscalateTo, EscalationReason = escalation.ReasonCode }
            : next;
    }

    private async Task<PersonaThread?> LoadAsync(TableClient table, string threadId, CancellationToken cancellationToken)
    {
        TableEntity? head = null;
        var turns = new List<ConversationTurn>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {threadId}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey == ThreadRows.ThreadRow)
            {
                head = row;
            }
            else if (row.RowKey.StartsWith(ThreadRows.TurnPrefix, StringComparison.Ordinal))
            {
                turns.Add(ThreadRows.ToTurn(row));
            }
        }
        if (head is null)
        {
            return null;
        }
        _turns[threadId] = turns;
        return ThreadRows.ToThread(head);
    }

    private static async Task<PersonaThread?> ReadThreadAsync(TableClient table, string threadId, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(threadId, ThreadRows.ThreadRow, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? ThreadRows.ToThread(row.Value!) : null;
    }

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) =>
        storage.TableAsync(options.Value.Tables.Threads, cancellationToken);
}
