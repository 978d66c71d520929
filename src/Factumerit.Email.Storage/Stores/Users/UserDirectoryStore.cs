using System.Runtime.CompilerServices;
using Factumerit.Email.Inbound;
using Factumerit.Email.Mail;
using Factumerit.Email.Storage.Tables;
using Factumerit.Email.Users;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Stores.Users;

/// <summary>
/// <see cref="IUserDirectory"/> over the <c>Users</c> table. Addresses are normalized (lower case, plus tag dropped),
/// so <c>Alice+x@Example.com</c> finds <c>alice@example.com</c>.
/// </summary>
public sealed class UserDirectoryStore(StorageProvisioner storage, IOptions<InboundOptions> options, TimeProvider time) : IUserDirectory
{
    private const int MaxAttempts = 5;

    public static string Normalize(string email) =>
        EmailAddress.TryParse(email, out var address)
            ? address.WithoutTag().Address
            : throw new ArgumentException("The value is not a valid email address.", nameof(email));

    public async Task<UserRecord?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        var key = Normalize(email);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(table, key, cancellationToken).ConfigureAwait(false) is { } row ? ToRecord(row) : null;
    }

    public async Task<UserRecord> EnsureAsync(string email, string? displayName, string source, CancellationToken cancellationToken = default)
    {
        var key = Normalize(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var row = new UserEntity
        {
            PartitionKey = StoreKeys.Encode(key),
            UserId = Guid.NewGuid().ToString("N"),
            Email = key,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim(),
            Source = source,
            CreatedAt = time.GetUtcNow(),
        };
        try
        {
            await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
            return ToRecord(row);
        }
        catch (TableConflictException)
        {
            // Someone created it first; everyone gets that user.
            return ToRecord(await ReadAsync(table, key, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The user was created and removed at the same time; try again."));
        }
    }

    public async Task<UserRecord> SetTimeZoneAsync(string email, string timeZone, CancellationToken cancellationToken = default)
    {
        var key = Normalize(email);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            throw new ArgumentException($"'{timeZone}' is not a known time zone id (e.g. Europe/Paris).", nameof(timeZone));
        }
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var row = await ReadAsync(table, key, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("No user has that address.");
            row.TimeZone = timeZone;
            try
            {
                await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return ToRecord(row);
            }
            catch (TablePreconditionFailedException)
            {
                // Changed since we read it; apply the change to the fresh copy.
            }
        }
        throw new InvalidOperationException($"The user stayed contended for {MaxAttempts} attempts.");
    }

    public async Task<bool> RemoveAsync(string email, CancellationToken cancellationToken = default)
    {
        var key = Normalize(email);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var response = await table.DeleteEntityAsync(StoreKeys.Encode(key), UserEntity.Row, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return response.Status != 404;
    }

    public async IAsyncEnumerable<UserRecord> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var row in table.QueryAsync<UserEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return ToRecord(row);
        }
    }

    private static async Task<UserEntity?> ReadAsync(TableClient table, string key, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<UserEntity>(StoreKeys.Encode(key), UserEntity.Row,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    private static UserRecord ToRecord(UserEntity row) =>
        new(row.UserId, row.Email, row.DisplayName, row.TimeZone, row.Source, row.CreatedAt);

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) =>
        storage.TableAsync(options.Value.Tables.Users, cancellationToken);
}
