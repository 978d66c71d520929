using System.Text;
using Factumerit.Email.Providers.Gmail.Data;
using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.Tests.Providers.Gmail;

public sealed class MessageBodyReaderTests
{
    private static MessagePart Leaf(string mimeType, byte[] content, string? charset = null, string? filename = null) => new()
    {
        MimeType = mimeType,
        Filename = filename ?? "",
        Headers = [new MessagePartHeader { Name = "Content-Type", Value = mimeType + (charset is null ? "" : $"; charset=\"{charset}\"") }],
        Body = new MessagePartBody { Size = content.Length, Data = Base64Url.Encode(content) },
    };

    [Fact]
    public void Text_and_html_are_found_in_nested_multiparts_and_attachments_are_skipped()
    {
        var payload = new MessagePart
        {
            MimeType = "multipart/mixed",
            Parts =
            [
                Leaf("text/plain", "not the body"u8.ToArray(), filename: "notes.txt"),
                new MessagePart
                {
                    MimeType = "multipart/alternative",
                    Parts = [Leaf("text/plain", Encoding.Latin1.GetBytes("Grüße"), "ISO-8859-1"), Leaf("text/html", "<p>Grüße</p>"u8.ToArray())],
                },
            ],
        };

        var bodies = MessageBodyReader.Read(payload);

        Assert.Equal("Grüße", bodies.Text);
        Assert.Equal("<p>Grüße</p>", bodies.Html);
    }

    [Fact]
    public void Html_only_mail_reads_as_text()
    {
        const string html = "<html><head><style>p{}</style><script>alert(1)</script></head><body><h1>Order&nbsp;shipped</h1>" +
            "<p>Track it\n  <a href='https://t.test'>here</a>.</p><ul><li>One</li><li>Two &amp; three</li></ul></body></html>";

        var bodies = MessageBodyReader.Read(Leaf("text/html", Encoding.UTF8.GetBytes(html)));

        Assert.Null(bodies.Text);
        Assert.Equal("Order shipped\n\nTrack it here.\n\nOne\nTwo & three", bodies.PlainText.Replace('\u00A0', ' '));
    }

    [Fact]
    public void Unknown_charsets_fall_back_to_utf8_and_windows_1252_is_understood()
    {
        Assert.Equal("✓", MessageBodyReader.Read(Leaf("text/plain", "✓"u8.ToArray(), "x-unknown")).Text);
        Assert.Equal("€5", MessageBodyReader.Read(Leaf("text/plain", [0x80, (byte)'5'], "windows-1252")).Text);
    }

    [Fact]
    public void A_raw_multipart_message_with_quoted_printable_parts_reads_back()
    {
        const string raw = "Subject: =?UTF-8?Q?Caf=C3=A9?=\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n" +
            "preamble\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
            "Caf=C3=A9 au lait, tr=\r\n=C3=A8s bon\r\n--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<b>Café</b>\r\n--b1--\r\nepilogue\r\n";

        var payload = MimeMessageParser.Parse(Encoding.UTF8.GetBytes(raw));
        var bodies = MessageBodyReader.Read(payload);

        Assert.Equal("Café", payload.GetHeader("Subject"));
        Assert.Equal("Café au lait, très bon", bodies.Text);
        Assert.Equal("<b>Café</b>", bodies.Html);
    }

    [Fact]
    public void No_payload_reads_as_empty() => Assert.Equal("", MessageBodyReader.Read(null).PlainText);
}
