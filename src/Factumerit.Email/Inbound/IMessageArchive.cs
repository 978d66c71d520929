namespace Factumerit.Email.Inbound;

/// <summary>Keeps each received message (bodies truncated to what a row holds, with the raw download reference).</summary>
public interface IMessageArchive
{
    /// <summary>Saves or overwrites the message; saving it again on a redelivery is harmless.</summary>
    Task SaveAsync(InboundEmail email, string? routeKey, CancellationToken cancellationToken = default);
}
