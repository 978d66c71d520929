using Factumerit.Email.Mail;
using Factumerit.Email.Ports;
using Factumerit.Email.Scheduling;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Personas.Handlers.Onboard;

/// <summary>
/// Sends an onboarding follow-up (tips, check-in) unless the user has replied or unsubscribed since. The outbox key
/// <c>onboard:{step}:{email}</c> makes it once per user and step.
/// </summary>
public sealed class OnboardFollowUpAction(IOutboundMail outbound, IOnboardingStore store, ILogger<OnboardFollowUpAction> logger)
    : IScheduledActionHandler
{
    public async Task HandleAsync(ScheduledAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var payload = FollowUpPayload.Parse(action.Payload);
        // Cancelling by subject already stops it; this covers a reply that raced the timer.
        if (await store.GetAsync(payload.Email, cancellationToken).ConfigureAwait(false) is not { IsActive: true })
        {
            Log.ActionSkipped(logger, action.Action, action.Id, "onboarding stopped");
            return;
        }
        var mail = new OutboundEmail(payload.From, [payload.Email], payload.Subject, payload.Text,
            Headers: new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [ReplyThreading.AutoSubmittedHeader] = "auto-generated" },
            Kind: "onboarding");
        await outbound.EnqueueAsync(mail, $"onboard:{payload.Step}:{payload.Email}", cancellationToken).ConfigureAwait(false);
    }
}
