using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Factumerit.Email.IntegrationTests.Fakes.Resend;
using Factumerit.Email.IntegrationTests.Inbound;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Messages;
using Factumerit.Email.Storage.Queues;
using Factumerit.Email.Storage.Stores.Inbound;

namespace Factumerit.Email.IntegrationTests.Webhooks;

/// <summary>The webhook alone: custom-handler mode runs no listeners, so what it queued stays on the queue to be counted.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ResendWebhookTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_signed_delivery_is_queued_with_202_without_calling_resend()
    {
        await using var resend = await FakeResendServer.StartAsync();
        await using var host = new PersonaHost(azurite, resend, customHandler: true);
        var driver = new PipelineDriver(host, resend);
        var email = new FakeReceivedEmail();

        using var response = await driver.DeliverAsync(email, svixId: "msg_first");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var queued = Assert.Single(await QueuedAsync(driver, host));
        Assert.Equal(email.Id, queued.EmailId);
        Assert.Equal("msg_first", queued.SvixId);
        Assert.Empty(resend.Requests);
    }

    [Fact]
    public async Task A_repeat_is_answered_duplicate_and_queues_the_email_again_only_until_the_worker_handled_it()
    {
        await using var resend = await FakeResendServer.StartAsync();
        await using var host = new PersonaHost(azurite, resend, customHandler: true);
        var driver = new PipelineDriver(host, resend);
        var email = new FakeReceivedEmail();
        var body = FakeResendWebhook.EmailReceivedBody(email, DateTimeOffset.UtcNow);

        using var first = await driver.PostAsync(body, "msg_one");
        using var retry = await driver.PostAsync(body, "msg_one");
        var queuedBeforeHandled = await QueuedAsync(driver, host);
        await driver.Service<DeliveryStore>().CompleteAsync(email.Id, "handled");
        using var again = await driver.PostAsync(FakeResendWebhook.EmailReceivedBody(email, DateTimeOffset.UtcNow), "msg_two");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("duplicate", (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal("duplicate", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        // The first request cannot tell a crash before its send from a message still waiting, so the repeat queues
        // the email again, with the first delivery's svix-id; once handled, a repeat queues nothing.
        Assert.Equal(2, queuedBeforeHandled.Count);
        Assert.All(queuedBeforeHandled, m => Assert.Equal((email.Id, "msg_one"), (m.EmailId, m.SvixId)));
        Assert.Equal(2, (await QueuedAsync(driver, host)).Count);
    }

    [Fact]
    public async Task A_retry_after_a_crash_between_the_row_and_the_queue_queues_the_email()
    {
        await using var host = new PersonaHost(azurite, null, customHandler: true);
        var driver = new PipelineDriver(host, null);
        var email = new FakeReceivedEmail();
        // What a crash right after the de-dupe row leaves behind: the row, no message.
        await driver.Service<DeliveryStore>().TryAddAsync(email.Id, "msg_crashed", DateTimeOffset.UtcNow);

        using var retry = await driver.PostAsync(FakeResendWebhook.EmailReceivedBody(email, DateTimeOffset.UtcNow), "msg_crashed");

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var queued = Assert.Single(await QueuedAsync(driver, host));
        Assert.Equal((email.Id, "msg_crashed"), (queued.EmailId, queued.SvixId));
    }

    [Fact]
    public async Task A_forged_signature_is_refused_with_401_and_nothing_is_queued_or_recorded()
    {
        await using var host = new PersonaHost(azurite, null, customHandler: true);
        var driver = new PipelineDriver(host, null);
        var email = new FakeReceivedEmail();

        using var response = await driver.PostAsync(FakeResendWebhook.EmailReceivedBody(email, DateTimeOffset.UtcNow), "msg_forged",
            secret: "whsec_" + Convert.ToBase64String(Encoding.UTF8.GetBytes("not the shared secret")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await QueuedAsync(driver, host));
        Assert.Null(await driver.Service<DeliveryStore>().GetAsync(email.Id));
    }

    [Fact]
    public async Task A_signature_older_than_five_minutes_is_refused_with_401()
    {
        await using var host = new PersonaHost(azurite, null, customHandler: true);
        var driver = new PipelineDriver(host, null);

        using var response = await driver.PostAsync(FakeResendWebhook.EmailReceivedBody(new FakeReceivedEmail(), DateTimeOffset.UtcNow),
            "msg_old", signedAt: DateTimeOffset.UtcNow.AddMinutes(-10));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await QueuedAsync(driver, host));
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_is_refused_with_413()
    {
        await using var host = new PersonaHost(azurite, null, customHandler: true);
        var driver = new PipelineDriver(host, null);

        using var response = await driver.PostAsync(new byte[1024 * 1024 + 1], "msg_big");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await QueuedAsync(driver, host));
    }

    [Fact]
    public async Task A_streamed_body_without_length_is_cut_off_at_one_mebibyte_with_413()
    {
        await using var host = new PersonaHost(azurite, null, customHandler: true);
        using var http = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/resend")
        {
            Content = new StreamContent(new UnknownLengthStream(4 * 1024 * 1024)),
        };

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_with_400()
    {
        await using var host = new PersonaHost(azurite, null, customHandler: true);
        var driver = new PipelineDriver(host, null);

        using var response = await driver.PostAsync("not json"u8.ToArray(), "msg_text");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not JSON", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_without_the_email_id_is_refused_with_400_naming_the_field()
    {
        await using var host = new PersonaHost(azurite, null, customHandler: true);
        var driver = new PipelineDriver(host, null);
        var body = """{"type":"email.received","created_at":"2024-02-22T23:41:12.126Z","data":{"created_at":"2024-02-22T23:41:11.894719+00:00","from":"a@example.test","to":["support@factumerit.test"]}}"""u8.ToArray();

        using var response = await driver.PostAsync(body, "msg_partial");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("data.email_id", await response.Content.ReadAsStringAsync());
        Assert.Empty(await QueuedAsync(driver, host));
    }

    [Fact]
    public async Task Another_event_type_is_acknowledged_with_200_and_ignored()
    {
        await using var host = new PersonaHost(azurite, null, customHandler: true);
        var driver = new PipelineDriver(host, null);
        var body = """{"type":"email.delivered","created_at":"2024-02-22T23:41:12.126Z","data":{"email_id":"56761188-7520-42d8-8898-ff6fc54ce618"}}"""u8.ToArray();

        using var response = await driver.PostAsync(body, "msg_delivered");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ignored", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Empty(await QueuedAsync(driver, host));
    }

    [Fact]
    public async Task Without_a_webhook_secret_the_webhook_answers_503()
    {
        await using var host = new PersonaHost(azurite, null, customHandler: true, settings: new() { ["Resend:WebhookSecret"] = "" });
        var driver = new PipelineDriver(host, null);

        using var response = await driver.PostAsync(FakeResendWebhook.EmailReceivedBody(new FakeReceivedEmail(), DateTimeOffset.UtcNow), "msg_x");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("webhook secret not configured", await response.Content.ReadAsStringAsync());
    }

    private static async Task<IReadOnlyList<EmailReceived>> QueuedAsync(PipelineDriver driver, PersonaHost host)
    {
        var queue = driver.Service<QueueServiceClient>().GetQueueClient(host.InboundQueue);
        await queue.CreateIfNotExistsAsync();
        var peeked = await queue.PeekMessagesAsync(QueueClient.MaxMessagesPerRequest);
        return peeked.Value.Select(m => JsonSerializer.Deserialize(m.MessageText, MessageJsonContext.Default.EmailReceived)!).ToList();
    }

    /// <summary>A body of zeros that does not say how long it is, so it goes chunked.</summary>
    private sealed class UnknownLengthStream(long length) : Stream
    {
        private long _left = length;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, _left);
            Array.Clear(buffer, offset, n);
            _left -= n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
