using System.Text;
using Factumerit.Email.Providers.Gmail.Push;

namespace Factumerit.Email.Tests.Providers.Gmail;

public sealed class GmailPushParserTests
{
    private static byte[] Envelope(string data) => Encoding.UTF8.GetBytes(
        $"{{\"message\":{{\"data\":\"{data}\",\"messageId\":\"2070443601311540\",\"message_id\":\"2070443601311540\"," +
        "\"publishTime\":\"2021-02-26T19:13:55.749Z\"},\"subscription\":\"projects/myproject/subscriptions/mysubscription\"}");

    private static string Url(string json, bool pad) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).Replace('+', '-').Replace('/', '_').TrimEnd(pad ? ' ' : '=');

    [Theory]
    [InlineData("{\"emailAddress\":\"user@example.com\",\"historyId\":9876543210}", false)]
    [InlineData("{\"emailAddress\":\"user@example.com\",\"historyId\":\"9876543210\"}", false)]
    [InlineData("{\"emailAddress\":\"user@example.com\",\"historyId\":\"9876543210\"}", true)]
    public void Base64url_data_with_number_or_string_history_ids_parse(string json, bool padded)
    {
        var result = GmailPushParser.Parse(Envelope(Url(json, padded)));

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(new GmailPushNotification("user@example.com", 9876543210, "2070443601311540",
            new DateTimeOffset(2021, 2, 26, 19, 13, 55, 749, TimeSpan.Zero), "projects/myproject/subscriptions/mysubscription"),
            result.Notification);
    }

    [Fact]
    public void Standard_base64_with_plus_and_slash_is_accepted()
    {
        // This payload's standard base64 contains both '+' and '/'.
        const string json = "{\"emailAddress\":\"ü>?@x.test\",\"historyId\":1}";
        var standard = Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
        Assert.True(standard.Contains('+', StringComparison.Ordinal) || standard.Contains('/', StringComparison.Ordinal));

        var result = GmailPushParser.Parse(Envelope(standard));

        Assert.Equal("ü>?@x.test", result.Notification?.EmailAddress);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"message\":\"x\"}")]
    [InlineData("{\"message\":{}}")]
    [InlineData("{\"message\":{\"data\":\"%%%\"}}")]
    [InlineData("{\"message\":{\"data\":\"bm90IGpzb24\"}}")]
    public void Malformed_envelopes_are_refused_with_a_reason(string body)
    {
        var result = GmailPushParser.Parse(Encoding.UTF8.GetBytes(body));

        Assert.False(result.Succeeded);
        Assert.False(string.IsNullOrEmpty(result.Failure));
    }

    [Theory]
    [InlineData("{\"historyId\":1}")]
    [InlineData("{\"emailAddress\":\"u@x.test\"}")]
    [InlineData("{\"emailAddress\":\"u@x.test\",\"historyId\":-5}")]
    [InlineData("{\"emailAddress\":\"u@x.test\",\"historyId\":\"12abc\"}")]
    [InlineData("{\"emailAddress\":\"u@x.test\",\"historyId\":1.5}")]
    [InlineData("{\"emailAddress\":\"u@x.test\",\"historyId\":null}")]
    public void Notifications_without_an_address_or_a_valid_history_id_are_refused(string json)
    {
        var result = GmailPushParser.Parse(Envelope(Url(json, pad: false)));

        Assert.False(result.Succeeded);
    }
}
