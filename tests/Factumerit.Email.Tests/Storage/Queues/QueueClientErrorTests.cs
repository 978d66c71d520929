using System.Net;
using Azure;

namespace Factumerit.Email.Tests.Storage.Queues;

public sealed class QueueClientErrorTests
{
    private readonly StubQueueService _service = new();

    [Fact]
    public async Task A_failure_carries_the_status_and_the_error_code_header()
    {
        var queue = _service
            .Respond(HttpStatusCode.NotFound, QueueResponses.Error("QueueNotFound", "The specified queue does not exist."), ("x-ms-error-code", "QueueNotFound"))
            .CreateServiceClient().GetQueueClient("inbound");

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => queue.SendMessageAsync("x"));

        Assert.Equal(404, error.Status);
        Assert.Equal("QueueNotFound", error.ErrorCode);
        Assert.Contains("The specified queue does not exist.", error.Message);
    }

    [Fact]
    public async Task Without_the_header_the_error_code_is_read_from_the_xml_body()
    {
        var queue = _service
            .Respond(HttpStatusCode.BadRequest, QueueResponses.Error("PopReceiptMismatch", "The specified pop receipt did not match."))
            .CreateServiceClient().GetQueueClient("inbound");

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => queue.DeleteMessageAsync("m1", "stale"));

        Assert.Equal(400, error.Status);
        Assert.Equal("PopReceiptMismatch", error.ErrorCode);
    }

    [Fact]
    public async Task A_transient_server_error_is_retried_by_the_pipeline()
    {
        var queue = _service
            .Respond(HttpStatusCode.ServiceUnavailable, QueueResponses.Error("ServerBusy", "busy"), ("x-ms-error-code", "ServerBusy"))
            .Respond(HttpStatusCode.Created, QueueResponses.SendReceipt())
            .CreateServiceClient().GetQueueClient("inbound");

        var receipt = (await queue.SendMessageAsync("x")).Value;

        Assert.Equal(2, _service.Requests.Count);
        Assert.NotNull(receipt.MessageId);
    }

    [Fact]
    public async Task Create_treats_an_existing_queue_as_success_but_not_a_queue_being_deleted()
    {
        var client = _service
            .Respond(HttpStatusCode.NoContent)
            .Respond(HttpStatusCode.Conflict, QueueResponses.Error("QueueAlreadyExists", "exists"), ("x-ms-error-code", "QueueAlreadyExists"))
            .Respond(HttpStatusCode.Conflict, QueueResponses.Error("QueueBeingDeleted", "deleting"), ("x-ms-error-code", "QueueBeingDeleted"))
            .CreateServiceClient().GetQueueClient("inbound");

        Assert.Null(await client.CreateIfNotExistsAsync());
        Assert.Null(await client.CreateIfNotExistsAsync());
        var error = await Assert.ThrowsAsync<RequestFailedException>(() => client.CreateIfNotExistsAsync());
        Assert.Equal("QueueBeingDeleted", error.ErrorCode);
    }
}
