using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Lifecycle;

namespace Factumerit.Email.Functions.Functions.Assistant.Lifecycle;

/// <summary>Queue <c>retriage</c>: a message arrived on a Waiting thread.</summary>
internal sealed class RetriageFunction(WaitingRetriageService service) : IQueueFunction
{
    public const string Name = "assistant-retriage";

    public Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken) =>
        service.HandleAsync(AssistantMessageJson.Read(invocation.MessageText, AssistantMessageJsonContext.Default.RetriageRequested),
            cancellationToken);
}
