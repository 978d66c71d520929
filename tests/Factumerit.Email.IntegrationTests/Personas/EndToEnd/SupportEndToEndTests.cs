using Factumerit.Email.IntegrationTests.Fakes.Resend;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Personas.Handlers.Support;
using Factumerit.Email.Users;

namespace Factumerit.Email.IntegrationTests.Personas.EndToEnd;

/// <summary>The support persona through the real host: webhook, queues, handler, outbox, Resend.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SupportEndToEndTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_support_question_is_answered_from_the_faq_in_its_thread()
    {
        await using var world = await PersonaWorld.StartAsync(azurite);
        world.Llm.Responder = PersonaLlm.Answer;
        await world.Driver.Service<IUserDirectory>().EnsureAsync("ada@example.test", "Ada Lovelace", "operator");

        await world.Driver.HandleAsync(new FakeReceivedEmail
        {
            From = "Ada Lovelace <ada@example.test>",
            To = ["support@factumerit.test"],
            Subject = "Password",
            MessageId = "<p1@example.test>",
            Text = "I forgot my password, how do I reset it?",
        });

        var reply = Assert.Single(world.Resend.SentEmails);
        Assert.Equal(("support@factumerit.test", "Re: Password"), (reply.From, reply.Subject));
        Assert.Equal("<p1@example.test>", reply.Headers["In-Reply-To"]);
        Assert.StartsWith("Hi Ada,\n\nUse the \"Forgot password\" link on the sign-in page", reply.Text, StringComparison.Ordinal);
        var request = Assert.Single(world.Llm.Requests);
        Assert.Contains("I forgot my password, how do I reset it?", request.UserContent, StringComparison.Ordinal);
        Assert.Contains("valid for one hour", request.SystemPrompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fourth_message_past_three_turns_is_handed_to_a_person_who_is_reminded_if_nobody_picks_it_up()
    {
        await using var world = await PersonaWorld.StartAsync(azurite);
        world.Llm.Responder = PersonaLlm.Answer;
        var ids = new List<string>();
        FakeReceivedEmail? first = null;
        for (var n = 1; n <= 4; n++)
        {
            var email = new FakeReceivedEmail
            {
                From = "Bob <bob@example.test>",
                To = ["support@factumerit.test"],
                Subject = n == 1 ? "Reset" : "Re: Reset",
                MessageId = $"<r{n}@example.test>",
                Text = $"Question number {n} about my password reset.",
                Headers = ids.Count == 0 ? null : new Dictionary<string, string> { ["In-Reply-To"] = ids[^1], ["References"] = string.Join(' ', ids) },
            };
            first ??= email;
            ids.Add(email.MessageId);
            await world.Driver.HandleAsync(email);
        }

        Assert.Equal(3, world.Llm.Requests.Count);
        var toBob = world.SentTo("bob@example.test");
        Assert.Equal(4, toBob.Count);
        Assert.Contains("back and forth", toBob[^1].Text, StringComparison.Ordinal);
        var transcript = Assert.Single(world.SentTo("help@factumerit.test"));
        Assert.Equal("[Escalation: max_turns] Re: Reset", transcript.Subject);
        Assert.Contains("Question number 1", transcript.Text, StringComparison.Ordinal);
        Assert.Contains("Question number 4", transcript.Text, StringComparison.Ordinal);
        var escalation = await world.Driver.Service<IEscalationStore>().GetAsync(first!.Id);
        Assert.Equal("max_turns", escalation!.ReasonCode);

        await world.AdvanceAndSweepAsync(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        await world.WaitForMailAsync("help@factumerit.test", 2, "the escalation reminder");

        var reminder = world.SentTo("help@factumerit.test")[^1];
        Assert.Equal("support@factumerit.test", reminder.From);
        Assert.StartsWith("[Reminder: unanswered escalation]", reminder.Subject, StringComparison.Ordinal);
        Assert.Contains($"factumerit escalations ack {first.Id}", reminder.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_routes_llm_tokens_cap_limits_the_answer_and_cuts_a_long_message_to_fit()
    {
        await using var world = await PersonaWorld.StartAsync(azurite);
        world.Llm.Responder = PersonaLlm.Answer;
        var filler = string.Concat(Enumerable.Repeat("Some more detail about my account that goes on and on. ", 1000));

        await world.Driver.HandleAsync(new FakeReceivedEmail
        {
            From = "Cy <cy@example.test>",
            To = ["billing@factumerit.test"],
            Subject = "Password",
            MessageId = "<long1@example.test>",
            Text = "I forgot my password, how do I reset it? " + filler + "THE-END-OF-A-LONG-MESSAGE",
        });

        // billing has llm_tokens: 1000. The answer gets at most a third of it, on the wire as the request's token cap;
        // system prompt and message are cut so that prompt (at four characters a token) and answer fit the rest.
        var request = Assert.Single(world.Llm.Requests);
        Assert.InRange(request.MaxTokens ?? int.MaxValue, 32, 1000 / 3);
        var promptChars = request.Messages.Sum(m => m.Content.Length);
        Assert.InRange(promptChars / 4 + request.MaxTokens!.Value, 1, 1000 * 1.1);
        Assert.Contains("I forgot my password", request.UserContent, StringComparison.Ordinal);
        Assert.DoesNotContain("THE-END-OF-A-LONG-MESSAGE", request.UserContent, StringComparison.Ordinal);
        Assert.Equal("Re: Password", Assert.Single(world.Resend.SentEmails).Subject);
    }
}
