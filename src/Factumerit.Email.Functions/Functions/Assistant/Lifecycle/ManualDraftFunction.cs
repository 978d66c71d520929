using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Functions.Functions.Assistant.Drafting;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Lifecycle;

namespace Factumerit.Email.Functions.Functions.Assistant.Lifecycle;

/// <summary>Queue <c>manual-draft</c>: the user put the Needs Response label on a thread by hand.</summary>
internal sealed class ManualDraftFunction(ManualDraftService service) : IQueueFunction
{
    public const string Name = "assistant-manual-draft";

    public Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken) =>
        service.HandleAsync(DraftingMessageJson.Read(invocation.MessageText, DraftingMessageJsonContext.Default.ManualDraftRequested),
            cancellationToken);
}
