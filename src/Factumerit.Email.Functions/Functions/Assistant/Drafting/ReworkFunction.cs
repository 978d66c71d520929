using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Drafting;
using Factumerit.Email.Functions.Hosting;

namespace Factumerit.Email.Functions.Functions.Assistant.Drafting;

/// <summary>Queue <c>rework</c>: the user put the Rework label on a thread.</summary>
internal sealed class ReworkFunction(ReworkService service) : IQueueFunction
{
    public const string Name = "assistant-rework";

    public Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken) =>
        service.HandleAsync(DraftingMessageJson.Read(invocation.MessageText, DraftingMessageJsonContext.Default.ReworkRequested),
            cancellationToken);
}
