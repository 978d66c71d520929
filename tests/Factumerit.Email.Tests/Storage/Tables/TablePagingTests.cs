using Factumerit.Email.Storage.Tables;
using Factumerit.Email.Tests.Storage.Tables.Support;

namespace Factumerit.Email.Tests.Storage.Tables;

public sealed class TablePagingTests
{
    [Fact]
    public async Task Query_follows_continuation_headers_through_an_empty_page_until_they_stop()
    {
        var transport = new FakeTableTransport(
            FakeResponse.Json(200, """{"value":[{"PartitionKey":"p","RowKey":"1"}]}""",
                ("x-ms-continuation-NextPartitionKey", "1!4!cA--"), ("x-ms-continuation-NextRowKey", "1!4!MQ--")),
            FakeResponse.Json(200, """{"value":[]}""",
                ("x-ms-continuation-NextPartitionKey", "1!4!cA--"), ("x-ms-continuation-NextRowKey", "1!4!Mg--")),
            FakeResponse.Json(200, """{"value":[{"PartitionKey":"p","RowKey":"2"},{"PartitionKey":"p","RowKey":"3"}]}"""));

        var rows = new List<string>();
        await foreach (var entity in TestTables.Client(transport).QueryAsync<TableEntity>(maxPerPage: 2))
        {
            rows.Add(entity.RowKey);
        }

        Assert.Equal(["1", "2", "3"], rows);
        Assert.Equal(3, transport.Requests.Count);
        Assert.Equal("?$top=2", transport.Requests[0].Uri.Query);
        Assert.Equal("?$top=2&NextPartitionKey=1%214%21cA--&NextRowKey=1%214%21MQ--", transport.Requests[1].Uri.Query);
        Assert.Equal("?$top=2&NextPartitionKey=1%214%21cA--&NextRowKey=1%214%21Mg--", transport.Requests[2].Uri.Query);
    }

    [Fact]
    public async Task Pages_expose_the_continuation_token_for_resuming()
    {
        var transport = new FakeTableTransport(
            FakeResponse.Json(200, """{"value":[{"PartitionKey":"p","RowKey":"1"}]}""",
                ("x-ms-continuation-NextPartitionKey", "pk"), ("x-ms-continuation-NextRowKey", "rk")),
            FakeResponse.Json(200, """{"value":[{"PartitionKey":"p","RowKey":"2"}]}"""));
        var table = TestTables.Client(transport);

        string? token = null;
        await foreach (var page in table.QueryAsync<TableEntity>().AsPages())
        {
            token = page.ContinuationToken;
            break;
        }
        await foreach (var _ in table.QueryAsync<TableEntity>().AsPages(token))
        {
        }

        Assert.Equal("pk rk", token);
        Assert.Equal("?NextPartitionKey=pk&NextRowKey=rk", transport.Requests[1].Uri.Query);
    }
}
