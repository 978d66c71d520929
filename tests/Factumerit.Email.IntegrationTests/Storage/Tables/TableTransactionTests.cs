using Azure;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.IntegrationTests.Storage.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class TableTransactionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Transaction_applies_every_action_type_and_returns_an_etag_per_write()
    {
        var table = await TableTestContext.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("p", "merge") { ["A"] = "a", ["B"] = "b" });
        await table.AddEntityAsync(new TableEntity("p", "replace") { ["A"] = "a", ["B"] = "b" });
        await table.AddEntityAsync(new TableEntity("p", "delete"));

        var result = await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "add") { ["N"] = 1 }),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "merge") { ["B"] = "b2" }),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "replace") { ["B"] = "b2" }),
            new(TableTransactionActionType.Delete, new TableEntity("p", "delete")),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "upsertmerge") { ["N"] = 2L }),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "upsertreplace") { ["N"] = 3.0 }),
        ]);

        var rows = (await table.QueryAsync<TableEntity>().ToListAsync()).ToDictionary(e => e.RowKey);
        Assert.Equal(6, result.Value.Count);
        Assert.All(result.Value.Where((_, i) => i != 3), r => Assert.NotNull(r.Headers.ETag));
        Assert.Equal(["add", "merge", "replace", "upsertmerge", "upsertreplace"], rows.Keys.Order());
        Assert.Equal(rows["add"].ETag, result.Value[0].Headers.ETag);
        Assert.Equal(("a", "b2"), (rows["merge"].GetString("A"), rows["merge"].GetString("B")));
        Assert.Equal((null, "b2"), (rows["replace"].GetString("A"), rows["replace"].GetString("B")));
        Assert.IsType<long>(rows["upsertmerge"]["N"]);
        Assert.IsType<double>(rows["upsertreplace"]["N"]);
    }

    [Fact]
    public async Task Transaction_failing_at_index_k_writes_nothing_and_reports_k()
    {
        var table = await TableTestContext.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("p", "r3") { ["Original"] = true });

        var ex = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
            Enumerable.Range(0, 6).Select(i => new TableTransactionAction(
                TableTransactionActionType.Add, new TableEntity("p", $"r{i}") { ["Original"] = false }))));

        var rows = await table.QueryAsync<TableEntity>().ToListAsync();
        Assert.Equal(3, ex.FailedTransactionActionIndex);
        Assert.Equal(409, ex.Status);
        Assert.Equal("EntityAlreadyExists", ex.ErrorCode);
        Assert.Equal("r3", Assert.Single(rows).RowKey);
        Assert.True(rows[0].GetBoolean("Original"));
    }

    [Fact]
    public async Task Transaction_of_a_hundred_actions_is_accepted()
    {
        var table = await TableTestContext.NewTableAsync(azurite);

        var result = await table.SubmitTransactionAsync(Enumerable.Range(0, 100).Select(i => new TableTransactionAction(
            TableTransactionActionType.UpsertReplace, new TableEntity("p", $"r{i:D3}"))));

        Assert.Equal(100, result.Value.Count);
        Assert.Equal(100, (await table.QueryAsync<TableEntity>().ToListAsync()).Count);
    }

    [Fact]
    public async Task Transaction_update_of_a_missing_entity_fails_with_its_index()
    {
        var table = await TableTestContext.NewTableAsync(azurite);

        var ex = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "a")),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "missing"), ETag.All),
        ]));

        Assert.Equal(1, ex.FailedTransactionActionIndex);
        Assert.Equal(404, ex.Status);
        Assert.Empty(await table.QueryAsync<TableEntity>().ToListAsync());
    }
}
