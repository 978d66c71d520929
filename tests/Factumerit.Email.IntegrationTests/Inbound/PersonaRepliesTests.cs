using Factumerit.Email.IntegrationTests.Fakes.Resend;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Personas;

namespace Factumerit.Email.IntegrationTests.Inbound;

[Collection(AzuriteCollection.Name)]
public sealed class PersonaRepliesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_support_question_is_answered_in_its_thread_from_the_persona_address()
    {
        await using var resend = await FakeResendServer.StartAsync();
        await using var host = new PersonaHost(azurite, resend);
        host.Script.Decide = _ => HandlerResult.Reply("You can change your plan under Settings > Billing.");
        var driver = new PipelineDriver(host, resend);
        var question = new FakeReceivedEmail
        {
            From = "Ada Lovelace <ada@example.test>",
            To = ["support@factumerit.test"],
            Subject = "How do I change my plan?",
            MessageId = "<q1@mail.example.test>",
            Text = "Hi, how do I change my plan?\n\nThanks, Ada",
        };

        await driver.HandleAsync(question);

        var reply = Assert.Single(resend.SentEmails);
        Assert.Equal("support@factumerit.test", reply.From);
        Assert.Equal(["Ada Lovelace <ada@example.test>"], reply.To);
        Assert.Equal("Re: How do I change my plan?", reply.Subject);
        Assert.Equal("<q1@mail.example.test>", reply.Headers["In-Reply-To"]);
        Assert.Equal("<q1@mail.example.test>", reply.Headers["References"]);
        Assert.Equal("auto-replied", reply.Headers["Auto-Submitted"]);
        Assert.Equal("You can change your plan under Settings > Billing.", reply.Text);
        Assert.Equal("reply:" + question.Id, reply.IdempotencyKey);
    }

    [Fact]
    public async Task A_reply_in_the_thread_is_answered_with_the_conversation_so_far()
    {
        await using var resend = await FakeResendServer.StartAsync();
        await using var host = new PersonaHost(azurite, resend);
        host.Script.Decide = context => HandlerResult.Reply($"Answer number {context.TurnCount + 1}.");
        var driver = new PipelineDriver(host, resend);
        var first = new FakeReceivedEmail { From = "ada@example.test", Subject = "Export", MessageId = "<a1@example.test>", Text = "Can I export my tasks?" };
        await driver.HandleAsync(first);

        var followUp = new FakeReceivedEmail
        {
            From = "ada@example.test",
            Subject = "RE: Re: Export",
            MessageId = "<a2@example.test>",
            Text = "And as CSV?\n\nOn Mon, 3 Mar 2025 at 10:00, support@factumerit.test wrote:\n> Answer number 1.",
            Headers = new Dictionary<string, string> { ["In-Reply-To"] = "<reply-we-sent@resend.test>", ["References"] = "<a1@example.test> <reply-we-sent@resend.test>" },
        };
        await driver.HandleAsync(followUp);

        var second = resend.SentEmails[^1];
        Assert.Equal(2, resend.SentEmails.Count);
        Assert.Equal("Re: Export", second.Subject);
        Assert.Equal("Answer number 2.", second.Text);
        Assert.Equal("<a1@example.test> <reply-we-sent@resend.test> <a2@example.test>", second.Headers["References"]);

        var context = host.Script.Calls.Last();
        Assert.Equal(first.Id, context.ThreadId);
        Assert.Equal(1, context.TurnCount);
        Assert.Equal("And as CSV?", context.ReplyText);
        Assert.Equal(
            [(ConversationRole.Sender, "Can I export my tasks?"), (ConversationRole.Persona, "Answer number 1.")],
            context.ConversationHistory.Select(t => (t.Role, t.Text)));
    }

    [Fact]
    public async Task The_handler_sees_the_route_config_token_budget_and_known_sender()
    {
        await using var resend = await FakeResendServer.StartAsync();
        await using var host = new PersonaHost(azurite, resend);
        var driver = new PipelineDriver(host, resend);
        await driver.Service<Users.IUserDirectory>().EnsureAsync("grace@example.test", "Grace", "operator");

        await driver.HandleAsync(new FakeReceivedEmail { From = "Grace <Grace+work@example.test>", To = ["Support+billing@factumerit.test"] });

        var context = Assert.Single(host.Script.Calls);
        Assert.Equal("support", context.RouteKey);
        Assert.Equal("Grace", context.SenderUser?.DisplayName);
        Assert.Equal(500, context.LlmTokenBudget);
        Assert.Equal("help@factumerit.test", context.Config.GetString("escalate_to"));
        Assert.Null(context.ThreadId);
        Assert.Equal("support@factumerit.test", Assert.Single(resend.SentEmails).From);
    }
}
