using Factumerit.Email.Personas.Handlers.Digest;
using Factumerit.Email.Ports;

namespace Factumerit.Email.Personas.Handlers;

/// <summary>
/// Manages digest subscriptions by mail (subscribe, unsubscribe, send now, time, timezone, status); registered users
/// only. The daily digest itself is sent by <see cref="DigestRunner"/> from the hourly timer.
/// </summary>
public sealed class DigestHandler(
    IDigestSubscriptionStore subscriptions,
    DigestComposer composer,
    IOutboundMail outbound,
    TimeProvider clock) : IEmailHandler
{
    public string Name => PersonaNames.Digest;

    public async Task<HandlerResult> HandleAsync(EmailContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.SenderUser is null)
        {
            return HandlerResult.Reply(DigestReplies.Unknown(context));
        }

        var email = context.From.WithoutTag().Address;
        var command = DigestCommand.Parse(context.ReplyText);
        var existing = await subscriptions.GetAsync(email, cancellationToken).ConfigureAwait(false);
        var current = existing ?? new DigestSubscription(email, PersonaAddresses.Mailbox(context), DigestSubscription.DefaultHour,
            LocalTimes.TryFindZone(context.SenderUser.TimeZone, out var zone) ? zone.Id : "UTC", Active: false);
        current = current with { PersonaAddress = PersonaAddresses.Mailbox(context) };

        switch (command.Kind)
        {
            case DigestCommandKind.Subscribe:
                return await SaveAsync(current with { Active = true }, "You're subscribed.", cancellationToken).ConfigureAwait(false);
            case DigestCommandKind.Unsubscribe:
                if (existing is { Active: true })
                {
                    await subscriptions.SaveAsync(current with { Active = false }, cancellationToken).ConfigureAwait(false);
                }
                return Reply("You're unsubscribed; no more digests will be sent. Write \"subscribe\" to start again.");
            case DigestCommandKind.SetHour:
                return await SaveAsync(current with { Hour = command.Hour, Active = true }, "Your digest time is updated.", cancellationToken)
                    .ConfigureAwait(false);
            case DigestCommandKind.SetTimeZone:
                return await SaveAsync(current with { TimeZone = command.Argument!, Active = true }, "Your time zone is updated.", cancellationToken)
                    .ConfigureAwait(false);
            case DigestCommandKind.Status:
                return Reply(DigestReplies.Settings(existing ?? current));
            case DigestCommandKind.SendNow:
                return await SendNowAsync(context, current, cancellationToken).ConfigureAwait(false);
            case DigestCommandKind.Invalid:
                return HandlerResult.Reply(DigestReplies.Wrap(command.Argument!));
            default:
                return HandlerResult.Reply(DigestReplies.Wrap("I manage your daily activity digest."));
        }
    }

    private async Task<HandlerResult> SaveAsync(DigestSubscription subscription, string what, CancellationToken cancellationToken)
    {
        var saved = await subscriptions.SaveAsync(subscription, cancellationToken).ConfigureAwait(false);
        return Reply($"{what} {DigestReplies.Settings(saved)}");
    }

    private async Task<HandlerResult> SendNowAsync(EmailContext context, DigestSubscription subscription, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await composer.ComposeAsync(subscription, now, cancellationToken).ConfigureAwait(false) is not { } mail)
        {
            return Reply("Nothing to report: there was no activity in the last 24 hours.");
        }
        var cause = context.MessageId ?? $"{PersonaAddresses.Hash(context.From)}:{now.UtcTicks}";
        await outbound.EnqueueAsync(mail, $"digest:now:{cause}", cancellationToken).ConfigureAwait(false);
        // The digest itself is the answer; a second mail saying so would be noise.
        return HandlerResult.NoReply() with { Metadata = new Dictionary<string, string> { ["digest"] = "sent_now" } };
    }

    private static HandlerResult Reply(string text) => HandlerResult.Reply($"Hi,\n\n{text}\n\nFactumerit Digest");
}
