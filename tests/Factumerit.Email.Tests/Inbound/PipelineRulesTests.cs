using Factumerit.Email.Inbound;
using Factumerit.Email.Mail;
using Factumerit.Email.Messages;
using Factumerit.Email.Routing;

namespace Factumerit.Email.Tests.Inbound;

public sealed class PipelineRulesTests
{
    private static readonly RoutingTable Routing = RoutingConfigLoader.Load(new StringReader("""
        domains: [factumerit.app, partner.example]
        routes:
          support:
            action: ai
            handler: support
            config:
              escalate_to: help@factumerit.app
          help:
            action: forward
            forward_to: Team@Example.com
          billing@partner.example:
            action: ai
            handler: support
        """), "routing.yaml", Personas.PersonaNames.All).GetTableOrThrow();

    [Theory]
    [InlineData("ada@example.com", null, null)]
    [InlineData("support@factumerit.app", null, LoopGuard.OwnAddress)]
    [InlineData("anyone@factumerit.app", null, LoopGuard.OwnAddress)]
    [InlineData("billing@partner.example", null, LoopGuard.OwnAddress)]
    [InlineData("ada@example.com", "Auto-Submitted", "auto_submitted")]
    [InlineData("ada@example.com", "List-Unsubscribe", "list_unsubscribe")]
    [InlineData("mailer-daemon@example.com", null, "sender_pattern")]
    public void The_loop_guard_names_why_an_email_gets_no_answer(string from, string? header, string? expected)
    {
        var email = Email(from) with
        {
            Headers = header is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [header] = "yes" },
        };

        Assert.Equal(expected, LoopGuard.Check(Routing, email, EmailAddress.Parse(from)));
    }

    [Fact]
    public void A_sender_that_does_not_parse_gets_no_answer()
    {
        Assert.Equal(LoopGuard.NoSender, LoopGuard.Check(Routing, Email("undisclosed-recipients:;"), null));
    }

    [Fact]
    public void The_recipient_is_found_in_the_envelope_first_then_to_then_cc()
    {
        var email = Email("ada@example.com") with
        {
            To = ["Someone <someone@example.com>", "Help <help@factumerit.app>"],
            Cc = ["support@factumerit.app"],
            ReceivedFor = ["support+vip@factumerit.app"],
        };

        var (address, route) = RecipientResolver.Resolve(Routing, email)!.Value;

        Assert.Equal(("support+vip@factumerit.app", "support"), (address.Address, route.Key));
        Assert.Equal("help", RecipientResolver.Resolve(Routing, email with { ReceivedFor = [] })!.Value.Route.Key);
        Assert.Null(RecipientResolver.Resolve(Routing, email with { ReceivedFor = [], To = ["x@elsewhere.example"], Cc = ["nobody@factumerit.app"] }));
    }

    [Fact]
    public void A_handler_may_only_send_to_the_routes_configured_addresses()
    {
        var support = Routing.Routes.Single(r => r.Key == "support");
        var help = Routing.Routes.Single(r => r.Key == "help");

        Assert.Equal(["help@factumerit.app"], HandlerResultApplier.AllowedTargets(support).Select(a => a.Address));
        Assert.Equal(["team@example.com"], HandlerResultApplier.AllowedTargets(help).Select(a => a.Address));
    }

    [Fact]
    public void A_reply_threads_under_the_original_from_the_persona_address_without_its_tag()
    {
        var routed = Routed(Email("Ada <ada@example.com>") with
        {
            Subject = "RE: Re: Plans",
            MessageId = "<m2@example.com>",
            Headers = new Dictionary<string, string> { ["References"] = "<m0@example.com> <m1@factumerit.app>" },
            ReplyTo = ["ada.private@example.com"],
        });

        var reply = OutboundMessages.Reply(routed, "Sure.");

        Assert.Equal(("support@factumerit.app", "Re: Plans", "reply"), (reply.From, reply.Subject, reply.Kind));
        Assert.Equal(["ada.private@example.com"], reply.To);
        Assert.Equal("<m2@example.com>", reply.Headers!["In-Reply-To"]);
        Assert.Equal("<m0@example.com> <m1@factumerit.app> <m2@example.com>", reply.Headers["References"]);
        Assert.Equal("auto-replied", reply.Headers["Auto-Submitted"]);
    }

    [Fact]
    public void A_forward_attaches_the_original_lets_the_person_reply_to_the_sender_and_is_marked_auto_generated()
    {
        var routed = Routed(Email("Ada <ada@example.com>") with { Subject = "Invoice", Text = new string('a', 500) });

        var forward = OutboundMessages.Forward(routed, EmailAddress.Parse("team@example.com"), "Note.", maxBodyChars: 100);

        Assert.Equal(("Fwd: Invoice", "e1", "Ada <ada@example.com>"), (forward.Subject, forward.ForwardOfEmailId, forward.ReplyTo));
        Assert.Equal("auto-generated", forward.Headers!["Auto-Submitted"]);
        Assert.EndsWith("[… truncated]", forward.Text);
        Assert.StartsWith("Note.", forward.Text);
    }

    [Fact]
    public void The_limit_notice_key_is_one_per_route_sender_and_day()
    {
        Assert.Equal("limit:support:abc:20250303", OutboundMessages.LimitNoticeKey("support", "abc", new DateOnly(2025, 3, 3)));
        Assert.Equal("reply:e1", OutboundMessages.ReplyKey("e1"));
    }

    [Theory]
    [InlineData("<a@x>", "<r1@x> <r2@x>", new[] { "<a@x>", "<r2@x>", "<r1@x>" })]
    [InlineData(null, "<r1@x>  <r2@x>", new[] { "<r2@x>", "<r1@x>" })]
    [InlineData("bare@x", null, new[] { "<bare@x>" })]
    [InlineData("<a@x>", "<a@x>", new[] { "<a@x>" })]
    [InlineData(null, null, new string[0])]
    public void Thread_lookup_tries_the_parent_first_then_the_references_newest_first(string? inReplyTo, string? references, string[] expected)
    {
        Assert.Equal(expected, MessageIds.Ancestors(inReplyTo, references));
    }

    [Fact]
    public void Html_only_mail_is_read_as_text()
    {
        Assert.Equal("Hello & welcome\nSecond\nline",
            HtmlText.ToPlain("<html><head><style>p{}</style></head><body><p>Hello &amp; welcome</p><div>Second<br/>line</div></body></html>"));
    }

    [Theory]
    [InlineData("Inbound:InboundQueue", "Inbound_Queue")]
    [InlineData("Inbound:Tables:Outbox", "out-box")]
    public void Bad_queue_and_table_names_fail_validation_naming_the_setting(string key, string value)
    {
        var options = new InboundOptions();
        if (key.EndsWith("Outbox", StringComparison.Ordinal))
        {
            options.Tables.Outbox = value;
        }
        else
        {
            options.InboundQueue = value;
        }

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Contains(errors, e => e.ErrorMessage!.Contains(key, StringComparison.Ordinal));
        Assert.Empty(new InboundOptions().Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)));
    }

    private static InboundEmail Email(string from) => new() { EmailId = "e1", From = from, To = ["support@factumerit.app"] };

    private static RoutedEmail Routed(InboundEmail email) => new(
        new EmailReceived("e1", "msg_1", DateTimeOffset.UnixEpoch), email, Routing.Routes.Single(r => r.Key == "support"),
        EmailAddress.Parse("Support <support+vip@factumerit.app>"), EmailAddress.Parse(email.From), SenderHash.Compute(email.From));
}
