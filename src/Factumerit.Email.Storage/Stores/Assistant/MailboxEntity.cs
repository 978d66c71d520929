using System.Text.Json;
using Azure;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Assistant;

/// <summary>The mailbox row: partition = address, row = "mailbox". Only setting NAMES are stored, never secrets.</summary>
internal static class MailboxEntity
{
    public const string RowKey = "mailbox";

    public static TableEntity From(Mailbox mailbox)
    {
        var entity = new TableEntity(mailbox.Address, RowKey);
        var credential = mailbox.Credential;
        entity["CredentialKind"] = credential.Kind.ToString();
        Columns.Set(entity, "ClientIdSetting", credential.ClientIdSetting);
        Columns.Set(entity, "ClientSecretSetting", credential.ClientSecretSetting);
        Columns.Set(entity, "RefreshTokenSetting", credential.RefreshTokenSetting);
        Columns.Set(entity, "ServiceAccountSetting", credential.ServiceAccountSetting);
        entity["Settings"] = JsonSerializer.Serialize(mailbox.Settings, AssistantStorageJson.Default.MailboxSettings);
        entity["LabelIds"] = JsonSerializer.Serialize(mailbox.LabelIds.ToDictionary(), AssistantStorageJson.Default.DictionaryStringString);
        Columns.SetUInt64(entity, "HistoryId", mailbox.HistoryId);
        Columns.Set(entity, "WatchExpiresAt", mailbox.WatchExpiresAt);
        Columns.Set(entity, "ConnectedAt", mailbox.ConnectedAt);
        Columns.Set(entity, "LastSyncAt", mailbox.LastSyncAt);
        Columns.Set(entity, "SyncLeaseOwner", mailbox.SyncLeaseOwner);
        Columns.Set(entity, "SyncLeaseExpiresAt", mailbox.SyncLeaseExpiresAt);
        Columns.Set(entity, "SyncPendingUntil", mailbox.SyncPendingUntil);
        return entity;
    }

    public static Mailbox To(TableEntity entity) => new()
    {
        Address = entity.PartitionKey,
        Credential = new MailboxCredentialRef
        {
            Kind = Enum.Parse<MailboxCredentialKind>(entity.GetString("CredentialKind") ?? nameof(MailboxCredentialKind.RefreshToken)),
            ClientIdSetting = entity.GetString("ClientIdSetting"),
            ClientSecretSetting = entity.GetString("ClientSecretSetting"),
            RefreshTokenSetting = entity.GetString("RefreshTokenSetting"),
            ServiceAccountSetting = entity.GetString("ServiceAccountSetting"),
        },
        Settings = entity.GetString("Settings") is { } settings
            ? JsonSerializer.Deserialize(settings, AssistantStorageJson.Default.MailboxSettings) ?? new MailboxSettings()
            : new MailboxSettings(),
        LabelIds = entity.GetString("LabelIds") is { } labels
            ? JsonSerializer.Deserialize(labels, AssistantStorageJson.Default.DictionaryStringString) ?? []
            : new Dictionary<string, string>(),
        HistoryId = Columns.GetUInt64(entity, "HistoryId"),
        WatchExpiresAt = entity.GetDateTimeOffset("WatchExpiresAt"),
        ConnectedAt = entity.GetDateTimeOffset("ConnectedAt"),
        LastSyncAt = entity.GetDateTimeOffset("LastSyncAt"),
        SyncLeaseOwner = entity.GetString("SyncLeaseOwner"),
        SyncLeaseExpiresAt = entity.GetDateTimeOffset("SyncLeaseExpiresAt"),
        SyncPendingUntil = entity.GetDateTimeOffset("SyncPendingUntil"),
        ETag = entity.ETag == default ? null : entity.ETag.ToString(),
    };

    public static ETag Tag(string? etag) => etag is null ? default : new ETag(etag);
}
