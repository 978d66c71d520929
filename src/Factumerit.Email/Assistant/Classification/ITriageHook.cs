namespace Factumerit.Email.Assistant.Classification;

/// <summary>
/// Where topic triage joins classification. For a mailbox with triage on, automated mail also goes to the LLM,
/// and the one classification call serves both: <see cref="PromptAddendum"/> asks the model for triage's extra
/// JSON fields, and <see cref="OnClassifiedAsync"/> receives the whole answer. Triage is a later feature; until it
/// registers an implementation, <see cref="NullTriageHook"/> is used.
/// </summary>
public interface ITriageHook
{
    /// <summary>Instructions appended to the classification system prompt, or null for none.</summary>
    string? PromptAddendum { get; }

    Task OnClassifiedAsync(TriageContext context, CancellationToken cancellationToken = default);
}

/// <param name="Mailbox">The mailbox address, or null outside a mailbox (the CLI).</param>
/// <param name="MessageId">The Gmail message id, or null outside a mailbox.</param>
public sealed record TriageContext(string? Mailbox, string? MessageId, ClassificationInput Input, ClassificationResult Result);

public sealed class NullTriageHook : ITriageHook
{
    public static NullTriageHook Instance { get; } = new();

    public string? PromptAddendum => null;

    public Task OnClassifiedAsync(TriageContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
