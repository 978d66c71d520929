using Factumerit.Email.Recruiting.Pipeline;

namespace Factumerit.Email.Recruiting.Signals;

/// <summary>Writes an applied stage to the contact, its company and the signal, each under its ETag.</summary>
internal sealed class StageMover(IRecruitingStore store)
{
    private const int MaxAttempts = 10;

    public async Task MoveAsync(ContactMessage message, string stage, CancellationToken cancellationToken)
    {
        if (message.ContactId is { } contactId)
        {
            await RetryAsync(async () => await store.GetContactAsync(message.Mailbox, contactId, cancellationToken).ConfigureAwait(false) is not { } c
                || await store.TryUpdateContactAsync(c with { Stage = stage }, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        }
        if (message.CompanyId is { } companyId)
        {
            await RetryAsync(async () => await store.GetCompanyAsync(message.Mailbox, companyId, cancellationToken).ConfigureAwait(false) is not { } c
                || await store.TryUpdateCompanyAsync(c with { Stage = stage }, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        }
        // Applied means handled: the banner goes away as it does on dismiss.
        await RetryAsync(async () => await store.GetMessageAsync(message.Mailbox, message.Id, cancellationToken).ConfigureAwait(false) is not { } m
            || await store.TryUpdateMessageAsync(m with { SuggestionDismissed = true, AppliedStage = stage }, cancellationToken).ConfigureAwait(false))
            .ConfigureAwait(false);
    }

    private static async Task RetryAsync(Func<Task<bool>> attempt)
    {
        for (var i = 0; i < MaxAttempts; i++)
        {
            if (await attempt().ConfigureAwait(false))
            {
                return;
            }
        }
        throw new InvalidOperationException($"A pipeline row kept changing under {MaxAttempts} attempts to move its stage.");
    }
}
