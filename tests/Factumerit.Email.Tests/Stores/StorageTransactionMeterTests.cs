using Azure.Core;
using Factumerit.Email.Storage.Stores;
using Factumerit.Email.Storage.Stores.Diagnostics;
using Factumerit.Email.Storage.Tables;
using Factumerit.Email.Tests.Storage.Tables.Support;

namespace Factumerit.Email.Tests.Stores;

public sealed class StorageTransactionMeterTests
{
    [Fact]
    public async Task Every_attempt_is_counted_as_a_transaction_of_its_operation_retries_included()
    {
        var meter = new StorageTransactionMeter();
        var transport = new FakeTableTransport(FakeResponse.Error(503, "ServerBusy"), new FakeResponse(204), FakeResponse.Error(409, "EntityAlreadyExists"));
        var options = TestTables.Options(transport);
        options.Retry.MaxRetries = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        var table = new TableServiceClient(TestTables.Connection(), StorageTransactionPolicy.AddTo(options, meter, StorageTransactionPolicy.TableService))
            .GetTableClient("orders");

        await table.AddEntityAsync(new TableEntity("p", "r"));
        await Assert.ThrowsAsync<TableConflictException>(() => table.AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(new Dictionary<string, long> { ["table.insert"] = 3 }, meter.Snapshot());
    }

    [Theory]
    [InlineData("POST", "/acct/Tables", false, "create_table")]
    [InlineData("POST", "/acct/$batch", false, "batch")]
    [InlineData("POST", "/acct/orders", false, "insert")]
    [InlineData("GET", "/acct/orders(PartitionKey='p',RowKey='r')", false, "get")]
    [InlineData("MERGE", "/acct/orders(PartitionKey='p',RowKey='r')", true, "update")]
    [InlineData("PUT", "/acct/orders(PartitionKey='p',RowKey='r')", false, "upsert")]
    [InlineData("DELETE", "/acct/orders(PartitionKey='p',RowKey='r')", true, "delete")]
    [InlineData("GET", "/acct/orders()", false, "query")]
    public void Table_requests_are_named_by_what_they_do(string method, string path, bool ifMatch, string expected)
    {
        Assert.Equal(expected, StorageOperations.Table(RequestMethod.Parse(method), path, ifMatch));
    }

    [Theory]
    [InlineData("PUT", "/acct/inbound", "", "create_queue")]
    [InlineData("POST", "/acct/inbound/messages", "?visibilitytimeout=0", "send")]
    [InlineData("GET", "/acct/inbound/messages", "?numofmessages=16", "receive")]
    [InlineData("GET", "/acct/inbound/messages", "?peekonly=true", "peek")]
    [InlineData("PUT", "/acct/inbound/messages/id-1", "?popreceipt=x", "update")]
    [InlineData("DELETE", "/acct/inbound/messages/id-1", "?popreceipt=x", "delete")]
    [InlineData("DELETE", "/acct/inbound/messages", "", "clear")]
    public void Queue_requests_are_named_by_what_they_do(string method, string path, string query, string expected)
    {
        Assert.Equal(expected, StorageOperations.Queue(RequestMethod.Parse(method), path, query));
    }

    [Fact]
    public void Difference_leaves_out_operations_that_did_not_change()
    {
        var before = new Dictionary<string, long> { ["table.get"] = 2, ["queue.receive"] = 10 };
        var after = new Dictionary<string, long> { ["table.get"] = 5, ["queue.receive"] = 10, ["table.insert"] = 1 };

        Assert.Equal(new Dictionary<string, long> { ["table.get"] = 3, ["table.insert"] = 1 }, StorageTransactionMeter.Difference(before, after));
    }

    [Theory]
    [InlineData("reply:0b6c", "reply:0b6c")]
    [InlineData("a/b\\c#d?e%f", "a%2Fb%5Cc%23d%3Fe%25f")]
    public void Caller_chosen_keys_become_valid_distinct_table_keys(string value, string expected)
    {
        Assert.Equal(expected, StoreKeys.Encode(value));
    }

    [Fact]
    public void Newest_first_row_keys_sort_later_times_first()
    {
        var earlier = StoreKeys.NewestFirst(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero));
        var later = StoreKeys.NewestFirst(new DateTimeOffset(2025, 3, 3, 9, 0, 1, TimeSpan.Zero));

        Assert.True(string.CompareOrdinal(later, earlier) < 0);
        Assert.Equal(19, later.Length);
    }
}
