using Factumerit.Email.Tests.Support;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Tables;
using Factumerit.Email.Tests.Storage.Tables.Support;

namespace Factumerit.Email.Tests.Storage.Tables;

public sealed class TableAuthenticationTests
{
    [Fact]
    public async Task Shared_key_lite_signs_date_and_path_style_resource_with_the_account_key()
    {
        var transport = new FakeTableTransport(FakeResponse.Json(200, """{"PartitionKey":"a","RowKey":"b"}"""));

        await TestTables.Client(transport).GetEntityAsync<TableEntity>("a", "b");

        // Computed here from the documented string-to-sign, independently of the client's code.
        const string stringToSign = TestTables.NowRfc1123 + "\n/devstoreaccount1/devstoreaccount1/orders(PartitionKey='a',RowKey='b')";
        using var hmac = new HMACSHA256(Convert.FromBase64String(TestTables.Key));
        var expected = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
        Assert.Equal($"SharedKeyLite devstoreaccount1:{expected}", transport.Single.Header("Authorization"));
        Assert.Equal(TestTables.NowRfc1123, transport.Single.Header("x-ms-date"));
    }

    [Fact]
    public async Task Shared_key_lite_signature_covers_the_escaped_path_but_not_the_query()
    {
        var transport = new FakeTableTransport(FakeResponse.Json(200, """{"value":[]}"""));
        var table = TestTables.Client(transport);

        await foreach (var _ in table.QueryAsync<TableEntity>("RowKey eq 'x'", maxPerPage: 5))
        {
        }

        const string stringToSign = TestTables.NowRfc1123 + "\n/devstoreaccount1/devstoreaccount1/orders()";
        using var hmac = new HMACSHA256(Convert.FromBase64String(TestTables.Key));
        var expected = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
        Assert.Equal($"SharedKeyLite devstoreaccount1:{expected}", transport.Single.Header("Authorization"));
    }

    [Fact]
    public void Shared_key_lite_includes_only_the_comp_parameter_of_the_query()
    {
        var uri = new Uri("https://acct.table.core.windows.net/mytable?restype=x&comp=acl&timeout=30");

        var stringToSign = SharedKeyLitePolicy.StringToSign(TestTables.NowRfc1123, "acct", uri);

        Assert.Equal(TestTables.NowRfc1123 + "\n/acct/mytable?comp=acl", stringToSign);
    }

    [Fact]
    public async Task Each_retry_is_signed_again_with_a_fresh_date()
    {
        var clock = new FakeTimeProvider(TestTables.Now);
        var transport = new FakeTableTransport(_ =>
        {
            var attempt = clock.GetUtcNow();
            clock.Advance(TimeSpan.FromSeconds(30));
            return attempt == TestTables.Now ? FakeResponse.Error(503, "ServerBusy") : new FakeResponse(204);
        });
        var options = TestTables.Options(transport, clock);
        options.Retry.MaxRetries = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        var table = new TableClient(TestTables.Connection(), "orders", options);

        await table.AddEntityAsync(new TableEntity("p", "r"));

        Assert.Equal(2, transport.Requests.Count);
        Assert.Equal("Tue, 02 Jan 2024 03:04:35 GMT", transport.Requests[1].Header("x-ms-date"));
        Assert.NotEqual(transport.Requests[0].Header("Authorization"), transport.Requests[1].Header("Authorization"));
    }

    [Fact]
    public async Task Token_connection_sends_a_bearer_token_for_the_storage_scope()
    {
        var credential = new StaticTokenCredential("token-123");
        var transport = new FakeTableTransport(new FakeResponse(204));
        var connection = StorageConnection.ForIdentity(credential, "acct");
        var table = new TableServiceClient(connection, TestTables.Options(transport)).GetTableClient("orders");

        await table.AddEntityAsync(new TableEntity("p", "r"));

        Assert.Equal("Bearer token-123", transport.Single.Header("Authorization"));
        Assert.Equal(["https://storage.azure.com/.default"], credential.RequestedScopes.Distinct());
        Assert.Equal("https://acct.table.core.windows.net/orders", transport.Single.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Every_request_carries_the_table_service_headers()
    {
        var transport = new FakeTableTransport(new FakeResponse(204));

        await TestTables.Client(transport).AddEntityAsync(new TableEntity("p", "r"));

        var request = transport.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1/orders", request.Uri.AbsoluteUri);
        Assert.Equal("2020-12-06", request.Header("x-ms-version"));
        Assert.Equal("application/json;odata=minimalmetadata", request.Header("Accept"));
        Assert.Equal("3.0;NetFx", request.Header("DataServiceVersion"));
        Assert.Equal("3.0;NetFx", request.Header("MaxDataServiceVersion"));
        Assert.Equal("return-no-content", request.Header("Prefer"));
        Assert.Equal("application/json", request.Header("Content-Type"));
    }

    [Fact]
    public void Null_connection_is_rejected()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new TableServiceClient(null!));
        Assert.Equal("connection", ex.ParamName);
    }
}
