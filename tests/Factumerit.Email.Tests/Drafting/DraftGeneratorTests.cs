using Factumerit.Email.Drafting;
using Factumerit.Email.Drafting.Prompts;
using Factumerit.Email.Drafting.Styles;
using Factumerit.Email.Llm;
using Microsoft.Extensions.Logging.Abstractions;
using static Factumerit.Email.Tests.Drafting.MailFixtures;

namespace Factumerit.Email.Tests.Drafting;

public sealed class DraftGeneratorTests
{
    private static readonly CommunicationStyle Style = new("business", "auto", ["Be clear"], "Best regards", []);
    private static readonly DraftInput Input = new(Thread("t1", Message("m1", "Hi")), Message("m1", "Hi"), null, null);

    [Fact]
    public async Task The_draft_model_is_asked_with_the_style_prompt_and_its_text_is_returned_trimmed()
    {
        var llm = new ScriptedLlm(_ => "  Hello Ana,\n\nYes.\n\nBest regards \n");

        var text = await new DraftGenerator(llm, NullLogger<DraftGenerator>.Instance).GenerateAsync(Style, Input, new LlmUsage());

        Assert.Equal("Hello Ana,\n\nYes.\n\nBest regards", text);
        var request = Assert.Single(llm.Requests);
        Assert.Equal(LlmUseCase.Draft, request.UseCase);
        Assert.Equal(DraftSystemPrompt.Build(Style), request.SystemPrompt);
    }

    [Theory]
    [InlineData(LlmFailure.ServiceError)]
    [InlineData(LlmFailure.NotConfigured)]
    public async Task A_failed_call_becomes_the_error_text(LlmFailure failure)
    {
        var text = await new DraftGenerator(ScriptedLlm.Failing(failure), NullLogger<DraftGenerator>.Instance)
            .GenerateAsync(Style, Input, new LlmUsage());

        Assert.Equal("[ERROR: Draft generation failed — scripted failure]", text);
    }

    [Fact]
    public async Task An_empty_answer_becomes_the_error_text()
    {
        var text = await new DraftGenerator(new ScriptedLlm(_ => "   "), NullLogger<DraftGenerator>.Instance)
            .GenerateAsync(Style, Input, new LlmUsage());

        Assert.StartsWith(DraftGenerator.ErrorPrefix, text, StringComparison.Ordinal);
    }
}
