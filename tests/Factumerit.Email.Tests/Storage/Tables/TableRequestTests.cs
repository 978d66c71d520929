using System.Text.Json;
using Azure;
using Factumerit.Email.Storage.Tables;
using Factumerit.Email.Tests.Storage.Tables.Support;

namespace Factumerit.Email.Tests.Storage.Tables;

public sealed class TableRequestTests
{
    [Fact]
    public async Task Keys_are_quote_doubled_then_percent_encoded_in_the_entity_address()
    {
        var transport = new FakeTableTransport(new FakeResponse(204));

        await TestTables.Client(transport).DeleteEntityAsync("O'Brien & co", "a b+c%é");

        Assert.EndsWith("/orders(PartitionKey='O%27%27Brien%20%26%20co',RowKey='a%20b%2Bc%25%C3%A9')",
            transport.Single.Uri.AbsoluteUri);
        Assert.Equal("DELETE", transport.Single.Method);
        Assert.Equal("*", transport.Single.Header("If-Match"));
    }

    [Theory]
    [InlineData(TableUpdateMode.Merge, "MERGE")]
    [InlineData(TableUpdateMode.Replace, "PUT")]
    public async Task Update_sends_the_mode_as_the_method_and_the_etag_as_if_match(TableUpdateMode mode, string method)
    {
        var transport = new FakeTableTransport(new FakeResponse(204, "", ("ETag", "W/\"new\"")));

        var response = await TestTables.Client(transport).UpdateEntityAsync(new TableEntity("p", "r"), new ETag("W/\"old\""), mode);

        Assert.Equal(method, transport.Single.Method);
        Assert.Equal("W/\"old\"", transport.Single.Header("If-Match"));
        Assert.Equal(new ETag("W/\"new\""), response.Headers.ETag);
    }

    [Fact]
    public async Task Upsert_sends_no_if_match()
    {
        var transport = new FakeTableTransport(new FakeResponse(204));

        await TestTables.Client(transport).UpsertEntityAsync(new TableEntity("p", "r"), TableUpdateMode.Replace);

        Assert.Equal("PUT", transport.Single.Method);
        Assert.False(transport.Single.Headers.ContainsKey("If-Match"));
    }

    [Fact]
    public async Task Create_table_posts_the_name_and_treats_an_existing_table_as_success()
    {
        var transport = new FakeTableTransport(FakeResponse.Error(409, "TableAlreadyExists"));

        var response = await new TableServiceClient(TestTables.Connection(), TestTables.Options(transport))
            .CreateTableIfNotExistsAsync("orders");

        Assert.Equal(409, response.GetRawResponse().Status);
        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1/Tables", transport.Single.Uri.AbsoluteUri);
        Assert.Equal("orders", JsonDocument.Parse(transport.Single.Body).RootElement.GetProperty("TableName").GetString());
    }

    [Fact]
    public async Task Create_table_fails_when_the_table_is_still_being_deleted()
    {
        var transport = new FakeTableTransport(FakeResponse.Error(409, "TableBeingDeleted"));

        var ex = await Assert.ThrowsAsync<TableConflictException>(
            () => TestTables.Client(transport).CreateIfNotExistsAsync());

        Assert.Equal("TableBeingDeleted", ex.ErrorCode);
    }

    [Fact]
    public async Task Get_with_select_asks_for_those_columns()
    {
        var transport = new FakeTableTransport(FakeResponse.Json(200, """{"PartitionKey":"p","RowKey":"r","A":"x"}"""));

        await TestTables.Client(transport).GetEntityAsync<TableEntity>("p", "r", ["A", "B"]);

        Assert.Equal("?$select=A%2CB", transport.Single.Uri.Query);
    }
}
