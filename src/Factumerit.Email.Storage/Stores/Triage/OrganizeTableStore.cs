using Azure;
using Factumerit.Email.Storage.Stores.Assistant;
using Factumerit.Email.Storage.Tables;
using Factumerit.Email.Triage.Organize;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Stores.Triage;

/// <summary>
/// <see cref="IOrganizeStore"/> on "{prefix}TriageOrganize": a run and its pages share the run id as partition
/// ("run", "page|000000", …) so a listed page and the run's listing state are written in one transaction; the
/// mailbox's lease is the row (mailbox, "organize-lease").
/// </summary>
public sealed class OrganizeTableStore(TableServiceClient service, IOptions<AssistantStorageOptions> options) : IOrganizeStore
{
    private readonly Lazy<Task<TableClient>> _table = new(async () =>
    {
        var table = service.GetTableClient(options.Value.TablePrefix + "TriageOrganize");
        await table.CreateIfNotExistsAsync().ConfigureAwait(false);
        return table;
    });

    public async Task<OrganizeRun?> GetRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(runId) || runId.Length > 64 || !runId.All(char.IsAsciiLetterOrDigit))
        {
            return null;
        }
        var row = await GetAsync(runId, OrganizeEntities.RunRow, cancellationToken).ConfigureAwait(false);
        return row is null ? null : OrganizeEntities.ToRun(row);
    }

    public async Task<OrganizeRun?> TrySaveRunAsync(OrganizeRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        var table = await _table.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var response = run.ETag is null
                ? await table.AddEntityAsync(OrganizeEntities.Run(run), cancellationToken).ConfigureAwait(false)
                : await table.UpdateEntityAsync(OrganizeEntities.Run(run), new ETag(run.ETag), TableUpdateMode.Replace, cancellationToken)
                    .ConfigureAwait(false);
            return run with { ETag = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return null;
        }
    }

    public async Task<OrganizeRun?> TrySavePageAsync(OrganizePage page, OrganizeRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrWhiteSpace(run.ETag, nameof(run) + "." + nameof(run.ETag));
        var table = await _table.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var responses = await table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, OrganizeEntities.Run(run), new ETag(run.ETag)),
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, OrganizeEntities.Page(page)),
            ], cancellationToken).ConfigureAwait(false);
            return run with { ETag = responses.Value[0].Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return null;
        }
    }

    public async Task<OrganizePage?> GetPageAsync(string runId, int number, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var row = await GetAsync(runId, OrganizeEntities.PageRow(number), cancellationToken).ConfigureAwait(false);
        return row is null ? null : OrganizeEntities.ToPage(row);
    }

    public async Task<(string? RunId, string? ETag)> GetLeaseAsync(string mailbox, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        var row = await GetAsync(mailbox, OrganizeEntities.LeaseRow, cancellationToken).ConfigureAwait(false);
        return row is null ? (null, null) : (row.GetString("RunId") is { Length: > 0 } id ? id : null, row.ETag.ToString());
    }

    public async Task<bool> TryWriteLeaseAsync(string mailbox, string? runId, string? etag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        var table = await _table.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(mailbox, OrganizeEntities.LeaseRow) { ["RunId"] = runId ?? "" };
        try
        {
            _ = etag is null
                ? await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false)
                : await table.UpdateEntityAsync(row, new ETag(etag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    private async Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var table = await _table.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value : null;
    }
}
