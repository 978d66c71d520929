namespace Factumerit.Email.Assistant.Audit;

/// <summary>
/// Which mailbox and message the LLM calls made inside a <c>using</c> block are about. The LLM client hands its
/// audit records to the sink without that context; the audit store reads it from here, so every call row can be
/// found from the email it was for.
/// </summary>
public sealed class LlmAuditScope : IDisposable
{
    private static readonly AsyncLocal<LlmAuditScope?> CurrentScope = new();
    private readonly LlmAuditScope? _outer;

    private LlmAuditScope(string? mailbox, string? messageId)
    {
        Mailbox = mailbox;
        MessageId = messageId;
        _outer = CurrentScope.Value;
        CurrentScope.Value = this;
    }

    public static LlmAuditScope? Current => CurrentScope.Value;

    public string? Mailbox { get; }

    public string? MessageId { get; }

    public static LlmAuditScope Begin(string? mailbox, string? messageId) => new(mailbox, messageId);

    public void Dispose() => CurrentScope.Value = _outer;
}
