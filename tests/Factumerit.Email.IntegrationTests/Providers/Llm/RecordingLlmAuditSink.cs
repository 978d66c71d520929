using System.Collections.Concurrent;
using Factumerit.Email.Llm;

namespace Factumerit.Email.IntegrationTests.Providers.Llm;

internal sealed class RecordingLlmAuditSink : ILlmAuditSink
{
    private readonly ConcurrentQueue<LlmCallRecord> _records = new();

    public IReadOnlyList<LlmCallRecord> Records => [.. _records];

    public Task RecordAsync(LlmCallRecord record, CancellationToken cancellationToken = default)
    {
        _records.Enqueue(record);
        return Task.CompletedTask;
    }
}
