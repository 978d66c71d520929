using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Functions.Hosting;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Functions.Functions.Assistant;

/// <summary>Timer <c>gmail-watch-renewal</c>: renews the Gmail watches that expire within two days.</summary>
internal sealed class GmailWatchRenewalFunction(MailboxConnector connector, IOptions<AssistantOptions> options) : ITimerFunction
{
    public async Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken)
    {
        var (_, failed) = await connector.RenewWatchesAsync(options.Value.WatchRenewalWindow, cancellationToken);
        if (failed > 0)
        {
            // Reported as a failed run; the renewal of the others went ahead and the next run retries.
            throw new InvalidOperationException($"{failed} Gmail watch renewals failed; see the log for each mailbox.");
        }
    }
}
