using Factumerit.Email.Storage.Tables;
using Factumerit.Email.Tests.Storage.Tables.Support;

namespace Factumerit.Email.Tests.Storage.Tables;

/// <summary>Every rule is checked before a request leaves, with a message naming what is wrong.</summary>
public sealed class TableValidationTests
{
    private readonly FakeTableTransport _transport = new();

    [Theory]
    [InlineData("ab")]
    [InlineData("1orders")]
    [InlineData("order-s")]
    [InlineData("tables")]
    public void Bad_table_names_are_rejected_with_the_name(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => TestTables.Client(_transport, name));

        Assert.Contains($"'{name}'", ex.Message);
        Assert.Equal("tableName", ex.ParamName);
    }

    [Fact]
    public void Longest_table_name_is_accepted_and_one_more_character_is_not()
    {
        TestTables.Client(_transport, "a" + new string('1', 62));

        Assert.Throws<ArgumentException>(() => TestTables.Client(_transport, "a" + new string('1', 63)));
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\tb")]
    [InlineData("a\u007fb")]
    public async Task Keys_with_forbidden_characters_are_rejected_naming_the_key(string key)
    {
        var table = TestTables.Client(_transport);

        var pk = await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity(key, "r")));
        var rk = await Assert.ThrowsAsync<ArgumentException>(() => table.DeleteEntityAsync("p", key));

        Assert.Equal("PartitionKey", pk.ParamName);
        Assert.Equal("RowKey", rk.ParamName);
        Assert.Empty(_transport.Requests);
    }

    [Fact]
    public async Task Keys_longer_than_one_kibibyte_are_rejected()
    {
        var table = TestTables.Client(_transport);
        await Assert.ThrowsAsync<ArgumentException>(() => table.GetEntityAsync<TableEntity>(new string('k', 513), "r"));

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => table.GetEntityAsync<TableEntity>("p", new string('k', 513)));

        Assert.Contains("RowKey is 513 characters", ex.Message);
        Assert.Empty(_transport.Requests);
    }

    [Fact]
    public async Task More_than_252_custom_properties_are_rejected()
    {
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < 253; i++)
        {
            entity[$"P{i}"] = i;
        }

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => TestTables.Client(_transport).AddEntityAsync(entity));

        Assert.Contains("253 properties", ex.Message);
        Assert.Empty(_transport.Requests);
    }

    [Fact]
    public async Task Oversized_string_and_binary_properties_are_rejected_by_name()
    {
        var table = TestTables.Client(_transport);

        var text = await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(
            new TableEntity("p", "r") { ["Body"] = new string('x', 32 * 1024 + 1) }));
        var blob = await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(
            new TableEntity("p", "r") { ["Raw"] = new byte[64 * 1024 + 1] }));

        Assert.Contains("Property 'Body'", text.Message);
        Assert.Contains("Property 'Raw'", blob.Message);
        Assert.Empty(_transport.Requests);
    }

    [Fact]
    public async Task Entity_over_one_mebibyte_is_rejected_even_when_each_property_fits()
    {
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < 17; i++)
        {
            entity[$"Chunk{i}"] = new byte[64 * 1024];
        }

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => TestTables.Client(_transport).UpsertEntityAsync(entity));

        Assert.Contains("1 MiB", ex.Message);
        Assert.Empty(_transport.Requests);
    }

    [Fact]
    public async Task Unsupported_values_and_bad_property_names_are_rejected_by_name()
    {
        var table = TestTables.Client(_transport);

        var type = await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity("p", "r") { ["Price"] = 1.5m }));
        var name = await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity("p", "r") { ["a@b"] = 1 }));
        var date = await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity("p", "r") { ["Old"] = DateTime.MinValue }));

        Assert.Contains("Property 'Price' has type Decimal", type.Message);
        Assert.Contains("'a@b'", name.Message);
        Assert.Contains("Property 'Old'", date.Message);
        Assert.Empty(_transport.Requests);
    }

    [Fact]
    public async Task Transactions_are_limited_to_a_hundred_actions_in_one_partition_touching_each_row_once()
    {
        var table = TestTables.Client(_transport);
        TableTransactionAction Add(string pk, string rk) => new(TableTransactionActionType.Add, new TableEntity(pk, rk));

        var tooMany = await Assert.ThrowsAsync<ArgumentException>(
            () => table.SubmitTransactionAsync(Enumerable.Range(0, 101).Select(i => Add("p", $"r{i}"))));
        var empty = await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([]));
        var twoPartitions = await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([Add("p", "a"), Add("q", "b")]));
        var sameRow = await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([Add("p", "a"), Add("p", "a")]));

        Assert.Contains("this one has 101", tooMany.Message);
        Assert.Contains("this one has 0", empty.Message);
        Assert.Contains("action 1 has PartitionKey 'q'", twoPartitions.Message);
        Assert.Contains("action 1 repeats RowKey 'a'", sameRow.Message);
        Assert.Empty(_transport.Requests);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void Page_size_outside_the_service_limit_is_rejected(int maxPerPage)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TestTables.Client(_transport).QueryAsync<TableEntity>(maxPerPage: maxPerPage));

        Assert.Equal("maxPerPage", ex.ParamName);
    }
}
