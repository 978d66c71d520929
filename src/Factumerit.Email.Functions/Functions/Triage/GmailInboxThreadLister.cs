using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Functions.Functions.Assistant.Drafting.Gmail;
using Factumerit.Email.Triage.Organize;

namespace Factumerit.Email.Functions.Functions.Triage;

/// <summary><see cref="IInboxThreadLister"/> over Gmail threads.list with <c>labelIds=INBOX</c>.</summary>
internal sealed class GmailInboxThreadLister(IGmailMailboxClients clients) : IInboxThreadLister
{
    public async Task<InboxThreadPage> ListInboxAsync(Mailbox mailbox, int pageSize, string? pageToken, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        var gmail = await clients.CreateClientAsync(mailbox.Address, cancellationToken).ConfigureAwait(false);
        var page = await gmail.ListThreadsAsync([GmailSystemLabels.Inbox], pageSize, pageToken, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new InboxThreadPage([.. (page.Threads ?? []).Select(t => t.Id).OfType<string>()], page.NextPageToken);
    }
}
