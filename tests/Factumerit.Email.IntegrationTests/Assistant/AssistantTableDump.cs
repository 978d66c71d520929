using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary>Every property of every row of a table, as text, for "this must never be stored" assertions.</summary>
internal static class AssistantTableDump
{
    public static async Task<IReadOnlyList<string>> ReadAllAsync(AzuriteFixture azurite, string table)
    {
        var client = new TableServiceClient(StorageConnection.Parse(azurite.ConnectionString)).GetTableClient(table);
        var rows = new List<string>();
        await foreach (var entity in client.QueryAsync<TableEntity>())
        {
            rows.Add(string.Join("; ", entity.Select(p => $"{p.Key}={p.Value}")));
        }
        return rows;
    }
}
