using Azure;
using Factumerit.Email.Storage.Tables;
using Factumerit.Email.Tests.Storage.Tables.Support;

namespace Factumerit.Email.Tests.Storage.Tables;

public sealed class TableErrorMappingTests
{
    [Fact]
    public async Task Conflict_on_add_is_a_typed_exception_with_the_service_code()
    {
        var transport = new FakeTableTransport(FakeResponse.Error(409, "EntityAlreadyExists", "The specified entity already exists."));

        var ex = await Assert.ThrowsAsync<TableConflictException>(
            () => TestTables.Client(transport).AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(409, ex.Status);
        Assert.Equal("EntityAlreadyExists", ex.ErrorCode);
        Assert.Contains("The specified entity already exists.", ex.Message);
    }

    [Fact]
    public async Task Stale_etag_is_a_typed_precondition_exception()
    {
        var transport = new FakeTableTransport(FakeResponse.Error(412, "UpdateConditionNotSatisfied"));

        var ex = await Assert.ThrowsAsync<TablePreconditionFailedException>(
            () => TestTables.Client(transport).UpdateEntityAsync(new TableEntity("p", "r"), new ETag("W/\"1\"")));

        Assert.Equal(412, ex.Status);
        Assert.Equal("UpdateConditionNotSatisfied", ex.ErrorCode);
    }

    [Fact]
    public async Task Missing_entity_throws_from_get_but_not_from_get_if_exists_or_delete()
    {
        var transport = new FakeTableTransport(_ => FakeResponse.Error(404, "ResourceNotFound"));
        var table = TestTables.Client(transport);

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityAsync<TableEntity>("p", "r"));
        var maybe = await table.GetEntityIfExistsAsync<TableEntity>("p", "r");
        var deleted = await table.DeleteEntityAsync("p", "r");

        Assert.Equal((404, "ResourceNotFound"), (ex.Status, ex.ErrorCode));
        Assert.False(maybe.HasValue);
        Assert.Throws<InvalidOperationException>(() => maybe.Value);
        Assert.Equal(404, deleted.Status);
    }

    [Fact]
    public async Task Error_code_falls_back_to_the_header_when_the_body_is_not_odata_json()
    {
        var transport = new FakeTableTransport(new FakeResponse(500, "<html>oops</html>", ("x-ms-error-code", "InternalError")));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(
            () => TestTables.Client(transport).UpsertEntityAsync(new TableEntity("p", "r")));

        Assert.IsNotType<TableConflictException>(ex);
        Assert.Equal((500, "InternalError"), (ex.Status, ex.ErrorCode));
    }

    [Fact]
    public async Task Update_without_an_etag_is_refused_before_sending()
    {
        var transport = new FakeTableTransport();

        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => TestTables.Client(transport).UpdateEntityAsync(new TableEntity("p", "r"), default));

        Assert.Equal("ifMatch", ex.ParamName);
        Assert.Empty(transport.Requests);
    }
}
