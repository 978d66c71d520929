using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Functions.Functions.Assistant;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Triage.Learning;

namespace Factumerit.Email.Functions.Functions.Triage;

/// <summary>Queue <c>triage-label-change</c>: INBOX or a triage label changed on a thread; learn if the user moved it.</summary>
internal sealed class TriageLabelChangeFunction(ManualMoves moves) : IQueueFunction
{
    public Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken) =>
        moves.HandleAsync(AssistantQueueMessage.Read<TriageLabelChanged>(invocation), cancellationToken);
}
