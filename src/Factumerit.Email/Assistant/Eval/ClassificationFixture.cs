using Factumerit.Email.Assistant.Classification;

namespace Factumerit.Email.Assistant.Eval;

/// <summary>
/// One test email in the spec 004 fixture format: <c>id</c>, <c>category</c> (the fixture's group, e.g.
/// <c>automated</c> or <c>payment_request</c>), <c>sender_email</c>, <c>subject</c>, <c>body</c>,
/// <c>expected_classification</c>, <c>notes</c>, and optionally <c>headers</c>, <c>sender_name</c>,
/// <c>messages_in_thread</c> and <c>user_sent_last</c>.
/// </summary>
public sealed class ClassificationFixture
{
    /// <summary>Fixtures in this group are expected to be caught by the rule tier, with no LLM call.</summary>
    public const string AutomatedGroup = "automated";

    public string Id { get; set; } = "";
    public string Category { get; set; } = "";
    public string SenderEmail { get; set; } = "";
    public string? SenderName { get; set; }
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public string ExpectedClassification { get; set; } = "";
    public string? Notes { get; set; }
    public Dictionary<string, string>? Headers { get; set; }
    public int? MessagesInThread { get; set; }
    public bool UserSentLast { get; set; }

    /// <summary>The file the fixture came from, for error messages.</summary>
    public string? Source { get; set; }

    public bool ExpectsRuleTier => string.Equals(Category, AutomatedGroup, StringComparison.OrdinalIgnoreCase);

    public ClassificationInput ToInput() => new()
    {
        From = string.IsNullOrWhiteSpace(SenderName) ? SenderEmail : $"\"{SenderName.Replace("\"", "", StringComparison.Ordinal)}\" <{SenderEmail}>",
        Subject = Subject,
        Body = Body,
        Headers = (Headers ?? []).Select(h => KeyValuePair.Create(h.Key, h.Value)).ToList(),
        MessagesInThread = MessagesInThread ?? 1,
        UserSentLast = UserSentLast,
    };
}
