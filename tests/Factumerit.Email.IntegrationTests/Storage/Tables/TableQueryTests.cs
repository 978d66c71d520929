using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.IntegrationTests.Storage.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class TableQueryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Query_over_more_than_a_thousand_entities_follows_continuation_tokens()
    {
        var table = await TableTestContext.NewTableAsync(azurite);
        const int total = 1150;
        foreach (var chunk in Enumerable.Range(0, total).Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(i => new TableTransactionAction(
                TableTransactionActionType.Add, new TableEntity("p", i.ToString("D5")) { ["N"] = i })));
        }

        var pages = await table.QueryAsync<TableEntity>(maxPerPage: 400).AsPages().ToListAsync();
        var unpaged = await table.QueryAsync<TableEntity>().ToListAsync();

        Assert.Equal([400, 400, 350], pages.Select(p => p.Values.Count));
        Assert.Null(pages[^1].ContinuationToken);
        Assert.Equal(Enumerable.Range(0, total), pages.SelectMany(p => p.Values).Select(e => e.GetInt32("N")!.Value));
        Assert.Equal(total, unpaged.Count);
    }

    [Fact]
    public async Task Paging_can_resume_from_a_continuation_token()
    {
        var table = await TableTestContext.NewTableAsync(azurite);
        await table.SubmitTransactionAsync(Enumerable.Range(0, 5).Select(i => new TableTransactionAction(
            TableTransactionActionType.Add, new TableEntity("p", $"r{i}"))));

        var first = await table.QueryAsync<TableEntity>(maxPerPage: 2).AsPages().FirstAsync();
        var rest = await table.QueryAsync<TableEntity>(maxPerPage: 2).AsPages(first.ContinuationToken).ToListAsync();

        Assert.Equal(["r0", "r1"], first.Values.Select(e => e.RowKey));
        Assert.Equal(["r2", "r3", "r4"], rest.SelectMany(p => p.Values).Select(e => e.RowKey));
    }

    [Fact]
    public async Task Typed_filter_literals_match_the_stored_values()
    {
        var table = await TableTestContext.NewTableAsync(azurite);
        var sample = AllTypesEntity.Sample("p", "match");
        await table.AddEntityAsync(sample);
        await table.AddEntityAsync(new AllTypesEntity { PartitionKey = "p", RowKey = "other", Text = "x", When = DateTimeOffset.UnixEpoch, WhenUtc = DateTime.UnixEpoch });

        async Task<string[]> Rows(FormattableString filter) =>
            (await table.QueryAsync<AllTypesEntity>(TableClient.CreateQueryFilter(filter)).ToListAsync()).Select(e => e.RowKey).ToArray();

        Assert.Equal(["match"], await Rows($"Text eq {sample.Text}"));
        Assert.Equal(["match"], await Rows($"Big eq {sample.Big}"));
        Assert.Equal(["match"], await Rows($"Count eq {sample.Count}"));
        Assert.Equal(["match"], await Rows($"Whole eq {sample.Whole}"));
        Assert.Equal(["match"], await Rows($"Flag eq {true}"));
        Assert.Equal(["match"], await Rows($"Id eq {sample.Id}"));
        Assert.Equal(["match"], await Rows($"When eq {sample.When}"));
        Assert.Equal(["match"], await Rows($"Blob eq {sample.Blob}"));
        Assert.Equal(["match"], await Rows($"Mood eq {Mood.Busy}"));
        Assert.Empty(await Rows($"Text eq {"x' or Text ne 'x"}"));
    }

    [Fact]
    public async Task Prefix_filter_selects_exactly_the_keys_with_that_prefix()
    {
        var table = await TableTestContext.NewTableAsync(azurite);
        string[] keys = ["ab", "abc", "abc-1", "abcz", "abd", "abb", "b"];
        await table.SubmitTransactionAsync(keys.Select(k => new TableTransactionAction(
            TableTransactionActionType.Add, new TableEntity("p", k))));

        var found = await table.QueryAsync<TableEntity>(TableClient.CreatePrefixFilter("RowKey", "abc"), select: ["RowKey"]).ToListAsync();

        Assert.Equal(["abc", "abc-1", "abcz"], found.Select(e => e.RowKey));
    }
}

internal static class AsyncEnumerableExtensions
{
    public static async Task<T> FirstAsync<T>(this IAsyncEnumerable<T> items)
    {
        await foreach (var item in items)
        {
            return item;
        }
        throw new InvalidOperationException("The sequence was empty.");
    }
}
