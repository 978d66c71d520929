using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Functions.Functions.Assistant.Drafting.Gmail;
using Factumerit.Email.Providers.Assistant;
using Factumerit.Email.Providers.Gmail;

namespace Factumerit.Email.Functions.Functions.Assistant;

/// <summary>The drafting side's Gmail clients, built from the connected mailboxes' records.</summary>
internal sealed class StoredMailboxClients(IMailboxStore mailboxes, MailboxGmailClients clients) : IGmailMailboxClients
{
    public async Task<GmailClient> CreateClientAsync(string mailbox, CancellationToken cancellationToken = default)
    {
        var record = await mailboxes.GetAsync(mailbox, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The mailbox is not connected; connect it with 'factumerit mailbox add'.");
        return clients.Create(record);
    }
}
