using Factumerit.Email.Providers.Gmail;

namespace Factumerit.Email.Functions.Functions.Assistant.Drafting.Gmail;

/// <summary>
/// A <see cref="GmailClient"/> for a connected mailbox, built from its stored credential. The Gmail ingest side owns
/// mailbox records and credentials and registers the implementation.
/// </summary>
public interface IGmailMailboxClients
{
    /// <exception cref="InvalidOperationException">The mailbox is not connected.</exception>
    Task<GmailClient> CreateClientAsync(string mailbox, CancellationToken cancellationToken = default);
}
