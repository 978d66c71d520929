using Azure;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Assistant;

/// <summary><see cref="IMailboxStore"/> on the Mailboxes table; every write after the first is conditional on the ETag.</summary>
public sealed class MailboxStore(AssistantTables tables) : IMailboxStore
{
    public async Task<Mailbox?> GetAsync(string address, CancellationToken cancellationToken = default)
    {
        var key = Key(address);
        if (key is null)
        {
            return null;
        }
        var table = await tables.MailboxesAsync(cancellationToken).ConfigureAwait(false);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(key, MailboxEntity.RowKey, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return response.HasValue ? MailboxEntity.To(response.Value!) : null;
    }

    public async Task<IReadOnlyList<Mailbox>> ListAsync(CancellationToken cancellationToken = default)
    {
        var table = await tables.MailboxesAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<Mailbox>();
        var filter = TableClient.CreateQueryFilter($"RowKey eq {MailboxEntity.RowKey}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            result.Add(MailboxEntity.To(entity));
        }
        return result;
    }

    public async Task<bool> TryAddAsync(Mailbox mailbox, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        var table = await tables.MailboxesAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(MailboxEntity.From(mailbox), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<Mailbox?> TryUpdateAsync(Mailbox mailbox, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        if (mailbox.ETag is null)
        {
            throw new ArgumentException("The mailbox must carry the ETag it was read with.", nameof(mailbox));
        }
        var table = await tables.MailboxesAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await table.UpdateEntityAsync(MailboxEntity.From(mailbox), MailboxEntity.Tag(mailbox.ETag), TableUpdateMode.Replace,
                cancellationToken).ConfigureAwait(false);
            return mailbox with { ETag = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }
    }

    public async Task<bool> DeleteAsync(string address, CancellationToken cancellationToken = default)
    {
        var key = Key(address);
        if (key is null)
        {
            return false;
        }
        var table = await tables.MailboxesAsync(cancellationToken).ConfigureAwait(false);
        var response = await table.DeleteEntityAsync(key, MailboxEntity.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.Status != 404;
    }

    // An address that cannot be a key cannot be a connected mailbox either.
    private static string? Key(string address) =>
        Factumerit.Email.Mail.EmailAddress.TryParse(address, out var parsed) ? parsed.Address : null;
}
