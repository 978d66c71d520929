using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Functions.Functions.Assistant.Drafting;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Lifecycle;

namespace Factumerit.Email.Functions.Functions.Assistant.Lifecycle;

/// <summary>Queue <c>retriage</c>: a message arrived on a Waiting thread.</summary>
internal sealed class RetriageFunction(WaitingRetriageService service) : IQueueFunction
{
    public const string Name = "assistant-retriage";

    public Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken) =>
        service.HandleAsync(DraftingMessageJson.Read(invocation.MessageText, DraftingMessageJsonContext.Default.RetriageRequested),
            cancellationToken);
}
