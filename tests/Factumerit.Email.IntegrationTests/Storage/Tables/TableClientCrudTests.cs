using Azure;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.IntegrationTests.Storage.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class TableClientCrudTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Creating_an_existing_table_is_not_an_error_and_deleting_it_twice_is_not_either()
    {
        var service = new TableServiceClient(StorageConnection.Parse(azurite.ConnectionString));
        var name = AzuriteFixture.UniqueName("tbl");

        var first = await service.CreateTableIfNotExistsAsync(name);
        var second = await service.CreateTableIfNotExistsAsync(name);
        var deleted = await service.DeleteTableAsync(name);
        var deletedAgain = await service.DeleteTableAsync(name);

        Assert.Equal(204, first.GetRawResponse().Status);
        Assert.Equal(409, second.GetRawResponse().Status);
        Assert.Equal(name, second.Value.Name);
        Assert.Equal(204, deleted.Status);
        Assert.Equal(404, deletedAgain.Status);
        await Assert.ThrowsAsync<RequestFailedException>(() => service.GetTableClient(name).AddEntityAsync(new TableEntity("p", "r")));
    }

    [Fact]
    public async Task Added_entity_reads_back_with_the_etag_the_add_returned()
    {
        var table = await TableTestContext.NewTableAsync(azurite);
        var added = await table.AddEntityAsync(new TableEntity("p", "r") { ["Name"] = "Ada" });

        var read = await table.GetEntityAsync<TableEntity>("p", "r");

        Assert.Equal(204, added.Status);
        Assert.NotNull(added.Headers.ETag);
        Assert.Equal(added.Headers.ETag, read.Value.ETag);
        Assert.Equal("Ada", read.Value.GetString("Name"));
        Assert.NotNull(read.Value.Timestamp);
    }

    [Fact]
    public async Task Adding_the_same_keys_twice_throws_a_conflict()
    {
        var table = await TableTestContext.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("p", "r"));

        var ex = await Assert.ThrowsAsync<TableConflictException>(() => table.AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(409, ex.Status);
        Assert.Equal("EntityAlreadyExists", ex.ErrorCode);
    }

    [Fact]
    public async Task Missing_entity_is_404_from_get_and_no_value_from_get_if_exists()
    {
        var table = await TableTestContext.NewTableAsync(azurite);

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityAsync<TableEntity>("p", "nope"));
        var maybe = await table.GetEntityIfExistsAsync<TableEntity>("p", "nope");

        Assert.Equal(404, ex.Status);
        Assert.Equal("ResourceNotFound", ex.ErrorCode);
        Assert.False(maybe.HasValue);
        Assert.Equal(404, maybe.GetRawResponse().Status);
    }

    [Fact]
    public async Task Update_with_a_stale_etag_fails_and_leaves_the_newer_write_in_place()
    {
        var table = await TableTestContext.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Step"] = 1 });
        var original = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;

        original["Step"] = 2;
        var updated = await table.UpdateEntityAsync(original, original.ETag, TableUpdateMode.Replace);
        original["Step"] = 3;
        var ex = await Assert.ThrowsAsync<TablePreconditionFailedException>(
            () => table.UpdateEntityAsync(original, original.ETag, TableUpdateMode.Merge));

        var stored = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;
        Assert.Equal(412, ex.Status);
        Assert.Equal("UpdateConditionNotSatisfied", ex.ErrorCode);
        Assert.Equal(2, stored.GetInt32("Step"));
        Assert.Equal(updated.Headers.ETag, stored.ETag);
    }

    [Fact]
    public async Task Upsert_merge_keeps_omitted_properties_and_upsert_replace_drops_them()
    {
        var table = await TableTestContext.NewTableAsync(azurite);
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["B"] = "b2" }, TableUpdateMode.Merge);
        var merged = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["C"] = "c" }, TableUpdateMode.Replace);
        var replaced = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;

        Assert.Equal(("a", "b2"), (merged.GetString("A"), merged.GetString("B")));
        Assert.Equal((null, null, "c"), (replaced.GetString("A"), replaced.GetString("B"), replaced.GetString("C")));
    }

    [Fact]
    public async Task Delete_honours_the_etag_and_a_missing_entity_is_not_an_error()
    {
        var table = await TableTestContext.NewTableAsync(azurite);
        var first = await table.AddEntityAsync(new TableEntity("p", "r"));
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["X"] = 1 });

        await Assert.ThrowsAsync<TablePreconditionFailedException>(() => table.DeleteEntityAsync("p", "r", first.Headers.ETag!.Value));
        var deleted = await table.DeleteEntityAsync("p", "r");
        var again = await table.DeleteEntityAsync("p", "r");

        Assert.Equal(204, deleted.Status);
        Assert.Equal(404, again.Status);
        Assert.False((await table.GetEntityIfExistsAsync<TableEntity>("p", "r")).HasValue);
    }

    [Theory]
    [InlineData("O'Brien", "it''s")]
    [InlineData("space and + plus", "100% é ü 日本")]
    [InlineData("(paren)=,;", "&amp'&")]
    [InlineData("", "")]
    public async Task Keys_with_quotes_and_reserved_url_characters_address_the_right_entity(string partitionKey, string rowKey)
    {
        var table = await TableTestContext.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity(partitionKey, rowKey) { ["V"] = "x" });

        var read = await table.GetEntityAsync<TableEntity>(partitionKey, rowKey);
        await table.UpdateEntityAsync(new TableEntity(partitionKey, rowKey) { ["V"] = "y" }, read.Value.ETag);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey eq {rowKey}");
        var found = await table.QueryAsync<TableEntity>(filter).ToListAsync();
        var deleted = await table.DeleteEntityAsync(partitionKey, rowKey);

        Assert.Equal((partitionKey, rowKey), (read.Value.PartitionKey, read.Value.RowKey));
        Assert.Equal("y", Assert.Single(found).GetString("V"));
        Assert.Equal(204, deleted.Status);
    }

    [Fact]
    public async Task Get_with_select_returns_only_the_selected_properties()
    {
        var table = await TableTestContext.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        var read = await table.GetEntityAsync<TableEntity>("p", "r", ["A"]);

        Assert.Equal("a", read.Value.GetString("A"));
        Assert.False(read.Value.ContainsKey("B"));
    }
}
