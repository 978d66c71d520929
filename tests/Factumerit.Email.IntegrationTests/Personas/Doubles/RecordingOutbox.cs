using System.Collections.Concurrent;
using Factumerit.Email.Mail;
using Factumerit.Email.Ports;

namespace Factumerit.Email.IntegrationTests.Personas.Doubles;

/// <summary>An outbox that keeps what was queued and, like the real one, queues each idempotency key once.</summary>
internal sealed class RecordingOutbox : IOutboundMail
{
    private readonly ConcurrentDictionary<string, OutboundEmail> _byKey = new();
    private readonly ConcurrentQueue<(string Key, OutboundEmail Email)> _order = new();

    public IReadOnlyList<(string Key, OutboundEmail Email)> Sent => [.. _order];

    public Task<bool> EnqueueAsync(OutboundEmail email, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        if (!_byKey.TryAdd(idempotencyKey, email))
        {
            return Task.FromResult(false);
        }
        _order.Enqueue((idempotencyKey, email));
        return Task.FromResult(true);
    }
}
