using Factumerit.Email.Assistant.Mailboxes;

namespace Factumerit.Email.Triage.Organize;

/// <summary>Lists a mailbox's Inbox conversations a page at a time (Gmail threads.list with labelIds=INBOX).</summary>
public interface IInboxThreadLister
{
    Task<InboxThreadPage> ListInboxAsync(Mailbox mailbox, int pageSize, string? pageToken, CancellationToken cancellationToken = default);
}
