using Factumerit.Email.IntegrationTests.Fakes.Resend;
using Factumerit.Email.Providers.Resend;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Providers.Resend;

public sealed class ResendReceivingWireTests
{
    [Theory]
    [InlineData("2023-04-07 23:13:52.669661+00")]
    [InlineData("2023-04-07T23:13:52.669661+00:00")]
    public async Task A_received_email_round_trips_every_field(string createdAt)
    {
        await using var server = await FakeResendServer.StartAsync();
        using var services = ResendClientFactory.Services(server);
        var seeded = new FakeReceivedEmail
        {
            To = ["support@factumerit.test", "eis@factumerit.test"],
            From = "Ann <ann@example.test>",
            CreatedAt = createdAt,
            Subject = "Login broken",
            MessageId = "<m2@example.test>",
            Cc = ["boss@example.test"],
            Bcc = null,
            ReplyTo = ["ann.private@example.test"],
            ReceivedFor = ["support@factumerit.test"],
            Html = "<p>It broke</p>",
            Text = "It broke",
            Headers = new Dictionary<string, string> { ["References"] = "<m1@example.test>", ["X-Mailer"] = "Thunder" },
            Attachments = [new FakeReceivedAttachment(Guid.NewGuid().ToString(), "shot.png", 2048, "image/png", "img1", "inline")],
        };
        var id = server.SeedReceivedEmail(seeded);

        var email = await services.GetRequiredService<ResendClient>().GetReceivedEmailAsync(id);

        Assert.Equal(id, email.Id);
        Assert.Equal(seeded.To, email.To);
        Assert.Equal(seeded.From, email.From);
        Assert.Equal(new DateTimeOffset(2023, 4, 7, 23, 13, 52, TimeSpan.Zero).AddTicks(6_696_610), email.CreatedAt);
        Assert.Equal(seeded.Subject, email.Subject);
        Assert.Equal(seeded.MessageId, email.MessageId);
        Assert.Equal(seeded.Cc, email.Cc);
        Assert.Null(email.Bcc);
        Assert.Equal(seeded.ReplyTo, email.ReplyTo);
        Assert.Equal(seeded.ReceivedFor, email.ReceivedFor);
        Assert.Equal(seeded.Html, email.Html);
        Assert.Equal(seeded.Text, email.Text);
        Assert.Equal("<m1@example.test>", email.Headers!["references"]);
        Assert.Equal("Thunder", email.Headers["X-Mailer"]);
        Assert.Null(email.Raw);
        var attachment = Assert.Single(email.Attachments);
        var expected = seeded.Attachments[0];
        Assert.Equal(new ReceivedEmailAttachment(expected.Id, "shot.png", 2048, "image/png", "img1", "inline"), attachment);
    }

    [Fact]
    public async Task The_raw_message_downloads_byte_for_byte_for_forwarding()
    {
        await using var server = await FakeResendServer.StartAsync();
        using var services = ResendClientFactory.Services(server);
        var client = services.GetRequiredService<ResendClient>();
        var raw = "From: Ann <ann@example.test>\r\nSubject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\n\r\nBody\r\n"u8.ToArray();
        var id = server.SeedReceivedEmail(new FakeReceivedEmail(), raw);

        var email = await client.GetReceivedEmailAsync(id);
        var downloaded = await client.DownloadRawAsync(email.Raw!.DownloadUrl);

        Assert.Equal(raw, downloaded);
        Assert.True(email.Raw.ExpiresAt > DateTimeOffset.UnixEpoch);
    }

    [Fact]
    public async Task An_unknown_email_is_not_found()
    {
        await using var server = await FakeResendServer.StartAsync();
        using var services = ResendClientFactory.Services(server);

        var error = await Assert.ThrowsAsync<ResendApiException>(
            () => services.GetRequiredService<ResendClient>().GetReceivedEmailAsync(Guid.NewGuid().ToString()));

        Assert.Equal(404, error.Status);
        Assert.Equal(ResendApiException.NotFound, error.Name);
    }

    [Fact]
    public async Task A_reply_built_from_a_fetched_email_is_sent_threaded_and_auto_replied()
    {
        await using var server = await FakeResendServer.StartAsync();
        using var services = ResendClientFactory.Services(server);
        var client = services.GetRequiredService<ResendClient>();
        var id = server.SeedReceivedEmail(new FakeReceivedEmail
        {
            Subject = "RE: Login broken",
            MessageId = "<m2@example.test>",
            From = "ann@example.test",
            Headers = new Dictionary<string, string> { ["References"] = "<m1@example.test>" },
        });

        var original = await client.GetReceivedEmailAsync(id);
        await client.SendEmailAsync(ResendReplies.CreateReply(original, "support@factumerit.test", "On it."), $"reply-{id}");

        var sent = Assert.Single(server.SentEmails);
        Assert.Equal(["ann@example.test"], sent.To);
        Assert.Equal("Re: Login broken", sent.Subject);
        Assert.Equal("<m2@example.test>", sent.Headers["In-Reply-To"]);
        Assert.Equal("<m1@example.test> <m2@example.test>", sent.Headers["References"]);
        Assert.Equal("auto-replied", sent.Headers["Auto-Submitted"]);
    }
}
