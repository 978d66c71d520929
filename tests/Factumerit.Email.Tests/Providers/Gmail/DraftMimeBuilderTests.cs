using System.Text;
using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.Tests.Providers.Gmail;

public sealed class DraftMimeBuilderTests
{
    private static DraftReply Reply(Func<DraftReply, DraftReply>? change = null)
    {
        var reply = new DraftReply
        {
            From = new MailboxAddress("owner@example.test", "Owner"),
            To = [new MailboxAddress("ana@customer.test", "Ana Pérez")],
            OriginalSubject = "Invoice 42",
            InReplyTo = "<orig-3@customer.test>",
            OriginalReferences = "<orig-1@customer.test> <orig-2@customer.test>",
            Text = "Thanks!\nSee you.",
        };
        return change is null ? reply : change(reply);
    }

    [Fact]
    public void A_reply_parses_back_with_threading_headers_and_its_text()
    {
        var mime = DraftMimeBuilder.BuildReply(Reply());

        var payload = MimeMessageParser.Parse(mime);

        Assert.Equal("Re: Invoice 42", payload.GetHeader("Subject"));
        Assert.Equal("<orig-3@customer.test>", payload.GetHeader("In-Reply-To"));
        Assert.Equal("<orig-1@customer.test> <orig-2@customer.test> <orig-3@customer.test>", payload.GetHeader("References"));
        Assert.Equal("Ana Pérez <ana@customer.test>", payload.GetHeader("To"));
        Assert.Equal("1.0", payload.GetHeader("MIME-Version"));
        Assert.Equal("text/plain", payload.MimeType);
        Assert.Equal("Thanks!\r\nSee you.", MessageBodyReader.Read(payload).Text);
    }

    [Fact]
    public void Every_line_is_ascii_crlf_terminated_and_at_most_78_characters_in_headers()
    {
        var mime = DraftMimeBuilder.BuildReply(Reply(r => r with
        {
            OriginalSubject = string.Concat(Enumerable.Repeat("Überweisung für Rechnung ", 8)),
            OriginalReferences = string.Join(' ', Enumerable.Range(0, 12).Select(i => $"<ref-{i}-abcdefghij@customer.test>")),
        }));
        var text = Encoding.ASCII.GetString(mime);
        var headerBlock = text[..text.IndexOf("\r\n\r\n", StringComparison.Ordinal)];

        Assert.All(mime, b => Assert.True(b < 128));
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.All(headerBlock.Split("\r\n"), line => Assert.True(line.Length <= 78, line));
        Assert.Equal(13, MimeMessageParser.Parse(mime).GetHeader("References")!.Split(' ').Length);
    }

    [Theory]
    [InlineData("Hello", "Re: Hello")]
    [InlineData("Re: Hello", "Re: Hello")]
    [InlineData("RE: re: Re:Hello", "Re: Hello")]
    [InlineData("Re[2]: Hello", "Re: Hello")]
    [InlineData("Fwd: Hello", "Re: Fwd: Hello")]
    [InlineData("Return policy", "Re: Return policy")]
    [InlineData("", "Re: ")]
    public void Re_is_added_once(string original, string expected) =>
        Assert.Equal(expected, DraftMimeBuilder.ReplySubject(original));

    [Fact]
    public void A_long_non_ascii_subject_becomes_encoded_words_that_decode_to_the_original()
    {
        var subject = "Réunion 📅 " + string.Concat(Enumerable.Repeat("données clients ✓ ", 10));
        var mime = DraftMimeBuilder.BuildReply(Reply(r => r with { OriginalSubject = subject }));
        var text = Encoding.ASCII.GetString(mime);
        var subjectLines = text.Split("\r\n").SkipWhile(l => !l.StartsWith("Subject:", StringComparison.Ordinal))
            .TakeWhile((l, i) => i == 0 || l.StartsWith(' ')).ToList();

        Assert.True(subjectLines.Count > 2);
        var words = subjectLines.Select(l => l.Replace("Subject:", "", StringComparison.Ordinal).Trim()).ToList();
        Assert.All(words, w => Assert.True(w.Length <= EncodedWords.MaxWordLength && w.StartsWith("=?UTF-8?B?", StringComparison.Ordinal)));
        // Each word holds whole characters, so each decodes on its own.
        Assert.All(words, w => Assert.DoesNotContain('\uFFFD', EncodedWords.Decode(w)));
        Assert.Equal("Re: " + subject.Trim(), MimeMessageParser.Parse(mime).GetHeader("Subject"));
    }

