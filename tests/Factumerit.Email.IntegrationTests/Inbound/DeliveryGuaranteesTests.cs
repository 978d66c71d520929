using System.Net;
using Factumerit.Email.Audit;
using Factumerit.Email.IntegrationTests.Fakes.Resend;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Mail;
using Factumerit.Email.Ports;
using Factumerit.Email.Storage.Queues;
using Factumerit.Email.Storage.Stores.Inbound;
using Factumerit.Email.Storage.Stores.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Inbound;

[Collection(AzuriteCollection.Name)]
public sealed class DeliveryGuaranteesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Repeats_delivered_before_the_worker_ran_give_one_handler_run_and_one_send()
    {
        // Custom-handler mode: the test plays the Functions host, so every queued message is run, in order.
        await using var resend = await FakeResendServer.StartAsync();
        await using var host = new PersonaHost(azurite, resend, customHandler: true);
        var driver = new PipelineDriver(host, resend);
        var email = new FakeReceivedEmail();
        resend.SeedReceivedEmail(email);
        var body = FakeResendWebhook.EmailReceivedBody(email, DateTimeOffset.UtcNow);

        using var first = await driver.PostAsync(body, "msg_same");
        using var retried = await driver.PostAsync(body, "msg_same");
        using var reannounced = await driver.PostAsync(FakeResendWebhook.EmailReceivedBody(email, DateTimeOffset.UtcNow), "msg_other");
        var inbound = await QueueLengthAsync(driver, host.InboundQueue);
        for (var i = 0; i < inbound; i++)
        {
            await driver.InvokeNextAsync(host.InboundQueue, "inbound-worker");
        }
        var outbound = await QueueLengthAsync(driver, host.OutboundQueue);
        await driver.InvokeNextAsync(host.OutboundQueue, "outbound-sender");

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.OK, HttpStatusCode.OK], [first.StatusCode, retried.StatusCode, reannounced.StatusCode]);
        Assert.Equal(3, inbound);
        Assert.Equal(2, host.Log.Entries.Count(e => e.Contains($"Email {email.Id} was handled already", StringComparison.Ordinal)));
        Assert.Single(host.Script.Calls);
        Assert.Equal(1, outbound);
        Assert.Single(resend.SentEmails);
        Assert.Single(await driver.AuditAsync(email.Id), a => a.Kind == AuditKinds.Handled);
    }

    [Fact]
    public async Task A_retry_after_the_webhook_died_before_queueing_delivers_the_email_once()
    {
        await using var resend = await FakeResendServer.StartAsync();
        await using var host = new PersonaHost(azurite, resend);
        var driver = new PipelineDriver(host, resend);
        var email = new FakeReceivedEmail();
        resend.SeedReceivedEmail(email);
        // What the first request left when it died between its two round trips: the de-dupe row, no message.
        await driver.Service<DeliveryStore>().TryAddAsync(email.Id, "msg_crashed", DateTimeOffset.UtcNow);

        using var retry = await driver.PostAsync(FakeResendWebhook.EmailReceivedBody(email, DateTimeOffset.UtcNow), "msg_crashed");
        await driver.WaitForSettledAsync(email.Id);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Single(host.Script.Calls);
        Assert.Equal("reply:" + email.Id, Assert.Single(resend.SentEmails).IdempotencyKey);
        Assert.Single(await driver.AuditAsync(email.Id), a => a.Kind == AuditKinds.Handled);
    }

    [Fact]
    public async Task A_worker_crash_after_the_reply_was_queued_still_sends_exactly_one_reply()
    {
        await using var resend = await FakeResendServer.StartAsync();
        var crash = new CrashOnce();
        await using var host = new PersonaHost(azurite, resend, services: services => services.AddSingleton<IOutboundMail>(sp =>
            new CrashAfterQueueing(sp.GetRequiredService<OutboundMailQueue>(), crash)));
        var driver = new PipelineDriver(host, resend);
        var email = new FakeReceivedEmail();

        await driver.HandleAsync(email);

        Assert.True(crash.Crashed);
        Assert.Equal(2, host.Script.Calls.Count);
        var reply = Assert.Single(resend.SentEmails);
        Assert.Equal("reply:" + email.Id, reply.IdempotencyKey);
    }

    [Fact]
    public async Task A_rate_limited_send_is_retried_after_retry_after_by_redelivery_and_sent_once()
    {
        await using var resend = await FakeResendServer.StartAsync();
        await using var host = new PersonaHost(azurite, resend);
        var driver = new PipelineDriver(host, resend);
        resend.FailNext(429, retryAfter: TimeSpan.FromSeconds(1));

        await driver.Service<IOutboundMail>().EnqueueAsync(
            new OutboundEmail("support@factumerit.test", ["ada@example.test"], "Your reminder", "It is time."), "reminder:r1");
        await driver.WaitUntilAsync(async () => (await driver.Outbox()).Single().Status == OutboxStatus.Sent, "the reminder to be sent");

        Assert.Equal([429, 200], resend.Requests.Where(r => r.Path == "/emails").Select(r => r.Status));
        Assert.Equal("Your reminder", Assert.Single(resend.SentEmails).Subject);
    }

    private static async Task<int> QueueLengthAsync(PipelineDriver driver, string queueName)
    {
        var queue = driver.Service<QueueServiceClient>().GetQueueClient(queueName);
        await queue.CreateIfNotExistsAsync();
        return (await queue.PeekMessagesAsync(QueueClient.MaxMessagesPerRequest)).Value.Length;
    }

    private sealed class CrashOnce
    {
        public bool Crashed { get; set; }
    }

    /// <summary>The worker dies right after queuing its first reply, before it records anything else.</summary>
    private sealed class CrashAfterQueueing(IOutboundMail inner, CrashOnce crash) : IOutboundMail
    {
        public async Task<bool> EnqueueAsync(OutboundEmail email, string idempotencyKey, CancellationToken cancellationToken = default)
        {
            var queued = await inner.EnqueueAsync(email, idempotencyKey, cancellationToken);
            if (!crash.Crashed)
            {
                crash.Crashed = true;
                throw new IOException("The worker's machine went away.");
            }
            return queued;
        }
    }
}
