using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;

namespace Factumerit.Email.Providers.Assistant;

/// <summary>The classification side's Gmail access for a mailbox record.</summary>
internal sealed class AssistantGmailFactory(MailboxGmailClients clients) : IAssistantGmailFactory
{
    public IAssistantGmail Create(Mailbox mailbox) => new AssistantGmail(clients.Create(mailbox));
}
