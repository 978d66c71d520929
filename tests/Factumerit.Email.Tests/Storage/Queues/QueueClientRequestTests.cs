using System.Net;
using System.Text;
using System.Xml.Linq;

namespace Factumerit.Email.Tests.Storage.Queues;

public sealed class QueueClientRequestTests
{
    private readonly StubQueueService _service = new();

    [Fact]
    public async Task Send_posts_base64_utf8_text_in_xml_with_no_expiry_by_default()
    {
        var queue = _service.Respond(HttpStatusCode.Created, QueueResponses.SendReceipt()).CreateServiceClient().GetQueueClient("inbound");

        var receipt = (await queue.SendMessageAsync("Grüße ✉ {\"a\":1}")).Value;

        var request = Assert.Single(_service.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/devstoreaccount1/inbound/messages", request.Uri.AbsolutePath);
        Assert.Equal(["messagettl=-1", "visibilitytimeout=0"], request.Uri.Query.TrimStart('?').Split('&').Order());
        var text = XDocument.Parse(request.BodyText).Root!.Element("MessageText")!.Value;
        Assert.Equal("Grüße ✉ {\"a\":1}", Encoding.UTF8.GetString(Convert.FromBase64String(text)));
        Assert.Equal("2020-10-02", request.Header("x-ms-version"));
        Assert.Equal("a3a7f5e1-0000-0000-0000-000000000001", receipt.MessageId);
        Assert.Equal(new DateTimeOffset(2009, 10, 9, 21, 4, 30, TimeSpan.Zero), receipt.InsertionTime);
    }

    [Fact]
    public async Task Send_rounds_a_delay_up_to_whole_seconds_and_passes_a_finite_time_to_live()
    {
        var queue = _service.Respond(HttpStatusCode.Created, QueueResponses.SendReceipt()).CreateServiceClient().GetQueueClient("inbound");

        await queue.SendMessageAsync("x", TimeSpan.FromSeconds(1.2), TimeSpan.FromHours(1));

        Assert.Equal(["messagettl=3600", "visibilitytimeout=2"], _service.Requests[0].Uri.Query.TrimStart('?').Split('&').Order());
    }

    [Fact]
    public async Task Receive_asks_for_the_count_and_lease_and_decodes_each_message()
    {
        var wire = Convert.ToBase64String(Encoding.UTF8.GetBytes("日本語"));
        var queue = _service.Respond(HttpStatusCode.OK, QueueResponses.Received(("m1", wire, 3))).CreateServiceClient().GetQueueClient("inbound");

        var message = Assert.Single((await queue.ReceiveMessagesAsync(16, TimeSpan.FromSeconds(30))).Value);

        Assert.Equal(["numofmessages=16", "visibilitytimeout=30"], _service.Requests[0].Uri.Query.TrimStart('?').Split('&').Order());
        Assert.Equal("日本語", message.MessageText);
        Assert.Equal(3, message.DequeueCount);
        Assert.Equal("pop-m1", message.PopReceipt);
        Assert.Equal(new DateTimeOffset(2009, 10, 9, 23, 29, 20, TimeSpan.Zero), message.NextVisibleOn);
    }

    [Theory]
    [InlineData("{ message: \"sent without encoding\" }")]
    [InlineData("abcd")] // valid base64 whose bytes are not UTF-8 text
    [InlineData("not base64!")]
    public async Task Received_text_that_is_not_base64_utf8_is_returned_unchanged(string wireText)
    {
        var xmlText = System.Security.SecurityElement.Escape(wireText);
        var queue = _service.Respond(HttpStatusCode.OK, QueueResponses.Received(("m1", xmlText, 1))).CreateServiceClient().GetQueueClient("inbound");

        var message = Assert.Single((await queue.ReceiveMessagesAsync()).Value);

        Assert.Equal(wireText, message.MessageText);
    }

    [Fact]
    public async Task Peek_sets_peekonly_and_returns_messages_without_a_lease()
    {
        var queue = _service.Respond(HttpStatusCode.OK, QueueResponses.Received(("m1", "aGk=", 0))).CreateServiceClient().GetQueueClient("inbound");

        var message = Assert.Single((await queue.PeekMessagesAsync(5)).Value);

        Assert.Equal("GET", _service.Requests[0].Method);
        Assert.Equal(["numofmessages=5", "peekonly=true"], _service.Requests[0].Uri.Query.TrimStart('?').Split('&').Order());
        Assert.Equal("hi", message.MessageText);
    }

    [Fact]
    public async Task Update_escapes_the_pop_receipt_and_returns_the_new_lease_from_headers()
    {
        var queue = _service
            .Respond(HttpStatusCode.NoContent, null, ("x-ms-popreceipt", "new+receipt/=="), ("x-ms-time-next-visible", QueueResponses.NextVisible))
            .CreateServiceClient().GetQueueClient("inbound");

        var receipt = (await queue.UpdateMessageAsync("m1", "old+receipt/==", "new text", TimeSpan.FromMinutes(1))).Value;

        var request = _service.Requests[0];
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/devstoreaccount1/inbound/messages/m1", request.Uri.AbsolutePath);
        Assert.Contains("popreceipt=old%2Breceipt%2F%3D%3D", request.Uri.Query);
        Assert.Contains("visibilitytimeout=60", request.Uri.Query);
        Assert.Equal("bmV3IHRleHQ=", XDocument.Parse(request.BodyText).Root!.Element("MessageText")!.Value);
        Assert.Equal("new+receipt/==", receipt.PopReceipt);
        Assert.Equal(new DateTimeOffset(2009, 10, 9, 23, 29, 20, TimeSpan.Zero), receipt.NextVisibleOn);
    }

    [Fact]
    public async Task Update_without_text_sends_no_body()
    {
        var queue = _service
            .Respond(HttpStatusCode.NoContent, null, ("x-ms-popreceipt", "r2"), ("x-ms-time-next-visible", QueueResponses.NextVisible))
            .CreateServiceClient().GetQueueClient("inbound");

        await queue.UpdateMessageAsync("m1", "r1", visibilityTimeout: TimeSpan.FromSeconds(10));

        Assert.Empty(_service.Requests[0].Body);
    }

    [Fact]
    public async Task Delete_clear_and_properties_use_the_documented_paths()
    {
        var client = _service
            .Respond(HttpStatusCode.NoContent)
            .Respond(HttpStatusCode.NoContent)
            .Respond(HttpStatusCode.OK, null, ("x-ms-approximate-messages-count", "42"), ("x-ms-meta-owner", "triage"))
            .CreateServiceClient().GetQueueClient("inbound");

        await client.DeleteMessageAsync("m1", "r1");
        await client.ClearMessagesAsync();
        var properties = (await client.GetPropertiesAsync()).Value;

        Assert.Equal(
            ["DELETE /devstoreaccount1/inbound/messages/m1?popreceipt=r1", "DELETE /devstoreaccount1/inbound/messages", "GET /devstoreaccount1/inbound?comp=metadata"],
            _service.Requests.Select(r => $"{r.Method} {r.Uri.PathAndQuery}"));
        Assert.Equal(42, properties.ApproximateMessagesCount);
        Assert.Equal("triage", properties.Metadata["owner"]);
    }
}
