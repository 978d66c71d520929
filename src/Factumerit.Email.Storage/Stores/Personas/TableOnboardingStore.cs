using Factumerit.Email.Personas.Handlers.Onboard;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Stores.Personas;

internal sealed class TableOnboardingStore(TableServiceClient tables, IOptions<PersonaStoreOptions> options) : IOnboardingStore
{
    private readonly PersonaTable _table = new(tables, options.Value.OnboardingTable);

    public async Task<OnboardingState?> GetAsync(string email, CancellationToken cancellationToken = default)
    {
        var entity = await ReadAsync(email, cancellationToken).ConfigureAwait(false);
        return entity is null
            ? null
            : new OnboardingState(entity.Email, entity.UserId, entity.StartedAt, entity.FirstMessageId, entity.StoppedAt, entity.StopReason);
    }

    public async Task<bool> StartAsync(OnboardingState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentException.ThrowIfNullOrWhiteSpace(state.Email);
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(new OnboardingEntity
            {
                PartitionKey = StoreKeys.Of(state.Email),
                Email = state.Email.Trim().ToLowerInvariant(),
                UserId = state.UserId,
                StartedAt = state.StartedAt,
                FirstMessageId = state.FirstMessageId,
                StoppedAt = state.StoppedAt,
                StopReason = state.StopReason,
            }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableConflictException)
        {
            return false;
        }
    }

    public async Task StopAsync(string email, string reason, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var entity = await ReadAsync(email, cancellationToken).ConfigureAwait(false);
            if (entity is null || entity.StoppedAt is not null)
            {
                return;
            }
            entity.StoppedAt = at;
            entity.StopReason = reason;
            try
            {
                await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (TablePreconditionFailedException)
            {
                // Changed meanwhile; look again.
            }
        }
    }

    private async Task<OnboardingEntity?> ReadAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var response = await table.GetEntityIfExistsAsync<OnboardingEntity>(StoreKeys.Of(email), OnboardingEntity.Row,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }
}
