using Factumerit.Email.IntegrationTests.Fakes.Resend;
using Factumerit.Email.Providers.Resend;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Providers.Resend;

public sealed class ResendClientWireTests
{
    [Fact]
    public async Task Sending_twice_with_one_idempotency_key_delivers_one_email()
    {
        await using var server = await FakeResendServer.StartAsync();
        using var services = ResendClientFactory.Services(server);
        var client = services.GetRequiredService<ResendClient>();

        var first = await client.SendEmailAsync(Email("Your invoice"), "invoice-42");
        var second = await client.SendEmailAsync(Email("Your invoice"), "invoice-42");

        Assert.Equal(first, second);
        var sent = Assert.Single(server.SentEmails);
        Assert.Equal(first, sent.Id);
        Assert.Equal("invoice-42", sent.IdempotencyKey);
    }

    [Fact]
    public async Task Reusing_an_idempotency_key_for_another_email_is_refused()
    {
        await using var server = await FakeResendServer.StartAsync();
        using var services = ResendClientFactory.Services(server);
        var client = services.GetRequiredService<ResendClient>();
        await client.SendEmailAsync(Email("First"), "key-1");

        var error = await Assert.ThrowsAsync<ResendApiException>(() => client.SendEmailAsync(Email("Second"), "key-1"));

        Assert.Equal(409, error.Status);
        Assert.Equal(ResendApiException.InvalidIdempotentRequest, error.Name);
        Assert.Equal("First", Assert.Single(server.SentEmails).Subject);
    }

    [Fact]
    public async Task Rate_limited_send_waits_for_retry_after_and_then_goes_through()
    {
        await using var server = await FakeResendServer.StartAsync();
        using var services = ResendClientFactory.Services(server);
        server.FailNext(429, count: 1, retryAfter: TimeSpan.FromSeconds(1));

        var id = await services.GetRequiredService<ResendClient>().SendEmailAsync(Email("Hello"), "rate-1");

        Assert.Equal(id, Assert.Single(server.SentEmails).Id);
        Assert.Equal([429, 200], server.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task Server_errors_are_retried_until_the_send_goes_through()
    {
        await using var server = await FakeResendServer.StartAsync();
        using var services = ResendClientFactory.Services(server);
        server.FailNext(500, count: 2);

        await services.GetRequiredService<ResendClient>().SendEmailAsync(Email("Hello"), "retry-1");

        Assert.Single(server.SentEmails);
        Assert.Equal([500, 500, 200], server.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task A_send_without_a_sender_fails_with_missing_required_field_and_is_not_retried()
    {
        await using var server = await FakeResendServer.StartAsync();
        using var services = ResendClientFactory.Services(server);

        var error = await Assert.ThrowsAsync<ResendApiException>(
            () => services.GetRequiredService<ResendClient>().SendEmailAsync(Email("Hello") with { From = "" }));

        Assert.Equal(422, error.Status);
        Assert.Equal(ResendApiException.MissingRequiredField, error.Name);
        Assert.Contains("from", error.Message);
        Assert.Empty(server.SentEmails);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_wrong_api_key_is_refused_as_invalid()
    {
        await using var server = await FakeResendServer.StartAsync();
        using var services = ResendClientFactory.Services(server, apiKey: "re_wrong");

        var error = await Assert.ThrowsAsync<ResendApiException>(
            () => services.GetRequiredService<ResendClient>().SendEmailAsync(Email("Hello")));

        Assert.Equal(403, error.Status);
        Assert.Equal("invalid_api_key", error.Name);
        Assert.Empty(server.SentEmails);
    }

    [Fact]
    public async Task Every_request_carries_the_user_agent_and_only_api_calls_carry_the_key()
    {
        await using var server = await FakeResendServer.StartAsync();
        using var services = ResendClientFactory.Services(server);
        var client = services.GetRequiredService<ResendClient>();
        var id = server.SeedReceivedEmail(new FakeReceivedEmail(), "From: a@b.test\r\n\r\nhi"u8.ToArray());
        server.FailNext(503);

        await client.SendEmailAsync(Email("Hello"), "ua-1");
        var received = await client.GetReceivedEmailAsync(id);
        await client.DownloadRawAsync(received.Raw!.DownloadUrl);

        Assert.Equal(4, server.Requests.Count);
        Assert.All(server.Requests, request => Assert.StartsWith("factumerit-email/", request.UserAgent));
        Assert.All(server.Requests.Where(r => r.Path.StartsWith("/emails")), r => Assert.Equal("Bearer " + server.ApiKey, r.Authorization));
        Assert.Null(Assert.Single(server.Requests, r => r.Path.StartsWith("/_files")).Authorization);
    }

    [Fact]
    public async Task Attachments_tags_and_headers_arrive_as_sent()
    {
        await using var server = await FakeResendServer.StartAsync();
        using var services = ResendClientFactory.Services(server);
        var email = Email("Forward") with
        {
            Cc = ["cc@example.test"],
            Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-replied" },
            Attachments = [new ResendAttachment { Content = "raw mail"u8.ToArray(), Filename = "forwarded_message.eml", ContentType = "message/rfc822" }],
            Tags = [new ResendTag("persona", "support")],
        };

        await services.GetRequiredService<ResendClient>().SendEmailAsync(email);

        var sent = Assert.Single(server.SentEmails);
        Assert.Equal(["cc@example.test"], sent.Cc);
        Assert.Equal("auto-replied", sent.Headers["Auto-Submitted"]);
        var attachment = Assert.Single(sent.Attachments);
        Assert.Equal("raw mail"u8.ToArray(), attachment.Content);
        Assert.Equal("message/rfc822", attachment.ContentType);
        Assert.Equal("support", sent.Tags["persona"]);
    }

    internal static SendEmailRequest Email(string subject) => new()
    {
        From = "Support <support@factumerit.test>",
        To = ["ann@example.test"],
        Subject = subject,
        Text = "Hello Ann",
    };
}
