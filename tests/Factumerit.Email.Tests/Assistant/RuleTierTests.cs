using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Mail;

namespace Factumerit.Email.Tests.Assistant;

public sealed class RuleTierTests
{
    private static RuleVerdict? Check(string sender, params (string Name, string Value)[] headers) =>
        RuleTier.Check(EmailAddress.Parse(sender), headers.Select(h => KeyValuePair.Create(h.Name, h.Value)).ToList(),
            new MailboxSettings { Blacklist = ["*@marketing.example.com"] });

    [Fact]
    public void The_mailbox_blacklist_comes_first() =>
        Assert.Equal(RuleTier.BlacklistCode, Check("deals@marketing.example.com")?.Code);

    [Theory]
    [InlineData("List-Unsubscribe", "<mailto:u@x.com>", "list_unsubscribe")]
    [InlineData("List-Id", "<dev.lists.example.org>", "list_id")]
    [InlineData("Auto-Submitted", "auto-replied", "auto_submitted")]
    [InlineData("Precedence", "bulk", "precedence")]
    [InlineData("Feedback-ID", "a:b:c", "feedback_id")]
    [InlineData("X-Autoreply", "yes", "x_autoreply")]
    [InlineData("X-Auto-Response-Suppress", "All", "auto_response_suppress")]
    public void Automation_headers_mark_mail_automated(string header, string value, string code) =>
        Assert.Equal(code, Check("jane@client.example", (header, value))?.Code);

    [Theory]
    [InlineData("noreply@bank.example")]
    [InlineData("mailer-daemon@mx.example")]
    [InlineData("alerts@monitor.example")]
    [InlineData("updates@social.example")]
    [InlineData("news@paper.example")]
    [InlineData("automated@ci.example")]
    public void Robot_senders_are_automated(string sender) => Assert.Equal("sender_pattern", Check(sender)?.Code);

    [Theory]
    [InlineData("jane@client.example")]
    [InlineData("newton@physics.example")]
    [InlineData("billing@vendor.example")]
    [InlineData("alertness@coach.example")]
    public void People_are_not_automated(string sender) => Assert.Null(Check(sender));
}
