using System.Collections.Concurrent;
using Factumerit.Email.Lifecycle;

namespace Factumerit.Email.IntegrationTests.Drafting.Support;

/// <summary>TEST-ONLY reclassifier that records the requests it gets.</summary>
internal sealed class RecordingReclassifier : IReclassifier
{
    private readonly ConcurrentQueue<(string Mailbox, string ThreadId, string MessageId)> _calls = new();

    public IReadOnlyList<(string Mailbox, string ThreadId, string MessageId)> Calls => [.. _calls];

    public Task ReclassifyAsync(string mailbox, string threadId, string messageId, CancellationToken cancellationToken = default)
    {
        _calls.Enqueue((mailbox, threadId, messageId));
        return Task.CompletedTask;
    }
}
