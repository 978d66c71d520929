using Factumerit.Email.Recruiting.Pipeline;

namespace Factumerit.Email.Recruiting.Signals;

/// <summary>
/// Stage suggestions (issue 6, section 2). A signal never moves a stage by itself: listing shows, per job (the
/// tracked company, or the contact when it has none), the most recent undismissed signal; dismissing hides it;
/// applying moves the stage at the user's request.
/// </summary>
public sealed class SignalService(IRecruitingStore store)
{
    public async Task<IReadOnlyList<SignalView>> ListAsync(string? mailbox, CancellationToken cancellationToken = default)
    {
        var views = new List<SignalView>();
        var candidates = (await store.ListContactMessagesAsync(mailbox, cancellationToken).ConfigureAwait(false))
            .Where(m => !m.SuggestionDismissed && m.Signal is not null && m.Signal != StageSignals.Neutral)
            .GroupBy(m => (m.Mailbox, Job: m.CompanyId ?? "contact:" + m.ContactId))
            .Select(g => g.OrderByDescending(m => m.ReceivedAt ?? m.ProcessedAt).First());
        foreach (var message in candidates)
        {
            var stage = await CurrentStageAsync(message, cancellationToken).ConfigureAwait(false);
            views.Add(View(message, stage));
        }
        return views.OrderByDescending(v => v.ReceivedAt).ToList();
    }

    /// <returns>The signal after dismissal; null when there is no such signal.</returns>
    public async Task<ContactMessage?> DismissAsync(string id, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var message = await store.FindMessageAsync(id, cancellationToken).ConfigureAwait(false);
            if (message is null || message.Kind != ContactMessageKinds.Contact)
            {
                return null;
            }
            if (message.SuggestionDismissed)
            {
                return message;
            }
            var dismissed = message with { SuggestionDismissed = true };
            if (await store.TryUpdateMessageAsync(dismissed, cancellationToken).ConfigureAwait(false))
            {
                return dismissed;
            }
        }
        throw new InvalidOperationException("The signal kept changing while it was being dismissed.");
    }

    /// <summary>Moves the contact and its company to <paramref name="stage"/>, or to the stage the signal suggests.</summary>
    public async Task<ApplyOutcome> ApplyAsync(string id, string? stage, CancellationToken cancellationToken = default)
    {
        if (stage is not null && !Stages.IsKnown(stage))
        {
            return ApplyOutcome.Invalid($"Unknown stage '{stage}'; use one of {string.Join(", ", Stages.All)}.");
        }
        var message = await store.FindMessageAsync(id, cancellationToken).ConfigureAwait(false);
        if (message is null || message.Kind != ContactMessageKinds.Contact)
        {
            return ApplyOutcome.NotFound;
        }
        var current = await CurrentStageAsync(message, cancellationToken).ConfigureAwait(false);
        var target = stage ?? StageSignals.SuggestedStage(message.Signal, current);
        if (target is null)
        {
            return ApplyOutcome.Invalid("The signal suggests no stage change; give ?stage= to move anyway.");
        }
        await new StageMover(store).MoveAsync(message, target, cancellationToken).ConfigureAwait(false);
        return ApplyOutcome.Applied(target);
    }

    private async Task<string> CurrentStageAsync(ContactMessage message, CancellationToken cancellationToken)
    {
        if (message.CompanyId is not null && await store.GetCompanyAsync(message.Mailbox, message.CompanyId, cancellationToken)
            .ConfigureAwait(false) is { } company)
        {
            return company.Stage;
        }
        return message.ContactId is not null && await store.GetContactAsync(message.Mailbox, message.ContactId, cancellationToken)
            .ConfigureAwait(false) is { } contact
            ? contact.Stage
            : Stages.Applied;
    }

    private static SignalView View(ContactMessage m, string stage) => new(m.Id, m.Mailbox, m.Signal!, m.ContactId, m.CompanyId, stage,
        StageSignals.SuggestedStage(m.Signal, stage), m.Subject, m.ReceivedAt);
}

public sealed record ApplyOutcome(bool Found, string? Stage, string? Problem)
{
    public static ApplyOutcome NotFound { get; } = new(false, null, null);

    public static ApplyOutcome Invalid(string problem) => new(true, null, problem);

    public static ApplyOutcome Applied(string stage) => new(true, stage, null);
}
