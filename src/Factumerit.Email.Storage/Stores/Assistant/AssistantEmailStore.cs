using Azure;
using Factumerit.Email.Assistant;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Assistant;

/// <summary>
/// <see cref="IAssistantEmailStore"/> on the AssistantEmails table. A record and its thread index row are
/// inserted in one transaction, so a duplicate insert (409) leaves neither twice.
/// </summary>
public sealed class AssistantEmailStore(AssistantTables tables, TimeProvider time) : IAssistantEmailStore
{
    public async Task<AssistantEmail?> GetAsync(string mailbox, string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        var table = await tables.EmailsAsync(cancellationToken).ConfigureAwait(false);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(mailbox, AssistantEmailEntity.RecordKey(messageId),
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? AssistantEmailEntity.To(response.Value!) : null;
    }

    public async Task<AssistantEmail?> FindLatestInThreadAsync(string mailbox, string threadId, CancellationToken cancellationToken = default) =>
        (await ListAsync(mailbox, threadId, 1, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public Task<IReadOnlyList<AssistantEmail>> ListInThreadAsync(string mailbox, string threadId, CancellationToken cancellationToken = default) =>
        ListAsync(mailbox, threadId, null, cancellationToken);

    public async Task<bool> TryAddAsync(AssistantEmail email, CancellationToken cancellationToken = default) =>
        await TryInsertAsync(email, cancellationToken).ConfigureAwait(false) is not null;

    public async Task<bool> TryUpdateAsync(AssistantEmail email, CancellationToken cancellationToken = default) =>
        await TryReplaceAsync(email, cancellationToken).ConfigureAwait(false) is not null;

    public async Task<AssistantEmail?> TryInsertAsync(AssistantEmail email, CancellationToken cancellationToken = default)
    {
        Validate(email);
        var table = await tables.EmailsAsync(cancellationToken).ConfigureAwait(false);
        var at = email.ReceivedAt ?? email.ClaimedAt ?? time.GetUtcNow();
        try
        {
            var responses = await table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, AssistantEmailEntity.From(email)),
                new TableTransactionAction(TableTransactionActionType.Add, AssistantEmailEntity.IndexRow(email, at)),
            ], cancellationToken).ConfigureAwait(false);
            var etag = responses.Value.Count > 0 ? responses.Value[0].Headers.ETag : null;
            return etag is { } tag
                ? email with { ETag = tag.ToString() }
                : await GetAsync(email.Mailbox, email.MessageId, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null;
        }
    }

    public async Task<AssistantEmail?> TryReplaceAsync(AssistantEmail email, CancellationToken cancellationToken = default)
    {
        Validate(email);
        if (email.ETag is null)
        {
            throw new ArgumentException("The record must carry the ETag it was read with.", nameof(email));
        }
        var table = await tables.EmailsAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await table.UpdateEntityAsync(AssistantEmailEntity.From(email), new ETag(email.ETag), TableUpdateMode.Replace,
                cancellationToken).ConfigureAwait(false);
            return email with { ETag = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }
    }

    private async Task<IReadOnlyList<AssistantEmail>> ListAsync(string mailbox, string threadId, int? top, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(threadId);
        var table = await tables.EmailsAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {mailbox}") + " and "
            + TableClient.CreatePrefixFilter("RowKey", AssistantEmailEntity.ThreadPrefix(threadId));
        var ids = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, top, ["MessageId"], cancellationToken).ConfigureAwait(false))
        {
            ids.Add(row.GetString("MessageId")!);
            if (ids.Count == top)
            {
                break;
            }
        }
        var records = new List<AssistantEmail>(ids.Count);
        foreach (var id in ids)
        {
            if (await GetAsync(mailbox, id, cancellationToken).ConfigureAwait(false) is { } record)
            {
                records.Add(record);
            }
        }
        return records;
    }

    private static void Validate(AssistantEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(email.Mailbox, nameof(email) + "." + nameof(email.Mailbox));
        ArgumentException.ThrowIfNullOrWhiteSpace(email.MessageId, nameof(email) + "." + nameof(email.MessageId));
        ArgumentException.ThrowIfNullOrWhiteSpace(email.ThreadId, nameof(email) + "." + nameof(email.ThreadId));
    }
}
