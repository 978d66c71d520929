using Factumerit.Email.Assistant.Sync;
using Factumerit.Email.Functions.Hosting;

namespace Factumerit.Email.Functions.Functions.Assistant;

/// <summary>Timer <c>gmail-poll</c>: a coalesced sync of every mailbox, in case a push was lost.</summary>
internal sealed class GmailPollFunction(SyncRequests syncs) : ITimerFunction
{
    public Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken) =>
        syncs.RequestAllAsync("poll", cancellationToken);
}
