using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Factumerit.Email.Personas.Handlers.Digest;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Stores.Personas;

internal sealed class TableDigestSubscriptionStore(TableServiceClient tables, IOptions<PersonaStoreOptions> options) : IDigestSubscriptionStore
{
    private const string DateFormat = "yyyy-MM-dd";

    private readonly PersonaTable _table = new(tables, options.Value.DigestTable);

    public async Task<DigestSubscription?> GetAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var response = await table.GetEntityIfExistsAsync<DigestSubscriptionEntity>(StoreKeys.Of(email), DigestSubscriptionEntity.Row,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? ToSubscription(response.Value!) : null;
    }

    public async Task<DigestSubscription> SaveAsync(DigestSubscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentException.ThrowIfNullOrWhiteSpace(subscription.Email);
        ArgumentOutOfRangeException.ThrowIfNegative(subscription.Hour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(subscription.Hour, 23);
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        // Merge leaves LastSentLocalDate as stored: changing the settings must not re-send today's digest.
        var entity = new DigestSubscriptionEntity
        {
            PartitionKey = StoreKeys.Of(subscription.Email),
            Email = subscription.Email.Trim().ToLowerInvariant(),
            PersonaAddress = subscription.PersonaAddress,
            Hour = subscription.Hour,
            TimeZone = subscription.TimeZone,
            Active = subscription.Active,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        return await GetAsync(subscription.Email, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The subscription vanished right after it was saved.");
    }

    public async IAsyncEnumerable<DigestSubscription> ListActiveAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {DigestSubscriptionEntity.Row} and Active eq {true}");
        await foreach (var row in table.QueryAsync<DigestSubscriptionEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return ToSubscription(row);
        }
    }

    public async Task<bool> TryMarkSentAsync(DigestSubscription subscription, DateOnly localDate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (subscription.Version is null)
        {
            throw new ArgumentException("The subscription must be one read from the store.", nameof(subscription));
        }
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var entity = new DigestSubscriptionEntity
        {
            PartitionKey = StoreKeys.Of(subscription.Email),
            Email = subscription.Email,
            PersonaAddress = subscription.PersonaAddress,
            Hour = subscription.Hour,
            TimeZone = subscription.TimeZone,
            Active = subscription.Active,
            LastSentLocalDate = localDate.ToString(DateFormat, CultureInfo.InvariantCulture),
        };
        try
        {
            await table.UpdateEntityAsync(entity, new ETag(subscription.Version), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TablePreconditionFailedException)
        {
            return false;
        }
    }

    private static DigestSubscription ToSubscription(DigestSubscriptionEntity e) => new(
        e.Email,
        e.PersonaAddress,
        e.Hour,
        e.TimeZone,
        e.Active,
        DateOnly.TryParseExact(e.LastSentLocalDate, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
        e.ETag == default ? null : e.ETag.ToString());
}
