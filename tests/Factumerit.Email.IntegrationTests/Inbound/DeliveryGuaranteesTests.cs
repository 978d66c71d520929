using Factumerit.Email.Audit;
using Factumerit.Email.IntegrationTests.Fakes.Resend;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Mail;
using Factumerit.Email.Ports;
using Factumerit.Email.Storage.Stores.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Inbound;

[Collection(AzuriteCollection.Name)]
public sealed class DeliveryGuaranteesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_duplicate_webhook_delivery_is_answered_once_with_one_audit_event()
    {
        await using var resend = await FakeResendServer.StartAsync();
        await using var host = new PersonaHost(azurite, resend);
        var driver = new PipelineDriver(host, resend);
        var email = new FakeReceivedEmail();
        resend.SeedReceivedEmail(email);
        var body = FakeResendWebhook.EmailReceivedBody(email, DateTimeOffset.UtcNow);

        using var first = await driver.PostAsync(body, "msg_same");
        using var retried = await driver.PostAsync(body, "msg_same");
        using var reannounced = await driver.PostAsync(FakeResendWebhook.EmailReceivedBody(email, DateTimeOffset.UtcNow), "msg_other");
        await driver.WaitForSettledAsync(email.Id);

        Assert.Single(resend.SentEmails);
        Assert.Single(host.Script.Calls);
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
