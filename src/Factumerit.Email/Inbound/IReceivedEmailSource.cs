namespace Factumerit.Email.Inbound;

/// <summary>Fetches a received email's content by the id its webhook announced (Resend, or the local samples in development).</summary>
public interface IReceivedEmailSource
{
    Task<InboundEmail> GetAsync(string emailId, CancellationToken cancellationToken = default);
}
