using System.Text;
using Factumerit.Email.Providers.Resend;

namespace Factumerit.Email.Tests.Providers.Resend;

public sealed class ResendWebhookEventParserTests
{
    // The documented example delivery (shared PROTOCOLS.md, "Resend: receiving").
    private const string Documented = """
        {"type":"email.received","created_at":"2024-02-22T23:41:12.126Z","data":{"email_id":"56761188-7520-42d8-8898-ff6fc54ce618","created_at":"2024-02-22T23:41:11.894719+00:00","from":"Acme <onboarding@resend.dev>","to":["delivered@resend.dev"],"bcc":[],"cc":[],"message_id":"<example+123>","subject":"Sending this example","attachments":[{"id":"2a0c9ce0-3112-4728-976e-47ddcd16a318","filename":"avatar.png","content_type":"image/png","content_disposition":"inline","content_id":"img001"}]}}
        """;

    [Fact]
    public void Reads_the_documented_email_received_event()
    {
        var result = Parse(Documented);

        Assert.Equal(ResendWebhookParseStatus.Ok, result.Status);
        var received = result.Event!;
        Assert.Equal("email.received", received.Type);
        Assert.Equal(DateTimeOffset.Parse("2024-02-22T23:41:12.126Z", System.Globalization.CultureInfo.InvariantCulture), received.CreatedAt);
        Assert.Equal("56761188-7520-42d8-8898-ff6fc54ce618", received.Data.EmailId);
        Assert.Equal("Acme <onboarding@resend.dev>", received.Data.From);
        Assert.Equal(["delivered@resend.dev"], received.Data.To);
        Assert.Empty(received.Data.Cc);
        Assert.Equal("<example+123>", received.Data.MessageId);
        Assert.Equal("Sending this example", received.Data.Subject);
        Assert.Equal(new ResendWebhookAttachment("2a0c9ce0-3112-4728-976e-47ddcd16a318", "avatar.png", "image/png", "inline", "img001"),
            Assert.Single(received.Data.Attachments));
    }

    [Fact]
    public void Reads_the_postgres_timestamp_form_and_defaults_optional_fields()
    {
        var result = Parse("""
            {"type":"email.received","created_at":"2023-04-07 23:13:52.669661+00",
             "data":{"email_id":"e1","created_at":"2023-04-07 23:13:52+00","from":"a@b.test","to":["c@d.test"]}}
            """);

        Assert.True(result.IsOk);
        Assert.Equal("", result.Event!.Data.Subject);
        Assert.Null(result.Event.Data.MessageId);
        Assert.Empty(result.Event.Data.Bcc);
        Assert.Empty(result.Event.Data.Attachments);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\":")]
    [InlineData("")]
    public void Reports_a_body_that_is_not_json(string body)
    {
        Assert.Equal(ResendWebhookParseStatus.NotJson, Parse(body).Status);
    }

    [Fact]
    public void Reports_another_event_type_with_its_name()
    {
        var result = Parse("""{"type":"email.delivered","created_at":"2024-02-22T23:41:12.126Z","data":{"email_id":"x"}}""");

        Assert.Equal(ResendWebhookParseStatus.OtherEventType, result.Status);
        Assert.Equal("email.delivered", result.EventType);
        Assert.Null(result.Event);
    }

    [Theory]
    [InlineData("email_id", "data.email_id")]
    [InlineData("from", "data.from")]
    [InlineData("to", "data.to")]
    [InlineData("created_at", "data.created_at")]
    public void Names_a_missing_data_field(string removed, string expectedField)
    {
        var body = Documented.Replace($"\"{removed}\":", $"\"x_{removed}\":", StringComparison.Ordinal)
            .Replace("\"x_created_at\":\"2024-02-22T23:41:12.126Z\"", "\"created_at\":\"2024-02-22T23:41:12.126Z\"", StringComparison.Ordinal);

        var result = Parse(body);

        Assert.Equal(ResendWebhookParseStatus.MissingField, result.Status);
        Assert.Equal(expectedField, result.Field);
    }

    [Theory]
    [InlineData("""{"created_at":"2024-02-22T23:41:12.126Z","data":{}}""", "type")]
    [InlineData("""[1,2]""", "type")]
    [InlineData("""{"type":"email.received","data":{}}""", "created_at")]
    [InlineData("""{"type":"email.received","created_at":"soon","data":{}}""", "created_at")]
    [InlineData("""{"type":"email.received","created_at":"2024-02-22T23:41:12.126Z","data":"x"}""", "data")]
    [InlineData("""{"type":"email.received","created_at":"2024-02-22T23:41:12.126Z","data":{"email_id":"","created_at":"2024-02-22T23:41:12Z","from":"a","to":[]}}""", "data.email_id")]
    [InlineData("""{"type":"email.received","created_at":"2024-02-22T23:41:12.126Z","data":{"email_id":"e","created_at":"2024-02-22T23:41:12Z","from":"a","to":"b@c"}}""", "data.to")]
    [InlineData("""{"type":"email.received","created_at":"2024-02-22T23:41:12.126Z","data":{"email_id":"e","created_at":"2024-02-22T23:41:12Z","from":"a","to":[],"attachments":[{"filename":"a.png"}]}}""", "data.attachments[0].id")]
    public void Names_a_missing_or_malformed_required_field(string body, string expectedField)
    {
        var result = Parse(body);

        Assert.Equal(ResendWebhookParseStatus.MissingField, result.Status);
        Assert.Equal(expectedField, result.Field);
    }

    private static ResendWebhookParseResult Parse(string body) => ResendWebhookEventParser.Parse(Encoding.UTF8.GetBytes(body));
}
