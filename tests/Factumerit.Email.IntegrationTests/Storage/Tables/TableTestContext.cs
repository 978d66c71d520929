using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.IntegrationTests.Storage.Tables;

internal static class TableTestContext
{
    public static async Task<TableClient> NewTableAsync(AzuriteFixture azurite, string prefix = "t")
    {
        var service = new TableServiceClient(StorageConnection.Parse(azurite.ConnectionString));
        var name = AzuriteFixture.UniqueName(prefix);
        await service.CreateTableIfNotExistsAsync(name);
        return service.GetTableClient(name);
    }

    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }
        return list;
    }
}
