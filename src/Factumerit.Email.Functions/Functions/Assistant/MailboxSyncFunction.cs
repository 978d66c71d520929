using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Assistant.Sync;
using Factumerit.Email.Functions.Hosting;

namespace Factumerit.Email.Functions.Functions.Assistant;

/// <summary>Queue <c>mailbox-sync</c>: one history sync of one mailbox.</summary>
internal sealed class MailboxSyncFunction(MailboxSyncService sync) : IQueueFunction
{
    public Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken) =>
        sync.SyncAsync(AssistantQueueMessage.Read<MailboxSyncRequested>(invocation), cancellationToken);
}
