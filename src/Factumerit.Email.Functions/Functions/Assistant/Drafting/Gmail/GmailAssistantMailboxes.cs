using Factumerit.Email.Drafting.Mail;

namespace Factumerit.Email.Functions.Functions.Assistant.Drafting.Gmail;

/// <summary>Opens a <see cref="GmailAssistantMailbox"/> per job, each with its own quota meter.</summary>
internal sealed class GmailAssistantMailboxes(IGmailMailboxClients clients) : IAssistantMailboxes
{
    public async Task<IAssistantMailbox> OpenAsync(string mailbox, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        var client = await clients.CreateClientAsync(mailbox, cancellationToken).ConfigureAwait(false);
        return new GmailAssistantMailbox(client);
    }
}
