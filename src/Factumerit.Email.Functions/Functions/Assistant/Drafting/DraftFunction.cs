using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Drafting;
using Factumerit.Email.Functions.Hosting;

namespace Factumerit.Email.Functions.Functions.Assistant.Drafting;

/// <summary>Queue <c>draft</c>: an email classified needs_response gets an AI draft in its thread.</summary>
internal sealed class DraftFunction(DraftService service) : IQueueFunction
{
    public const string Name = "assistant-draft";

    public Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken) =>
        service.HandleAsync(DraftingMessageJson.Read(invocation.MessageText, DraftingMessageJsonContext.Default.DraftRequested),
            cancellationToken);
}
