using System.Net;
using Factumerit.Email.Providers.Resend;

namespace Factumerit.Email.Tests.Providers.Resend;

public sealed class ResendClientReceivingTests
{
    private const string ReceivedJson = """
        {"object":"email","id":"4ef9a417-02e9-4d39-ad75-9611e0fcc33c","to":["support@factumerit.test"],
         "from":"Ann <ann@example.test>","created_at":"2023-04-07 23:13:52.669661+00","subject":"Help",
         "message_id":"<m1@example.test>","cc":null,"bcc":[],"reply_to":["ann.private@example.test"],
         "received_for":["support@factumerit.test"],"html":null,"text":"Please help",
         "headers":{"References":"<m0@example.test>","Received":["by a","by b"],"X-Count":3},
         "raw":{"download_url":"https://files.resend.test/raw/4ef9?sig=abc","expires_at":"2023-04-08T00:13:52.669661+00:00"},
         "attachments":[{"id":"2a0c9ce0-3112-4728-976e-47ddcd16a318","filename":"avatar.png","size":2048,
           "content_type":"image/png","content_id":"img001","content_disposition":"inline"}]}
        """;

    [Fact]
    public async Task Reads_a_received_email_with_every_field()
    {
        using var harness = new ResendClientHarness();
        harness.Stub.Answer(HttpStatusCode.OK, ReceivedJson);

        var email = await harness.Client.GetReceivedEmailAsync("4ef9a417-02e9-4d39-ad75-9611e0fcc33c");

        Assert.Equal("https://resend.test/api/emails/receiving/4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
            Assert.Single(harness.Stub.Requests).Uri.AbsoluteUri);
        Assert.Equal("Ann <ann@example.test>", email.From);
        Assert.Equal(["support@factumerit.test"], email.To);
        Assert.Equal(new DateTimeOffset(2023, 4, 7, 23, 13, 52, TimeSpan.Zero).AddTicks(6696610), email.CreatedAt);
        Assert.Equal("<m1@example.test>", email.MessageId);
        Assert.Null(email.Cc);
        Assert.Empty(email.Bcc!);
        Assert.Equal(["ann.private@example.test"], email.ReplyTo);
        Assert.Equal(["support@factumerit.test"], email.ReceivedFor);
        Assert.Null(email.Html);
        Assert.Equal("Please help", email.Text);
        Assert.Equal("<m0@example.test>", email.Headers!["references"]);
        Assert.Equal("by a, by b", email.Headers["Received"]);
        Assert.Equal("3", email.Headers["X-Count"]);
        Assert.Equal(new Uri("https://files.resend.test/raw/4ef9?sig=abc"), email.Raw!.DownloadUrl);
        Assert.Equal(new DateTimeOffset(2023, 4, 8, 0, 13, 52, TimeSpan.Zero).AddTicks(6696610), email.Raw.ExpiresAt);
        var attachment = Assert.Single(email.Attachments);
        Assert.Equal(new ReceivedEmailAttachment("2a0c9ce0-3112-4728-976e-47ddcd16a318", "avatar.png", 2048, "image/png", "img001", "inline"), attachment);
    }

    [Fact]
    public async Task Escapes_the_email_id_into_one_path_segment()
    {
        using var harness = new ResendClientHarness();
        harness.Stub.Answer(HttpStatusCode.OK, """{"id":"x","created_at":"2024-02-22T23:41:11.894719+00:00"}""");

        await harness.Client.GetReceivedEmailAsync("../domains");

        Assert.Equal("/api/emails/receiving/..%2Fdomains", Assert.Single(harness.Stub.Requests).Uri.AbsolutePath);
    }

    [Fact]
    public async Task Downloads_the_raw_message_without_handing_the_api_key_to_the_file_host()
    {
        using var harness = new ResendClientHarness();
        harness.Stub.Answer(HttpStatusCode.OK, "From: ann@example.test\r\n\r\nhi", "message/rfc822");

        var raw = await harness.Client.DownloadRawAsync(new Uri("https://files.resend.test/raw/4ef9?sig=abc"));

        Assert.Equal("From: ann@example.test\r\n\r\nhi"u8.ToArray(), raw);
        var sent = Assert.Single(harness.Stub.Requests);
        Assert.Equal("https://files.resend.test/raw/4ef9?sig=abc", sent.Uri.AbsoluteUri);
        Assert.False(sent.Headers.ContainsKey("Authorization"));
    }
}
