using Factumerit.Email.Mail;

namespace Factumerit.Email.Assistant.Classification;

/// <summary>What the classifier reads about one email (spec 002, "Input to LLM").</summary>
public sealed record ClassificationInput
{
    /// <summary>The raw From header.</summary>
    public string? From { get; init; }

    public string Subject { get; init; } = "";

    /// <summary>The plain-text body; empty when only a snippet is known.</summary>
    public string Body { get; init; } = "";

    public string? Snippet { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public int MessagesInThread { get; init; } = 1;

    /// <summary>The user sent the last message of the thread: the thread is waiting for the other side.</summary>
    public bool UserSentLast { get; init; }

    /// <summary>The Gmail thread, when the input came from one.</summary>
    public string? ThreadId { get; init; }

    /// <summary>Every label on the thread when it was read (triage skips threads under the user's own labels).</summary>
    public IReadOnlyList<string> ThreadLabelIds { get; init; } = [];

    public EmailAddress? Sender => EmailAddress.TryParse(From, out var sender) ? sender : null;
}
