using Factumerit.Email.Assistant.Gmail;

namespace Factumerit.Email.Assistant.Classification;

/// <summary>Builds the classifier's input for one message from its Gmail thread.</summary>
public static class ThreadInput
{
    public static ClassificationInput For(GmailThreadSnapshot thread, GmailThreadMessage message)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(message);
        var sent = thread.Sent;
        return new ClassificationInput
        {
            From = message.Header("From"),
            Subject = message.Header("Subject") ?? "",
            Body = message.Body,
            Snippet = message.Snippet,
            Headers = message.Headers,
            MessagesInThread = Math.Max(1, sent.Count),
            UserSentLast = sent.Count > 0 && sent[^1].IsFromUser,
            ThreadId = thread.Id,
            ThreadLabelIds = [.. thread.LabelIds],
        };
    }
}
