using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Llm;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Assistant;

/// <summary>
/// The audit of every LLM call (prompt, response, tokens, latency, error) in the LlmAudit table. Partition =
/// the mailbox the call was for (from <see cref="LlmAuditScope"/>), or "_unscoped"; row = "{messageId}|{start}|{id}",
/// so one email's calls are one range query, in order.
/// </summary>
public sealed class LlmAuditStore(AssistantTables tables) : ILlmAuditSink
{
    public const string Unscoped = "_unscoped";
    private const string NoMessage = "_";

    public async Task RecordAsync(LlmCallRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var scope = LlmAuditScope.Current;
        var table = await tables.LlmAuditAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(scope?.Mailbox ?? Unscoped,
            $"{scope?.MessageId ?? NoMessage}|{record.StartedAt.UtcTicks:D19}|{Guid.NewGuid():N}")
        {
            ["UseCase"] = record.UseCase.ToString(),
            ["Model"] = record.Model,
            ["SystemPrompt"] = Columns.Clip(record.SystemPrompt)!,
            ["UserContent"] = Columns.Clip(record.UserContent)!,
            ["PromptTokens"] = record.PromptTokens,
            ["CompletionTokens"] = record.CompletionTokens,
            ["LatencyMs"] = record.Latency.TotalMilliseconds,
            ["StartedAt"] = record.StartedAt,
            ["Succeeded"] = record.Succeeded,
        };
        Columns.Set(entity, "ResponseText", Columns.Clip(record.ResponseText));
        Columns.Set(entity, "Error", Columns.Clip(record.Error, 2000));
        Columns.Set(entity, "MessageId", scope?.MessageId);
        await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The audited calls for one message, oldest first.</summary>
    public async Task<IReadOnlyList<LlmCallRecord>> ListForMessageAsync(string mailbox, string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        var table = await tables.LlmAuditAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {mailbox}") + " and " + TableClient.CreatePrefixFilter("RowKey", messageId + "|");
        var calls = new List<LlmCallRecord>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            calls.Add(new LlmCallRecord(
                Enum.TryParse<LlmUseCase>(row.GetString("UseCase"), out var useCase) ? useCase : LlmUseCase.Classify,
                row.GetString("Model") ?? "",
                row.GetString("SystemPrompt") ?? "",
                row.GetString("UserContent") ?? "",
                row.GetString("ResponseText"),
                row.GetInt32("PromptTokens") ?? 0,
                row.GetInt32("CompletionTokens") ?? 0,
                TimeSpan.FromMilliseconds(row.GetDouble("LatencyMs") ?? 0),
                row.GetDateTimeOffset("StartedAt") ?? default,
                row.GetString("Error")));
        }
        return calls;
    }
}
