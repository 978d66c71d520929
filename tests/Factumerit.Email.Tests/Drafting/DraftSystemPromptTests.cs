using Factumerit.Email.Drafting.Prompts;
using Factumerit.Email.Drafting.Styles;
using Factumerit.Email.Llm;

namespace Factumerit.Email.Tests.Drafting;

public sealed class DraftSystemPromptTests
{
    [Fact]
    public void The_prompt_has_the_specs_structure_filled_from_the_style()
    {
        var style = new CommunicationStyle("formal", "cs", ["Be polite", "No emoji"], "S pozdravem",
            [new StyleExample("A request", "Prosím o dokument.", "Dobrý den, posílám.")]);

        var prompt = DraftSystemPrompt.Build(style);

        Assert.StartsWith("""
            You are an email draft generator. Write a reply following the communication style rules below.

            Style: formal
            Language: cs

            Rules:
            - Be polite
            - No emoji

            Sign-off: S pozdravem

            Examples:
            Context: A request
            Input: Prosím o dokument.
            Draft: Dobrý den, posílám.

            Guidelines:
            - Match the language of the incoming email unless the style specifies otherwise
            - Keep drafts concise — match the length and energy of the sender
            - Include specific details from the original email
            - Never fabricate information. Flag missing context with [TODO: ...]
            - Use the sign_off from the style config
            - Do NOT include the subject line in the body
            - Output ONLY the draft text, nothing else
            """.ReplaceLineEndings("\n"), prompt, StringComparison.Ordinal);
        Assert.EndsWith(UntrustedContent.SystemInstruction, prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void An_auto_language_style_asks_for_the_senders_language_and_a_style_without_examples_has_no_examples_section()
    {
        var prompt = DraftSystemPrompt.Build(new CommunicationStyle("casual", "auto", ["Be brief"], "Cheers", []));

        Assert.Contains("Language: auto (match the language of the incoming email)\n", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("Examples:", prompt, StringComparison.Ordinal);
        Assert.Contains("Sign-off: Cheers\n\nGuidelines:", prompt, StringComparison.Ordinal);
    }
}
