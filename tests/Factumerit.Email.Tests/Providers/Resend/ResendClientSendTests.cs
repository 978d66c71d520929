using System.Net;
using System.Text.Json;
using Factumerit.Email.Providers.Resend;

namespace Factumerit.Email.Tests.Providers.Resend;

public sealed class ResendClientSendTests
{
    [Fact]
    public async Task Posts_the_email_in_the_api_shape_with_auth_user_agent_and_idempotency_key()
    {
        using var harness = new ResendClientHarness();
        harness.Stub.Answer(HttpStatusCode.OK, """{"id":"49a3999c-0ce1-4ea6-ab68-afcd6dc2e794"}""");

        var id = await harness.Client.SendEmailAsync(new SendEmailRequest
        {
            From = "Support <support@factumerit.test>",
            To = ["ann@example.test"],
            Subject = "Hello",
            ReplyTo = ["help@factumerit.test"],
            Text = "Hi Ann",
            Headers = new Dictionary<string, string> { ["In-Reply-To"] = "<a@b>" },
            Attachments = [new ResendAttachment { Content = [1, 2, 3], Filename = "a.bin", ContentType = "application/octet-stream" }],
            Tags = [new ResendTag("persona", "support")],
        }, "reply-42");

        Assert.Equal("49a3999c-0ce1-4ea6-ab68-afcd6dc2e794", id);
        var sent = Assert.Single(harness.Stub.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("https://resend.test/api/emails", sent.Uri.AbsoluteUri);
        Assert.Equal("Bearer " + ResendClientHarness.ApiKey, sent.Headers["Authorization"]);
        Assert.StartsWith("factumerit-email/", sent.Headers["User-Agent"]);
        Assert.Equal("reply-42", sent.Headers["Idempotency-Key"]);
        using var body = JsonDocument.Parse(sent.Body!);
        var root = body.RootElement;
        Assert.Equal("Support <support@factumerit.test>", root.GetProperty("from").GetString());
        Assert.Equal("ann@example.test", root.GetProperty("to")[0].GetString());
        Assert.Equal("help@factumerit.test", root.GetProperty("reply_to")[0].GetString());
        Assert.Equal("<a@b>", root.GetProperty("headers").GetProperty("In-Reply-To").GetString());
        var attachment = root.GetProperty("attachments")[0];
        Assert.Equal("AQID", attachment.GetProperty("content").GetString());
        Assert.Equal("application/octet-stream", attachment.GetProperty("content_type").GetString());
        Assert.Equal("persona", root.GetProperty("tags")[0].GetProperty("name").GetString());
        Assert.False(root.TryGetProperty("html", out _), "unset fields are left out");
        Assert.False(root.TryGetProperty("cc", out _), "unset fields are left out");
    }

    [Fact]
    public async Task Sends_no_idempotency_key_unless_given_one()
    {
        using var harness = new ResendClientHarness();
        harness.Stub.Answer(HttpStatusCode.OK, """{"id":"x"}""");

        await harness.Client.SendEmailAsync(Request());

        Assert.False(Assert.Single(harness.Stub.Requests).Headers.ContainsKey("Idempotency-Key"));
    }

    [Fact]
    public async Task Rejects_more_than_fifty_recipients_before_sending()
    {
        using var harness = new ResendClientHarness();
        var request = Request() with { To = [.. Enumerable.Range(0, 51).Select(i => $"r{i}@example.test")] };

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.SendEmailAsync(request));
        Assert.Empty(harness.Stub.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task Rejects_an_idempotency_key_outside_one_to_256_characters(string? shortKey)
    {
        using var harness = new ResendClientHarness();
        var key = shortKey ?? new string('k', 257);

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.SendEmailAsync(Request(), key));
        Assert.Empty(harness.Stub.Requests);
    }

    internal static SendEmailRequest Request() => new()
    {
        From = "support@factumerit.test",
        To = ["ann@example.test"],
        Subject = "Hello",
        Text = "Hi",
    };
}
