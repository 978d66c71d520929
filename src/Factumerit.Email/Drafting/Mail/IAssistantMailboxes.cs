namespace Factumerit.Email.Drafting.Mail;

/// <summary>Opens connected mailboxes by address.</summary>
public interface IAssistantMailboxes
{
    /// <summary>A fresh <see cref="IAssistantMailbox"/> for one job; its quota count starts at zero.</summary>
    /// <exception cref="InvalidOperationException">The mailbox is not connected.</exception>
    Task<IAssistantMailbox> OpenAsync(string mailbox, CancellationToken cancellationToken = default);
}
