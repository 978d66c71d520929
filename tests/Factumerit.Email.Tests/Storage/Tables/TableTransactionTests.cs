using System.Text.RegularExpressions;
using Azure;
using Factumerit.Email.Storage.Tables;
using Factumerit.Email.Tests.Storage.Tables.Support;

namespace Factumerit.Email.Tests.Storage.Tables;

public sealed partial class TableTransactionTests
{
    private const string SuccessBody =
        "--batchresponse_1\r\nContent-Type: multipart/mixed; boundary=changesetresponse_2\r\n\r\n" +
        "--changesetresponse_2\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" +
        "HTTP/1.1 204 No Content\r\nDataServiceVersion: 3.0;\r\nETag: W/\"datetime'one'\"\r\n\r\n\r\n" +
        "--changesetresponse_2\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" +
        "HTTP/1.1 204 No Content\r\nDataServiceVersion: 3.0;\r\n\r\n\r\n" +
        "--changesetresponse_2--\r\n--batchresponse_1--\r\n";

    private const string FailureBody =
        "--batchresponse_1\r\nContent-Type: multipart/mixed; boundary=changesetresponse_2\r\n\r\n" +
        "--changesetresponse_2\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" +
        "HTTP/1.1 409 Conflict\r\nContent-Type: application/json;odata=minimalmetadata;streaming=true;charset=utf-8\r\n\r\n" +
        "{\"odata.error\":{\"code\":\"EntityAlreadyExists\",\"message\":{\"lang\":\"en-US\",\"value\":\"1:The specified entity already exists.\\nRequestId:x\"}}}\r\n" +
        "--changesetresponse_2--\r\n--batchresponse_1--\r\n";

    private static FakeResponse Multipart(string body) =>
        new(202, body, ("Content-Type", "multipart/mixed; boundary=batchresponse_1"));

    [Fact]
    public async Task Batch_request_is_one_changeset_with_one_http_request_per_action()
    {
        var transport = new FakeTableTransport(Multipart(SuccessBody));

        await TestTables.Client(transport).SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "a") { ["N"] = 1L }),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "it's"), new ETag("W/\"e1\"")),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "c")),
            new(TableTransactionActionType.Delete, new TableEntity("p", "d")),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "e")),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "f")),
        ]);

        var request = transport.Single;
        var batch = BoundaryPattern().Match(request.Header("Content-Type")).Groups[1].Value;
        var body = request.BodyText;
        var changeset = BoundaryPattern().Match(body).Groups[1].Value;
        Assert.Equal("POST", request.Method);
        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1/$batch", request.Uri.AbsoluteUri);
        Assert.StartsWith("batch_", batch);
        Assert.StartsWith($"--{batch}\r\nContent-Type: multipart/mixed; boundary={changeset}\r\n", body);
        Assert.EndsWith($"--{changeset}--\r\n\r\n--{batch}--\r\n", body);
        Assert.Equal(6, Regex.Matches(body, $"--{changeset}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n").Count);

        const string table = "http://127.0.0.1:10002/devstoreaccount1/orders";
        var lines = body.Split("\r\n");
        Assert.Equal(
        [
            $"POST {table} HTTP/1.1",
            $"MERGE {table}(PartitionKey='p',RowKey='it%27%27s') HTTP/1.1",
            $"PUT {table}(PartitionKey='p',RowKey='c') HTTP/1.1",
            $"DELETE {table}(PartitionKey='p',RowKey='d') HTTP/1.1",
            $"MERGE {table}(PartitionKey='p',RowKey='e') HTTP/1.1",
            $"PUT {table}(PartitionKey='p',RowKey='f') HTTP/1.1",
        ], lines.Where(l => l.EndsWith(" HTTP/1.1", StringComparison.Ordinal)));
        Assert.Equal(["If-Match: W/\"e1\"", "If-Match: *", "If-Match: *"], lines.Where(l => l.StartsWith("If-Match:", StringComparison.Ordinal)));
        Assert.Contains("""{"PartitionKey":"p","RowKey":"a","N@odata.type":"Edm.Int64","N":"1"}""", lines);
        Assert.Equal(5, lines.Count(l => l == "Content-Type: application/json"));
    }

    [Fact]
    public async Task Batch_response_yields_one_response_per_action_with_its_etag()
    {
        var transport = new FakeTableTransport(Multipart(SuccessBody));

        var result = await TestTables.Client(transport).SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "a")),
            new(TableTransactionActionType.Delete, new TableEntity("p", "b")),
        ]);

        Assert.Equal(202, result.GetRawResponse().Status);
        Assert.Equal([204, 204], result.Value.Select(r => r.Status));
        Assert.Equal(new ETag("W/\"datetime'one'\""), result.Value[0].Headers.ETag);
        Assert.Null(result.Value[1].Headers.ETag);
    }

    [Fact]
    public async Task Failed_batch_reports_the_index_code_and_status_of_the_failing_action()
    {
        var transport = new FakeTableTransport(Multipart(FailureBody));

        var ex = await Assert.ThrowsAsync<TableTransactionFailedException>(() => TestTables.Client(transport).SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "a")),
            new(TableTransactionActionType.Add, new TableEntity("p", "b")),
        ]));

        Assert.Equal(1, ex.FailedTransactionActionIndex);
        Assert.Equal(409, ex.Status);
        Assert.Equal("EntityAlreadyExists", ex.ErrorCode);
        Assert.Contains("Action 1 of the transaction failed", ex.Message);
        Assert.IsAssignableFrom<RequestFailedException>(ex);
    }

    [Fact]
    public async Task Batch_rejected_as_a_whole_is_a_request_failure()
    {
        var transport = new FakeTableTransport(FakeResponse.Error(400, "InvalidInput", "Bad batch."));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => TestTables.Client(transport).SubmitTransactionAsync(
            [new(TableTransactionActionType.Add, new TableEntity("p", "a"))]));

        Assert.Equal((400, "InvalidInput"), (ex.Status, ex.ErrorCode));
    }

    [GeneratedRegex("boundary=([A-Za-z0-9_-]+)")]
    private static partial Regex BoundaryPattern();
}
