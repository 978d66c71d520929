using Factumerit.Email.Audit;
using Factumerit.Email.IntegrationTests.Fakes.Resend;
using Factumerit.Email.IntegrationTests.Infrastructure;

namespace Factumerit.Email.IntegrationTests.Inbound;

[Collection(AzuriteCollection.Name)]
public sealed class PipelineGuardsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Mail_to_an_address_we_do_not_route_is_dropped_silently_with_an_audit_event()
    {
        await using var resend = await FakeResendServer.StartAsync();
        await using var host = new PersonaHost(azurite, resend);
        var driver = new PipelineDriver(host, resend);
        var email = new FakeReceivedEmail { To = ["nobody@factumerit.test"] };

        await driver.HandleAsync(email);

        Assert.Empty(resend.SentEmails);
        Assert.Empty(host.Script.Calls);
        var dropped = Assert.Single(await driver.AuditAsync(email.Id));
        Assert.Equal(AuditKinds.Dropped, dropped.Kind);
        Assert.Equal("unknown_recipient", dropped.Outcome);
        Assert.DoesNotContain("@", dropped.SenderHash);
    }

    [Fact]
    public async Task A_drop_route_records_the_message_and_sends_nothing()
    {
        await using var resend = await FakeResendServer.StartAsync();
        await using var host = new PersonaHost(azurite, resend);
        var driver = new PipelineDriver(host, resend);
        var email = new FakeReceivedEmail { To = ["noreply@factumerit.test"] };

        await driver.HandleAsync(email);

        Assert.Empty(resend.SentEmails);
        var dropped = Assert.Single(await driver.AuditAsync(email.Id));
        Assert.Equal(("noreply", "route_drop"), (dropped.Route, dropped.Outcome));
    }

    [Theory]
    [InlineData("Auto-Submitted", "auto-replied", "ada@example.test", "auto_submitted")]
    [InlineData("List-Id", "<news.example.test>", "ada@example.test", "list_id")]
    [InlineData(null, null, "Support <support@factumerit.test>", "own_address")]
    [InlineData(null, null, "no-reply@example.test", "sender_pattern")]
    public async Task Robots_lists_and_our_own_addresses_never_get_an_answer(string? header, string? value, string from, string reason)
    {
        await using var resend = await FakeResendServer.StartAsync();
        await using var host = new PersonaHost(azurite, resend);
        var driver = new PipelineDriver(host, resend);
        var email = new FakeReceivedEmail
        {
            From = from,
            Headers = header is null ? null : new Dictionary<string, string> { [header] = value! },
        };

        await driver.HandleAsync(email);

        Assert.Empty(resend.SentEmails);
        Assert.Empty(host.Script.Calls);
        var suppressed = Assert.Single(await driver.AuditAsync(email.Id));
        Assert.Equal((AuditKinds.SuppressedLoop, reason), (suppressed.Kind, suppressed.Outcome));
    }

    [Fact]
    public async Task Past_the_daily_limit_the_sender_gets_one_notice_then_silence()
    {
        await using var resend = await FakeResendServer.StartAsync();
        await using var host = new PersonaHost(azurite, resend, TestRouting.Support(dailyEmails: 2));
        var driver = new PipelineDriver(host, resend);

        var emails = Enumerable.Range(1, 5)
            .Select(i => new FakeReceivedEmail { From = "Busy+tag" + i + "@example.test", Subject = $"Question {i}" })
            .ToList();
        foreach (var email in emails)
        {
            await driver.HandleAsync(email);
        }

        Assert.Equal(2, host.Script.Calls.Count);
        Assert.Equal(["Re: Question 1", "Re: Question 2", "Re: Question 3"], resend.SentEmails.Select(e => e.Subject));
        Assert.Contains("today's limit of 2 messages", resend.SentEmails[2].Text);
        Assert.Equal(["limit_notice", "limit_silenced", "limit_silenced"],
            await Task.WhenAll(emails.Skip(2).Select(async e => Assert.Single(await driver.AuditAsync(e.Id), a => a.Kind == AuditKinds.RateLimited).Outcome!)));
    }
}
