namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

/// <summary>A message as the fake holds it, for assertions.</summary>
public sealed record FakeGmailMessageView(
    string Id,
    string ThreadId,
    IReadOnlyList<string> LabelIds,
    string? Subject,
    string? MessageId,
    string? InReplyTo,
    string? References,
    string PlainText,
    byte[] Raw);

public sealed record FakeGmailDraftView(string DraftId, FakeGmailMessageView Message);

public sealed record FakeGmailLabelView(string Id, string Name, string Type);

public sealed record FakeGmailWatchView(string TopicName, IReadOnlyList<string> LabelIds, string? LabelFilterBehavior, DateTimeOffset Expiration);

/// <summary>One request the fake answered: who asked, what for, and the status it gave.</summary>
public sealed record FakeGmailRequest(string Method, string PathAndQuery, string? User, string Operation, int Status)
{
    /// <summary>The quota units charged for it: zero when it was refused before reaching the mailbox.</summary>
    public int QuotaUnits { get; init; }
}
