using Factumerit.Email.Audit;
using Factumerit.Email.Inbound;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Mail;
using Factumerit.Email.Personas;
using Factumerit.Email.Ports;
using Factumerit.Email.Storage.Queues;
using Factumerit.Email.Storage.Stores.Audit;
using Factumerit.Email.Storage.Stores.Outbox;
using Factumerit.Email.Users;

namespace Factumerit.Email.IntegrationTests.Stores;

[Collection(AzuriteCollection.Name)]
public sealed class PersonaStoresTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Day = new(2025, 3, 3);

    [Fact]
    public async Task Concurrent_messages_from_one_sender_are_each_counted_once_and_a_recount_keeps_its_decision()
    {
        await using var stores = new TestStores(azurite);
        var limits = stores.Get<ISenderLimits>();

        var decisions = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => limits.CountAsync("support", "abc", Day, $"e{i}", 3)));
        var recount = await limits.CountAsync("support", "abc", Day, "e0", 3);

        Assert.Equal(3, decisions.Count(d => d == LimitDecision.Within));
        Assert.Equal(1, decisions.Count(d => d == LimitDecision.FirstOverLimit));
        Assert.Equal(2, decisions.Count(d => d == LimitDecision.OverLimit));
        Assert.Equal(decisions[0], recount);
        Assert.Equal(LimitDecision.Within, await limits.CountAsync("support", "abc", Day.AddDays(1), "e9", 3));
    }

    [Fact]
    public async Task Concurrent_first_contacts_get_the_same_user_and_lookups_ignore_case_and_tags()
    {
        await using var stores = new TestStores(azurite);
        var users = stores.Get<IUserDirectory>();

        var created = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => users.EnsureAsync("Grace@Example.test", "Grace", "onboard")));
        var found = await users.FindByEmailAsync("grace+newsletter@example.TEST");

        Assert.Single(created.Select(u => u.UserId).Distinct());
        Assert.Equal(created[0].UserId, found?.UserId);
        Assert.Equal("grace@example.test", found?.Email);
        Assert.Equal("Europe/Paris", (await users.SetTimeZoneAsync("grace@example.test", "Europe/Paris")).TimeZone);
        await Assert.ThrowsAsync<ArgumentException>(() => users.SetTimeZoneAsync("grace@example.test", "Nowhere/Land"));
    }

    [Fact]
    public async Task Recording_the_same_email_twice_counts_its_turn_once_and_replies_find_the_thread()
    {
        await using var stores = new TestStores(azurite);
        var at = new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
        var first = new ThreadExchange(null, "support", "e1", "<m1@example.test>",
            new ConversationTurn(ConversationRole.Sender, "Hello?", at, "<m1@example.test>"),
            new ConversationTurn(ConversationRole.Persona, "Hi!", at.AddSeconds(5)));

        var created = await stores.Scoped<IPersonaThreadStore>().RecordAsync(first);
        var again = await stores.Scoped<IPersonaThreadStore>().RecordAsync(first with { Thread = null });
        var reader = stores.Scoped<IPersonaThreadStore>();
        var found = await reader.FindByMessageIdsAsync(["<unknown@example.test>", "<m1@example.test>"]);

        Assert.Equal(("e1", 1), (created.Id, created.TurnCount));
        Assert.Equal(1, again.TurnCount);
        Assert.Equal(("e1", 1, PersonaThreadStatus.Open), (found?.Id, found?.TurnCount, found?.Status));
        Assert.Equal(["Hello?", "Hi!"], (await reader.GetHistoryAsync("e1", 10)).Select(t => t.Text));

        var escalated = await reader.RecordAsync(new ThreadExchange(found, "support", "e2", "<m2@example.test>",
            new ConversationTurn(ConversationRole.Sender, "A human please", at.AddMinutes(1)), null, new ThreadEscalation("help@example.test", "customer_request")));
        Assert.Equal((PersonaThreadStatus.Escalated, "help@example.test", 1), (escalated.Status, escalated.EscalateTo, escalated.TurnCount));
        Assert.Equal(["Hi!", "A human please"], (await stores.Scoped<IPersonaThreadStore>().GetHistoryAsync("e1", 2)).Select(t => t.Text));
    }

    [Fact]
    public async Task An_idempotency_key_queues_its_email_once_and_requeues_it_while_unsent()
    {
        await using var stores = new TestStores(azurite);
        var mail = stores.Get<IOutboundMail>();
        var email = new OutboundEmail("support@factumerit.test", ["ada@example.test"], "Re: Hi", new string('x', 70_000));

        var first = await mail.EnqueueAsync(email, "reply:e1");
        var second = await mail.EnqueueAsync(email with { Subject = "changed" }, "reply:e1");
        var queue = stores.Get<QueueServiceClient>().GetQueueClient(stores.Options.OutboundQueue);
        var queuedWhileUnsent = (await queue.PeekMessagesAsync(10)).Value.Length;
        await stores.Get<OutboxStore>().MarkSentAsync("reply:e1", "resend-1");
        var third = await mail.EnqueueAsync(email, "reply:e1");

        Assert.Equal((true, false, false), (first, second, third));
        Assert.Equal(2, queuedWhileUnsent);
        Assert.Equal(2, (await queue.PeekMessagesAsync(10)).Value.Length);
        var item = Assert.Single(await stores.Get<OutboxStore>().ListAsync());
        Assert.Equal(("Re: Hi", 70_000, OutboxStatus.Sent, "resend-1"), (item.Email.Subject, item.Email.Text!.Length, item.Status, item.ResendId));
    }

    [Fact]
    public async Task Audit_events_read_newest_first_across_days_and_rewriting_one_replaces_it()
    {
        await using var stores = new TestStores(azurite);
        var audit = stores.Get<AuditLogStore>();
        var now = new DateTimeOffset(2025, 3, 3, 0, 0, 30, TimeSpan.Zero);
        await audit.WriteAsync(new AuditEvent(AuditKinds.Dropped, now.AddMinutes(-5), "yesterday"));
        await audit.WriteAsync(new AuditEvent(AuditKinds.Handled, now, "today") { Outcome = "no_reply" });
        await audit.WriteAsync(new AuditEvent(AuditKinds.Handled, now, "today") { Outcome = "replied" });

        var recent = await audit.RecentAsync(10, now);

        Assert.Equal([("today", "replied"), ("yesterday", null)], recent.Select(e => (e.EmailId, e.Outcome)));
        Assert.Equal(["today"], (await audit.BetweenAsync(now, now.AddTicks(1))).Select(e => e.EmailId));
        Assert.Equal(["yesterday"], (await audit.BetweenAsync(now.AddHours(-1), now)).Select(e => e.EmailId));
        Assert.Equal(["today", "yesterday"], (await audit.BetweenAsync(now.AddDays(-1), now.AddDays(1))).Select(e => e.EmailId));
    }
}
