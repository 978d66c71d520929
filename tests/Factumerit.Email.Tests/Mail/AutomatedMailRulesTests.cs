using Factumerit.Email.Mail;

namespace Factumerit.Email.Tests.Mail;

public sealed class AutomatedMailRulesTests
{
    private static readonly EmailAddress Person = EmailAddress.Parse("jane@example.com");

    private static AutomatedMailMatch? Check(string header, string value, EmailAddress? sender = null) =>
        AutomatedMailRules.Check(sender ?? Person, [new(header, value)]);

    [Theory]
    [InlineData("auto-replied")]
    [InlineData("auto-generated")]
    [InlineData("auto-notified; owner-email=\"ops@example.com\"")]
    public void Auto_submitted_other_than_no_matches(string value)
    {
        var match = Check("Auto-Submitted", value);

        Assert.Equal(AutomatedMailRule.AutoSubmitted, match?.Rule);
        Assert.Equal("auto_submitted", match?.Code);
        Assert.DoesNotContain("@", match!.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no")]
    [InlineData("No")]
    [InlineData(" no ")]
    public void Auto_submitted_no_is_a_person(string value) => Assert.Null(Check("Auto-Submitted", value));

    [Theory]
    [InlineData("bulk")]
    [InlineData("list")]
    [InlineData("junk")]
    [InlineData("auto_reply")]
    [InlineData("Bulk")]
    public void Bulk_precedence_matches(string value) => Assert.Equal(AutomatedMailRule.Precedence, Check("Precedence", value)?.Rule);

    [Fact]
    public void Other_precedence_is_a_person() => Assert.Null(Check("Precedence", "first-class"));

    [Fact]
    public void List_id_matches() =>
        Assert.Equal(AutomatedMailRule.ListId, Check("List-Id", "<dev.lists.example.org>")?.Rule);

    [Fact]
    public void List_unsubscribe_matches() =>
        Assert.Equal(AutomatedMailRule.ListUnsubscribe, Check("List-Unsubscribe", "<mailto:unsub@example.org>")?.Rule);

    [Fact]
    public void Auto_response_suppress_matches() =>
        Assert.Equal(AutomatedMailRule.AutoResponseSuppress, Check("X-Auto-Response-Suppress", "All")?.Rule);

    [Fact]
    public void Auto_response_suppress_none_is_a_person() => Assert.Null(Check("X-Auto-Response-Suppress", "None"));

    [Fact]
    public void Feedback_id_matches() =>
        Assert.Equal(AutomatedMailRule.FeedbackId, Check("Feedback-ID", "123:campaign:mailer")?.Rule);

    [Fact]
    public void X_autoreply_matches() => Assert.Equal(AutomatedMailRule.XAutoreply, Check("X-Autoreply", "yes")?.Rule);

    [Fact]
    public void X_autorespond_matches() =>
        Assert.Equal(AutomatedMailRule.XAutorespond, Check("X-Autorespond", "Out of office")?.Rule);

    [Fact]
    public void Null_return_path_matches() => Assert.Equal(AutomatedMailRule.NullReturnPath, Check("Return-Path", "<>")?.Rule);

    [Fact]
    public void Header_names_are_case_insensitive() =>
        Assert.Equal(AutomatedMailRule.AutoSubmitted, Check("auto-submitted", "auto-replied")?.Rule);

    [Theory]
    [InlineData("noreply@github.com")]
    [InlineData("no-reply@accounts.google.com")]
    [InlineData("no_reply@example.com")]
    [InlineData("do-not-reply@bank.example")]
    [InlineData("donotreply@bank.example")]
    [InlineData("MAILER-DAEMON@mx.example.com")]
    [InlineData("postmaster@example.com")]
    [InlineData("notifications@github.com")]
    [InlineData("bounce@mail.example.com")]
    [InlineData("bounces+12345-abcd@sendgrid.example")]
    [InlineData("bounce-mc.us5_1234@mail.example.com")]
    [InlineData("noreply.alerts@example.com")]
    public void Robot_senders_match(string sender)
    {
        var match = AutomatedMailRules.Check(EmailAddress.Parse(sender), []);

        Assert.Equal(AutomatedMailRule.SenderPattern, match?.Rule);
        Assert.Equal("sender_pattern", match?.Code);
    }

    [Theory]
    [InlineData("nora@example.com")]
    [InlineData("bouncer.jones@example.com")]
    [InlineData("postmasters-guild@example.com")]
    [InlineData("jane.noreply@example.com")]
    public void Ordinary_senders_do_not_match(string sender) =>
        Assert.Null(AutomatedMailRules.Check(EmailAddress.Parse(sender), [new("Subject", "Hello"), new("Precedence", "normal")]));

    [Fact]
    public void Header_rules_are_reported_before_the_sender_pattern()
    {
        var match = AutomatedMailRules.Check(EmailAddress.Parse("noreply@example.com"), [new("List-Id", "<x.example.com>")]);

        Assert.Equal(AutomatedMailRule.ListId, match?.Rule);
    }

    [Fact]
    public void Person_without_automation_headers_is_not_automated()
    {
        var headers = new Dictionary<string, string> { ["From"] = "jane@example.com", ["Subject"] = "Question" };

        Assert.False(AutomatedMailRules.IsAutomated(Person, headers));
        Assert.Null(AutomatedMailRules.Check(null, headers));
    }
}
