using Factumerit.Email.Mail;

namespace Factumerit.Email.Tests.Mail;

/// <summary>Outlook header blocks, rules and signatures.</summary>
public sealed class ReplyTextExtractorOutlookTests
{
    [Fact]
    public void Outlook_original_message_block_is_cut()
    {
        const string body = """
            Please cancel my subscription.

            Regards,
            Tom

            -----Original Message-----
            From: Factumerit Digest <digest@factumerit.app>
            Sent: Tuesday, January 6, 2026 9:14 AM
            To: Tom <tom@example.com>
            Subject: Your daily digest
            """;

        Assert.Equal("Please cancel my subscription.\n\nRegards,\nTom", ReplyTextExtractor.Extract(body));
    }

    [Fact]
    public void Outlook_header_block_without_rule_is_cut()
    {
        const string body = """
            See below, the export still fails.

            From: Factumerit Support <support@factumerit.app>
            Sent: Tuesday, January 6, 2026 09:14
            To: Tom Baker <tom@example.com>
            Subject: RE: Export
            Did you try the CSV option?
            """;

        Assert.Equal("See below, the export still fails.", ReplyTextExtractor.Extract(body));
    }

    [Fact]
    public void Outlook_web_underscore_rule_and_bold_headers_are_cut()
    {
        const string body = """
            Approved.

            ________________________________
            *From:* Triage <triage@factumerit.app>
            *Sent:* Tuesday, January 6, 2026 9:14:00 AM
            *To:* Ops <ops@example.com>
            *Subject:* [urgent] Server down
            """;

        Assert.Equal("Approved.", ReplyTextExtractor.Extract(body));
    }

    [Fact]
    public void German_outlook_header_block_is_cut()
    {
        const string body = """
            Bitte um Rückruf.

            Von: Support <support@factumerit.app>
            Gesendet: Dienstag, 6. Januar 2026 09:14
            An: Max Mustermann <max@example.de>
            Betreff: Ihre Anfrage
            """;

        Assert.Equal("Bitte um Rückruf.", ReplyTextExtractor.Extract(body));
    }

    [Fact]
    public void A_lone_From_line_in_the_new_text_stays()
    {
        const string body = "From: the accounting team, with thanks.\nWe paid the invoice today.";

        Assert.Equal(body, ReplyTextExtractor.Extract(body));
    }

    [Fact]
    public void Signature_after_rfc3676_delimiter_is_removed()
    {
        const string body = "How do I export my tasks?\n\n-- \nJane Doe\nACME Corp | +1 555 0100\n";

        Assert.Equal("How do I export my tasks?", ReplyTextExtractor.Extract(body));
    }

    [Fact]
    public void Signature_delimiter_with_trailing_space_trimmed_is_still_a_delimiter()
    {
        const string body = "How do I export my tasks?\n--\nJane";

        Assert.Equal("How do I export my tasks?", ReplyTextExtractor.Extract(body));
    }

    [Fact]
    public void Double_dash_inside_a_sentence_is_not_a_signature()
    {
        const string body = "Use the --verbose flag -- it helps.\n---\nThanks";

        Assert.Equal(body, ReplyTextExtractor.Extract(body));
    }

    [Fact]
    public void Signature_before_quoted_history_is_removed_with_it()
    {
        const string body = """
            Got it, thanks.
            --
            Jane

            On Tue, Jan 6, 2026 at 9:14 AM Support <support@factumerit.app> wrote:
            > Done!
            """;

        Assert.Equal("Got it, thanks.", ReplyTextExtractor.Extract(body));
    }
}
