using Factumerit.Email.Mail;

namespace Factumerit.Email.Tests.Mail;

public sealed class ReplyTextExtractorTests
{
    [Fact]
    public void Gmail_top_post_keeps_only_the_new_text()
    {
        const string body = """
            Thanks, that fixed it!

            Can I also share a project with my team?

            On Tue, Jan 6, 2026 at 9:14 AM Factumerit Support <support@factumerit.app> wrote:
            > Hi Jane,
            >
            > Try logging out and in again.
            """;

        Assert.Equal("Thanks, that fixed it!\n\nCan I also share a project with my team?", ReplyTextExtractor.Extract(body));
    }

    [Fact]
    public void Attribution_wrapped_onto_two_lines_is_cut()
    {
        const string body = """
            Yes please, go ahead.

            On Tue, Jan 6, 2026 at 9:14 AM Factumerit Support <support@factumerit.app>
            wrote:

            > Shall I create the project for you?
            """;

        Assert.Equal("Yes please, go ahead.", ReplyTextExtractor.Extract(body));
    }

    [Fact]
    public void Attribution_wrapped_onto_three_lines_is_cut()
    {
        const string body = """
            Works for me.

            On Tuesday, January 6, 2026 at 09:14:33 AM GMT+1, Factumerit Onboarding
            Assistant <onboard@factumerit.app>
            wrote:
            > Welcome aboard!
            """;

        Assert.Equal("Works for me.", ReplyTextExtractor.Extract(body));
    }

    [Fact]
    public void Apple_mail_attribution_is_cut()
    {
        const string body = "Sounds good.\n\n> On 6 Jan 2026, at 09:14, Support <support@factumerit.app> wrote:\n> \n> Hello\n";

        Assert.Equal("Sounds good.", ReplyTextExtractor.Extract(body));
    }

    [Theory]
    [InlineData("Le mar. 6 janv. 2026 à 09:14, Support Factumerit <support@factumerit.app> a écrit :")]
    [InlineData("Le mar. 6 janv. 2026 à 09:14, Support Factumerit <support@factumerit.app> a\u00A0écrit\u00A0:")]
    [InlineData("Am Di., 6. Jan. 2026 um 09:14 Uhr schrieb Support <support@factumerit.app>:")]
    [InlineData("Am 06.01.2026 um 09:14 schrieb Support Factumerit:")]
    [InlineData("El mar, 6 ene 2026 a las 9:14, Support (<support@factumerit.app>) escribió:")]
    [InlineData("Il giorno mar 6 gen 2026 alle ore 09:14 Support <support@factumerit.app> ha scritto:")]
    [InlineData("Op di 6 jan. 2026 om 09:14 schreef Support <support@factumerit.app>:")]
    [InlineData("Em ter., 6 de jan. de 2026 às 09:14, Support <support@factumerit.app> escreveu:")]
    [InlineData("Den 6 jan. 2026 kl. 09:14 skrev Support <support@factumerit.app>:")]
    public void Localized_attributions_are_cut(string attribution)
    {
        var body = $"Merci, parfait.\n\n{attribution}\n> Bonjour\n> Comment puis-je aider ?\n";

        Assert.Equal("Merci, parfait.", ReplyTextExtractor.Extract(body));
    }

    [Fact]
    public void Lines_starting_with_On_that_are_not_attributions_stay()
    {
        const string body = """
            On Monday we moved the launch to Friday.
            On the topic of billing, my colleague wrote:
            the invoice total looks wrong to us.
            On second thought, could you call me?
            """;

        Assert.Equal(body, ReplyTextExtractor.Extract(body));
    }

    [Fact]
    public void Sentence_with_a_day_but_no_time_year_address_or_quote_stays()
    {
        const string body = "On 5 January, the team wrote:\nwe ship next week. Can you confirm?";

        Assert.Equal(body, ReplyTextExtractor.Extract(body));
    }

    [Fact]
    public void Sentence_ending_in_wrote_colon_without_date_or_quote_stays()
    {
        const string body = "On the forum, someone wrote:\nthat the export is broken. Is it?";

        Assert.Equal(body, ReplyTextExtractor.Extract(body));
    }

    [Fact]
    public void Bottom_posted_reply_is_kept()
    {
        const string body = "On 06/01/2026 09:14, Support wrote:\n> Is the issue solved?\n\nYes, all good now.";

        Assert.Equal("Yes, all good now.", ReplyTextExtractor.Extract(body));
    }

    [Fact]
    public void Quoted_lines_without_attribution_are_removed()
    {
        const string body = "> you said the export is weekly\nIt is daily, actually.";

        Assert.Equal("It is daily, actually.", ReplyTextExtractor.Extract(body));
    }

    [Fact]
    public void Gmail_style_underscore_separator_is_cut()
    {
        const string body = "Thanks!\n\n________________________________\nFrom whoever, the old message body";

        Assert.Equal("Thanks!", ReplyTextExtractor.Extract(body));
    }

    [Theory]
    [InlineData("Sent from my iPhone")]
    [InlineData("Get Outlook for Android")]
    [InlineData("Envoyé de mon iPad")]
    [InlineData("Von meinem iPhone gesendet")]
    public void Trailing_mobile_footer_is_removed(string footer)
    {
        var body = $"Call me tomorrow.\n\n{footer}\n\nOn Tue, Jan 6, 2026 at 9:14 AM Support <support@factumerit.app> wrote:\n> Hi";

        Assert.Equal("Call me tomorrow.", ReplyTextExtractor.Extract(body));
    }

    [Fact]
    public void Crlf_line_endings_are_handled()
    {
        const string body = "Thanks!\r\n\r\nOn Tue, Jan 6, 2026 at 9:14 AM Support <support@factumerit.app> wrote:\r\n> Hi\r\n";

        Assert.Equal("Thanks!", ReplyTextExtractor.Extract(body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n\n ")]
    [InlineData("> only quoted\n> text")]
    [InlineData("On Tue, Jan 6, 2026 at 9:14 AM Support <support@factumerit.app> wrote:\n> Hi")]
    public void Nothing_new_gives_empty_text(string? body) => Assert.Equal(string.Empty, ReplyTextExtractor.Extract(body));

    [Fact]
    public void Plain_message_is_returned_unchanged()
    {
        const string body = "Hello,\n\nI'd like to know how to archive a project.\n  - Step 1?\n  - Step 2?\n\nBest,\nAnna";

        Assert.Equal(body, ReplyTextExtractor.Extract(body));
    }

    [Fact]
    public void Forwarded_message_content_is_kept_for_the_persona()
    {
        const string body = "Can you triage this?\n\n---------- Forwarded message ---------\nFrom: Client <c@example.com>\nDate: Mon, Jan 5, 2026\nSubject: Bug\nTo: me@example.com\n\nThe app crashes.";

        Assert.Contains("The app crashes.", ReplyTextExtractor.Extract(body), StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_answers_between_quotes_are_kept()
    {
        const string body = """
            On Tue, Jan 6, 2026 at 9:14 AM Support <support@factumerit.app> wrote:
            > Which plan are you on?

            Team plan.

            > And how many seats?

            Twelve.

            -- 
            Jane
            """;

        Assert.Equal("Team plan.\n\nTwelve.", ReplyTextExtractor.Extract(body));
    }
}
