using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Functions.Functions.Assistant.Drafting;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Lifecycle;

namespace Factumerit.Email.Functions.Functions.Assistant.Lifecycle;

/// <summary>Queue <c>sent-check</c>: a message was deleted; the email's draft may have been sent.</summary>
internal sealed class SentCheckFunction(SentDetectionService service) : IQueueFunction
{
    public const string Name = "assistant-sent-check";

    public Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken) =>
        service.HandleAsync(DraftingMessageJson.Read(invocation.MessageText, DraftingMessageJsonContext.Default.SentCheckRequested),
            cancellationToken);
}
