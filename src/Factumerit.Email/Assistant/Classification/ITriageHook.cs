using Factumerit.Email.Assistant.Mailboxes;

namespace Factumerit.Email.Assistant.Classification;

/// <summary>
/// Where topic triage joins classification. For a mailbox with triage on, automated mail also goes to the LLM,
/// and the one classification call serves both: <see cref="PrepareAsync"/> returns the instructions that ask the
/// model for triage's JSON as well (or says triage needs no model, e.g. a learned sender rule), and
/// <see cref="OnClassifiedAsync"/> receives the whole answer. Without triage, <see cref="NullTriageHook"/> is used.
/// </summary>
public interface ITriageHook
{
    Task<TriagePlan> PrepareAsync(TriageRequest request, CancellationToken cancellationToken = default);

    Task OnClassifiedAsync(TriageContext context, CancellationToken cancellationToken = default);
}

/// <param name="Mailbox">The mailbox address, or null outside a mailbox (the CLI).</param>
/// <param name="MessageId">The Gmail message id, or null outside a mailbox.</param>
public sealed record TriageRequest(string? Mailbox, string? MessageId, ClassificationInput Input, MailboxSettings Settings);

/// <param name="PromptAddendum">Instructions appended to the classification system prompt, or null for none.</param>
/// <param name="NeedsLlm">Triage wants the model's view even when classification would not call it (automated mail).</param>
public sealed record TriagePlan(string? PromptAddendum, bool NeedsLlm)
{
    /// <summary>No addendum; automated mail still goes to the model, as triage being on promises.</summary>
    public static TriagePlan Default { get; } = new(null, true);
}

/// <param name="Mailbox">The mailbox address, or null outside a mailbox (the CLI).</param>
/// <param name="MessageId">The Gmail message id, or null outside a mailbox.</param>
public sealed record TriageContext(string? Mailbox, string? MessageId, ClassificationInput Input, ClassificationResult Result);

public sealed class NullTriageHook : ITriageHook
{
    public static NullTriageHook Instance { get; } = new();

    public Task<TriagePlan> PrepareAsync(TriageRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(TriagePlan.Default);

    public Task OnClassifiedAsync(TriageContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
