using Factumerit.Email.IntegrationTests.Fakes.Llm;

namespace Factumerit.Email.IntegrationTests.Personas.EndToEnd;

/// <summary>How the fake model answers each persona, told apart by the system prompt the handler sends.</summary>
internal static class PersonaLlm
{
    public const string PasswordAnswer = "Use the \\\"Forgot password\\\" link on the sign-in page; the link is valid for one hour.";

    public static FakeChatReply Answer(FakeChatRequest request)
    {
        var system = request.SystemPrompt;
        if (system.Contains("FAQ:", StringComparison.Ordinal))
        {
            return FakeChatReply.Text($$"""{"answer": "{{PasswordAnswer}}", "can_answer": true}""");
        }
        if (system.Contains("Allowed labels", StringComparison.Ordinal))
        {
            return FakeChatReply.Text("""{"labels": ["urgent", "bug"], "priority": "high"}""");
        }
        return FakeChatReply.Text("Here is a short answer.");
    }
}
