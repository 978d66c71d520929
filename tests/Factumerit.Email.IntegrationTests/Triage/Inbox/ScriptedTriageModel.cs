using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Factumerit.Email.IntegrationTests.Fakes.Llm;

namespace Factumerit.Email.IntegrationTests.Triage.Inbox;

/// <summary>
/// A competent model, scripted: it finds the email in the prompt the real code sent (by its Subject line), answers
/// the folder of the email's true kind with the kind's confidence, agrees or not with the pattern hint it read in
/// the prompt, and turns a shipping notice's "in N days" into a delivery date from the prompt's "Today is".
/// </summary>
internal sealed partial class ScriptedTriageModel
{
    private readonly ConcurrentDictionary<string, InboxEmail> _bySubject = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public void Add(IEnumerable<InboxEmail> emails)
    {
        foreach (var email in emails)
        {
            _bySubject[email.Subject] = email;
        }
    }

    /// <summary>Model calls per email subject.</summary>
    public IReadOnlyDictionary<string, int> Calls => _calls;

    public FakeChatReply Answer(FakeChatRequest request)
    {
        var subject = SubjectLine().Match(request.UserContent);
        if (!subject.Success || !_bySubject.TryGetValue(subject.Groups[1].Value.TrimEnd('\r'), out var email))
        {
            return FakeChatReply.Error(400, message: "The scripted model found no known email in the prompt.");
        }
        _calls.AddOrUpdate(email.Subject, 1, (_, n) => n + 1);
        var folder = email.Kind.Answered ?? email.Kind.Folder;
        var hint = Hint().Match(request.SystemPrompt);
        var today = Today().Match(request.SystemPrompt);
        string? snoozeUntil = email.Kind.Tag == "shipping" && today.Success
            ? DateTime.ParseExact(today.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(email.DeliveryDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
        var triage = new JsonObject
        {
            ["folder"] = folder,
            ["tags"] = email.Kind.Tag is { } tag ? new JsonArray(tag) : new JsonArray(),
            ["confidence"] = email.Confidence,
            ["snoozeUntil"] = snoozeUntil,
            ["autoDeleteMinutes"] = email.Kind.Tag == "2fa" ? 15 : null,
            ["patternAgreed"] = hint.Success && hint.Groups[1].Value == folder,
            ["reasoning"] = $"Reads as {email.Kind.Name.ToLowerInvariant()}.",
        };
        var answer = new JsonObject
        {
            ["category"] = email.Kind.Category,
            ["confidence"] = email.Confidence >= 0.8 ? "high" : "medium",
            ["reasoning"] = $"Reads as {email.Kind.Name.ToLowerInvariant()}.",
            ["detected_language"] = "en",
            ["resolved_style"] = "business",
            ["triage"] = triage,
        };
        return FakeChatReply.Text(answer.ToJsonString(), promptTokens: 900, completionTokens: 90);
    }

    [GeneratedRegex(@"^Subject: (.*)$", RegexOptions.Multiline)]
    private static partial Regex SubjectLine();

    [GeneratedRegex(@"Our pattern matcher suggests: (\S+)")]
    private static partial Regex Hint();

    [GeneratedRegex(@"Today is (\d{4}-\d{2}-\d{2})\.")]
    private static partial Regex Today();
}
