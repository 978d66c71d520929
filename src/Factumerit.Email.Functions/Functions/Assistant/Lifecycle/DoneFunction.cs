using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Functions.Functions.Assistant.Drafting;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Lifecycle;

namespace Factumerit.Email.Functions.Functions.Assistant.Lifecycle;

/// <summary>Queue <c>done</c>: the user put the Done label on a thread.</summary>
internal sealed class DoneFunction(DoneService service) : IQueueFunction
{
    public const string Name = "assistant-done";

    public Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken) =>
        service.HandleAsync(DraftingMessageJson.Read(invocation.MessageText, DraftingMessageJsonContext.Default.DoneRequested),
            cancellationToken);
}
