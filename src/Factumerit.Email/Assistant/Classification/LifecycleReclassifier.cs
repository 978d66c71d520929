using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Lifecycle;

namespace Factumerit.Email.Assistant.Classification;

/// <summary>
/// The lifecycle side's <see cref="IReclassifier"/> (waiting retriage): a message that was classified before is
/// classified again; the new message on the thread, which sync sent to retriage instead of classification, is
/// classified for the first time, with the usual de-duplication on (mailbox, message).
/// </summary>
public sealed class LifecycleReclassifier(IAssistantEmailStore emails, ReclassificationService reclassification,
    EmailClassificationService classification) : IReclassifier
{
    public async Task ReclassifyAsync(string mailbox, string threadId, string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(threadId);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        if (await emails.GetAsync(mailbox, messageId, cancellationToken).ConfigureAwait(false) is { Category: not null })
        {
            await reclassification.ReclassifyAsync(mailbox, messageId, cancellationToken).ConfigureAwait(false);
            return;
        }
        await classification.ClassifyAsync(new ClassifyRequested(mailbox, messageId, threadId), cancellationToken).ConfigureAwait(false);
    }
}
