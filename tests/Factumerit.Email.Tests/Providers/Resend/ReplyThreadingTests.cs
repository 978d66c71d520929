using Factumerit.Email.Mail;
using Factumerit.Email.Providers.Resend;

namespace Factumerit.Email.Tests.Providers.Resend;

public sealed class ReplyThreadingTests
{
    [Theory]
    [InlineData("Invoice 42", "Re: Invoice 42")]
    [InlineData("Re: Invoice 42", "Re: Invoice 42")]
    [InlineData("RE: re:Invoice 42", "Re: Invoice 42")]
    [InlineData("Re[2]: AW: Invoice 42", "Re: Invoice 42")]
    [InlineData("Fwd: Invoice 42", "Re: Fwd: Invoice 42")]
    [InlineData("Regarding the invoice", "Re: Regarding the invoice")]
    [InlineData("", "Re:")]
    [InlineData(null, "Re:")]
    public void Prefixes_re_once(string? subject, string expected)
    {
        Assert.Equal(expected, ReplyThreading.ReplySubject(subject));
    }

    [Fact]
    public void Appends_the_message_id_to_the_existing_references()
    {
        var threading = ReplyThreading.For("Hi", "<c@x>", "<a@x>\r\n <b@x>");

        Assert.Equal("<c@x>", threading.InReplyTo);
        Assert.Equal("<a@x> <b@x> <c@x>", threading.References);
    }

    [Fact]
    public void Starts_references_from_in_reply_to_when_the_original_had_none()
    {
        var threading = ReplyThreading.For("Hi", "c@x", references: null, inReplyTo: "<b@x>");

        Assert.Equal("<c@x>", threading.InReplyTo);
        Assert.Equal("<b@x> <c@x>", threading.References);
    }

    [Fact]
    public void Keeps_the_first_and_the_latest_references_of_a_long_thread()
    {
        var older = string.Join(' ', Enumerable.Range(1, 30).Select(i => $"<m{i}@x>"));

        var ids = ReplyThreading.For("Hi", "<m31@x>", older).References!.Split(' ');

        Assert.Equal(20, ids.Length);
        Assert.Equal("<m1@x>", ids[0]);
        Assert.Equal("<m31@x>", ids[^1]);
    }

    [Fact]
    public void A_reply_to_resend_mail_is_threaded_addressed_and_marked_auto_replied()
    {
        var original = new ReceivedEmail
        {
            Id = "e1",
            From = "Ann <ann@example.test>",
            To = ["support@factumerit.test"],
            Subject = "Re: Login broken",
            MessageId = "<m2@example.test>",
            ReplyTo = ["ann.private@example.test"],
            Headers = new Dictionary<string, string> { ["references"] = "<m1@example.test>" },
        };

        var reply = ResendReplies.CreateReply(original, "Support <support@factumerit.test>", "We are on it.");

        Assert.Equal(["ann.private@example.test"], reply.To);
        Assert.Equal("Re: Login broken", reply.Subject);
        Assert.Equal("We are on it.", reply.Text);
        Assert.Equal("<m2@example.test>", reply.Headers!["In-Reply-To"]);
        Assert.Equal("<m1@example.test> <m2@example.test>", reply.Headers["References"]);
        Assert.Equal("auto-replied", reply.Headers["Auto-Submitted"]);
    }

    [Fact]
    public void A_reply_without_reply_to_goes_to_the_sender_and_is_still_marked()
    {
        var original = new ReceivedEmail { Id = "e1", From = "ann@example.test", Subject = "Hello" };

        var reply = ResendReplies.CreateReply(original, "support@factumerit.test", "Hi");

        Assert.Equal(["ann@example.test"], reply.To);
        Assert.Equal("auto-replied", reply.Headers!["Auto-Submitted"]);
        Assert.False(reply.Headers.ContainsKey("In-Reply-To"));
    }
}
