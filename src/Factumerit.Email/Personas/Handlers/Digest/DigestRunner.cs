using System.Globalization;
using Factumerit.Email.Ports;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Personas.Handlers.Digest;

/// <summary>What one hourly run did.</summary>
public sealed record DigestRunResult(int Due, int Sent, int Skipped);

/// <summary>
/// The hourly digest run. Flex Consumption has no time-zone setting, so the timer fires every hour in UTC and this
/// picks the subscribers whose local hour has come, with <see cref="TimeZoneInfo"/> doing the DST arithmetic.
/// </summary>
/// <remarks>
/// A subscriber is due from their hour until <see cref="CatchUpHours"/> later, so a missed run, or an hour that a
/// spring-forward skips, still gets the digest out; the last-sent local date keeps it to once a local day, and the
/// idempotency key <c>digest:{email}:{localDate}</c> keeps two overlapping runs from sending it twice.
/// </remarks>
public sealed class DigestRunner(
    IDigestSubscriptionStore subscriptions,
    DigestComposer composer,
    IOutboundMail outbound,
    TimeProvider clock,
    ILogger<DigestRunner> logger)
{
    public const int CatchUpHours = 3;

    public async Task<DigestRunResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        int due = 0, sent = 0, skipped = 0;
        await foreach (var subscription in subscriptions.ListActiveAsync(cancellationToken).ConfigureAwait(false))
        {
            var local = LocalTimes.ToLocal(now, LocalTimes.FindZoneOrUtc(subscription.TimeZone));
            if (!IsDue(subscription, local))
            {
                continue;
            }
            due++;
            var localDate = DateOnly.FromDateTime(local);
            if (await composer.ComposeAsync(subscription, now, cancellationToken).ConfigureAwait(false) is { } mail)
            {
                await outbound.EnqueueAsync(mail, ScheduledKey(subscription.Email, localDate), cancellationToken).ConfigureAwait(false);
                sent++;
            }
            else
            {
                skipped++;
            }
            // After the send: a crash in between re-sends under the same key, which the outbox ignores.
            await subscriptions.TryMarkSentAsync(subscription, localDate, cancellationToken).ConfigureAwait(false);
        }
        Handlers.Log.DigestRun(logger, due, sent, skipped);
        return new DigestRunResult(due, sent, skipped);
    }

    public static bool IsDue(DigestSubscription subscription, DateTime local)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var today = DateOnly.FromDateTime(local);
        var notYetToday = subscription.LastSentLocalDate is not { } last || last < today;
        return notYetToday && local.Hour >= subscription.Hour && local.Hour < subscription.Hour + CatchUpHours;
    }

    public static string ScheduledKey(string email, DateOnly localDate) =>
        $"digest:{email}:{localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