    [Fact]
    public void Display_names_are_quoted_or_encoded_as_needed()
    {
        var mime = DraftMimeBuilder.BuildReply(Reply(r => r with
        {
            From = new MailboxAddress("owner@example.test", "Doe, John"),
            To = [new MailboxAddress("a@customer.test", "Zoë \"Z\" Ångström"), new MailboxAddress("b@customer.test")],
            Cc = [new MailboxAddress("c@customer.test", "Plain Name")],
        }));
        var text = Encoding.ASCII.GetString(mime);
        var payload = MimeMessageParser.Parse(mime);

        Assert.Contains("From: \"Doe, John\" <owner@example.test>", text);
        Assert.Contains("Cc: Plain Name <c@customer.test>", text);
        var to = MailboxAddress.ParseList(payload.GetHeader("To"));
        Assert.Equal(["a@customer.test", "b@customer.test"], to.Select(a => a.Address));
        Assert.Equal("Zoë \"Z\" Ångström", to[0].DisplayName);
    }

    [Fact]
    public void Html_makes_a_multipart_alternative_with_text_first()
    {
        var mime = DraftMimeBuilder.BuildReply(Reply(r => r with { Text = "Plain ✓", Html = "<p>Rich <b>✓</b></p>" }));

        var payload = MimeMessageParser.Parse(mime);

        Assert.Equal("multipart/alternative", payload.MimeType);
        Assert.Equal(["text/plain", "text/html"], payload.Parts!.Select(p => p.MimeType));
        Assert.Equal(["0", "1"], payload.Parts!.Select(p => p.PartId));
        var bodies = MessageBodyReader.Read(payload);
        Assert.Equal("Plain ✓", bodies.Text);
        Assert.Equal("<p>Rich <b>✓</b></p>", bodies.Html);
    }

    [Fact]
    public void Quoted_printable_bodies_keep_lines_short_and_decode_exactly()
    {
        var text = "Grüße = Grüße\r\n" + new string('x', 200) + " \r\nline with trailing space \r\nÉnd";
        var mime = DraftMimeBuilder.BuildReply(Reply(r => r with { Text = text, Html = "<p>é</p>", TransferEncoding = MimeTransferEncoding.QuotedPrintable }));
        var raw = Encoding.ASCII.GetString(mime);

        Assert.Contains("Content-Transfer-Encoding: quoted-printable", raw);
        Assert.All(raw.Split("\r\n"), line => Assert.True(line.Length <= 76, line));
        Assert.Equal(text, MessageBodyReader.Read(MimeMessageParser.Parse(mime)).Text);
    }

    [Fact]
    public void Optional_headers_are_written_when_given()
    {
        var date = new DateTimeOffset(2025, 3, 1, 9, 5, 7, TimeSpan.FromHours(-5));
        var mime = DraftMimeBuilder.BuildReply(Reply(r => r with
        {
            MessageId = "reply-1@factumerit.test",
            Date = date,
            ExtraHeaders = [new("Auto-Submitted", "auto-replied")],
        }));

        var payload = MimeMessageParser.Parse(mime);

        Assert.Equal("<reply-1@factumerit.test>", payload.GetHeader("Message-ID"));
        Assert.Equal("Sat, 01 Mar 2025 09:05:07 -0500", payload.GetHeader("Date"));
        Assert.Equal("auto-replied", payload.GetHeader("Auto-Submitted"));
    }

    [Fact]
    public void Header_injection_through_a_message_id_is_refused()
    {
        Assert.Throws<ArgumentException>(() => DraftMimeBuilder.BuildReply(Reply(r => r with { InReplyTo = "<a@b>\r\nBcc: x@evil.test" })));
        Assert.Throws<ArgumentException>(() => new MailboxAddress("a@b.test\r\nBcc: x@evil.test"));
    }

    [Fact]
    public void Raw_is_base64url_without_padding()
    {
        var mime = DraftMimeBuilder.BuildReply(Reply(r => r with { Text = "??>>??>>" }));

        var raw = DraftMimeBuilder.ToRaw(mime);

        Assert.DoesNotContain('+', raw);
        Assert.DoesNotContain('/', raw);
        Assert.DoesNotContain('=', raw);
        Assert.Equal(mime, Base64Url.Decode(raw));
    }
}
