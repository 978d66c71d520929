using Factumerit.Email.Drafting;
using Factumerit.Email.Drafting.Context;
using Factumerit.Email.Llm;
using Microsoft.Extensions.Logging.Abstractions;
using static Factumerit.Email.Tests.Drafting.MailFixtures;

namespace Factumerit.Email.Tests.Drafting;

public sealed class ContextGathererTests
{
    private static readonly Factumerit.Email.Drafting.Mail.MailMessage Current = Message("m0", "Where is invoice 42?", threadId: "current");
    private static readonly Factumerit.Email.Drafting.Mail.MailThread CurrentThread = Thread("current", Current);

    [Fact]
    public async Task Up_to_three_queries_run_and_at_most_five_other_threads_are_quoted_once_each()
    {
        var llm = new ScriptedLlm(_ => "```json\n[\"from:ana\", \"invoice 42\", \"from:ana\", \"subject:budget\", \"extra\"]\n```");
        var mailbox = new ScriptedMailbox();
        mailbox.SearchResults["from:ana"] = ["current", "a", "b"];
        mailbox.SearchResults["invoice 42"] = ["b", "c", "d"];
        mailbox.SearchResults["subject:budget"] = ["e", "f", "g"];
        foreach (var id in new[] { "a", "b", "c", "d", "e", "f", "g" })
        {
            mailbox.Threads[id] = Thread(id, Message(id + "1", $"Text of {id}", threadId: id, subject: $"Subject {id}"));
        }
        var usage = new LlmUsage();

        var block = await new ContextGatherer(llm, NullLogger<ContextGatherer>.Instance).GatherAsync(mailbox, CurrentThread, Current, usage);

        Assert.Equal(["from:ana", "invoice 42", "subject:budget"], mailbox.Searches);
        Assert.Equal(["a", "b", "c", "d", "e"], mailbox.Fetched);
        Assert.NotNull(block);
        Assert.StartsWith(RelatedEmailsBlock.Header + "\n", block, StringComparison.Ordinal);
        Assert.EndsWith("\n" + RelatedEmailsBlock.Footer, block, StringComparison.Ordinal);
        Assert.Contains("1. From: Ana Novak <ana@customer.test> | Subject: Subject a\n   From: Ana Novak", block, StringComparison.Ordinal);
        Assert.Contains("5. From:", block, StringComparison.Ordinal);
        Assert.DoesNotContain("6. From:", block, StringComparison.Ordinal);
        Assert.Equal(LlmUseCase.Context, Assert.Single(llm.Requests).UseCase);
        Assert.Equal(1, usage.Calls);
    }

    [Fact]
    public async Task Each_related_thread_is_cut_to_2000_characters()
    {
        var llm = new ScriptedLlm(_ => "[\"q\"]");
        var mailbox = new ScriptedMailbox();
        mailbox.SearchResults["q"] = ["a"];
        mailbox.Threads["a"] = Thread("a", Message("a1", new string('y', 4000), threadId: "a"));

        var block = await new ContextGatherer(llm, NullLogger<ContextGatherer>.Instance).GatherAsync(mailbox, CurrentThread, Current, new LlmUsage());

        Assert.Contains(new string('y', 1900), block, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('y', DraftLimits.RelatedThreadChars), block, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("[]")]
    public async Task An_answer_without_queries_gives_no_context(string answer)
    {
        var mailbox = new ScriptedMailbox();

        var block = await new ContextGatherer(new ScriptedLlm(_ => answer), NullLogger<ContextGatherer>.Instance)
            .GatherAsync(mailbox, CurrentThread, Current, new LlmUsage());

        Assert.Null(block);
        Assert.Empty(mailbox.Searches);
    }

    [Fact]
    public async Task A_model_failure_gives_no_context_instead_of_an_error()
    {
        var usage = new LlmUsage();

        var block = await new ContextGatherer(ScriptedLlm.Failing(LlmFailure.ServiceError), NullLogger<ContextGatherer>.Instance)
            .GatherAsync(new ScriptedMailbox(), CurrentThread, Current, usage);

        Assert.Null(block);
        Assert.Equal(1, usage.Calls);
    }

    [Fact]
    public async Task A_search_failure_gives_no_context_instead_of_an_error()
    {
        var mailbox = new ScriptedMailbox { SearchFailure = new HttpRequestException("search failed") };

        var block = await new ContextGatherer(new ScriptedLlm(_ => "[\"q\"]"), NullLogger<ContextGatherer>.Instance)
            .GatherAsync(mailbox, CurrentThread, Current, new LlmUsage());

        Assert.Null(block);
        Assert.Equal(["q"], mailbox.Searches);
    }
}
