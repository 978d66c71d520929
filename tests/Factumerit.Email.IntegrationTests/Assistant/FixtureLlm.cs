using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Eval;
using Factumerit.Email.IntegrationTests.Fakes.Llm;

namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary>
/// The fake LLM for a run over the fixtures: the classifier gets each fixture's expected category (found by the
/// subject in the prompt), the context model one search for the sender, the draft model a short reply. Every
/// answer reports prompt_tokens as the prompt's characters ÷ 4, which is what the figures count.
/// </summary>
internal static class FixtureLlm
{
    public static int PromptTokens(FakeChatRequest request) => Math.Max(1, request.Messages.Sum(m => m.Content.Length) / 4);

    /// <summary>Before the measured run: the earlier messages of the fixtures' threads are all fyi.</summary>
    public static Func<FakeChatRequest, FakeChatReply> EarlierMessages() => request => Answer(request, Categories.Fyi);

    public static Func<FakeChatRequest, FakeChatReply> For(IReadOnlyList<ClassificationFixture> fixtures)
    {
        var bySubject = fixtures.ToDictionary(f => f.Subject, StringComparer.Ordinal);
        return request => request.Model switch
        {
            DraftingHost.ContextModel => Reply(request, $"[\"from:{SenderIn(request.UserContent)}\"]"),
            DraftingHost.DraftModel => Reply(request, "Dear sender,\n\nThank you, I will come back to you on this shortly.\n\nBest regards"),
            _ => Answer(request, bySubject.TryGetValue(SubjectIn(request.UserContent), out var fixture) ? fixture.ExpectedClassification : Categories.Fyi),
        };
    }

    private static FakeChatReply Answer(FakeChatRequest request, string category) => Reply(request,
        $$"""{"category":"{{category}}","confidence":"high","reasoning":"fixture answer","detected_language":"en","resolved_style":"business"}""");

    private static FakeChatReply Reply(FakeChatRequest request, string content) =>
        FakeChatReply.Text(content, PromptTokens(request), Math.Max(1, content.Length / 4));

    private static string SubjectIn(string prompt) => LineValue(prompt, "Subject: ") ?? "";

    private static string SenderIn(string prompt)
    {
        var from = LineValue(prompt, "From: ") ?? "";
        var open = from.LastIndexOf('<');
        return open >= 0 ? from[(open + 1)..].TrimEnd('>') : from;
    }

    private static string? LineValue(string prompt, string prefix) =>
        prompt.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..].Trim();
}
