using System.Globalization;

namespace Factumerit.Email.Personas.Handlers.Digest;

internal static class DigestReplies
{
    public const string Help =
        "Commands (write one on the first line):\n" +
        "  subscribe            get the digest every day\n" +
        "  unsubscribe          stop it\n" +
        "  send now             send today's digest right away\n" +
        "  time 7:00            choose the hour (on the hour, 24-hour or 7am)\n" +
        "  timezone Europe/Paris  choose your time zone (IANA name)\n" +
        "  status               show your settings";

    public static string Settings(DigestSubscription subscription) => subscription.Active
        ? string.Create(CultureInfo.InvariantCulture, $"You get the digest every day at {subscription.Hour:00}:00, {subscription.TimeZone} time.")
        : "You are not subscribed to the digest.";

    public static string Unknown(EmailContext context) =>
        "Hi,\n\nI don't recognize your email address, so I can't manage a digest for it. To register, send any message " +
        $"to {PersonaAddresses.Sibling(context, "onboard")} from this address, then write to me again.\n\nFactumerit Digest";

    public static string Wrap(string body) => $"Hi,\n\n{body}\n\n{Help}\n\nFactumerit Digest";
}
