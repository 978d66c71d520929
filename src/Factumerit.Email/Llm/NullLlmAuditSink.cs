namespace Factumerit.Email.Llm;

/// <summary>Discards records; the default until the storage layer registers the audit table.</summary>
public sealed class NullLlmAuditSink : ILlmAuditSink
{
    public static NullLlmAuditSink Instance { get; } = new();

    public Task RecordAsync(LlmCallRecord record, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
