using System.Globalization;
using System.Text;
using Factumerit.Email.Mail;

namespace Factumerit.Email.Personas.Handlers.Digest;

/// <summary>Writes the digest mail from activity counts; nothing when there is nothing to say.</summary>
public static class DigestComposer
{
    public const string Kind = "digest";

    /// <returns>Null when the window saw no activity and no thread is waiting.</returns>
    public static OutboundEmail? Compose(DigestSubscription subscription, PersonaActivity activity, DateOnly localDate)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.IsEmpty)
        {
            return null;
        }

        var date = localDate.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Your Factumerit digest for {date}: persona activity in the last 24 hours.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Messages handled: {activity.Handled}")
            .AppendLine(CultureInfo.InvariantCulture, $"Handed to a person: {activity.Escalated}")
            .AppendLine(CultureInfo.InvariantCulture, $"Threads waiting for a person: {activity.OpenThreads}");
        if (activity.ByPersona.Count > 0)
        {
            text.AppendLine().AppendLine("By persona:");
            foreach (var line in activity.ByPersona.Where(l => l.Handled > 0 || l.Escalated > 0).OrderBy(l => l.Persona, StringComparer.Ordinal))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {line.Persona}: {line.Handled} handled, {line.Escalated} escalated");
            }
        }
        text.AppendLine()
            .AppendLine(CultureInfo.InvariantCulture,
                $"You get this digest every day at {subscription.Hour:00}:00 ({subscription.TimeZone}). Reply \"unsubscribe\" to stop it.");

        return new OutboundEmail(
            subscription.PersonaAddress,
            [subscription.Email],
            $"Your Factumerit digest for {date}",
            text.ToString(),
            Headers: new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [ReplyThreading.AutoSubmittedHeader] = "auto-generated" },
            Kind: Kind);
    }
}
