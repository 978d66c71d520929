using System.Globalization;
using System.Text.RegularExpressions;

namespace Factumerit.Email.Personas.Handlers.Digest;

internal enum DigestCommandKind
{
    Help,
    Subscribe,
    Unsubscribe,
    SendNow,
    SetHour,
    SetTimeZone,
    Status,
    Invalid,
}

/// <summary>One command read from the first line of a message to the digest persona.</summary>
/// <param name="Argument">The hour or the zone id; for <see cref="DigestCommandKind.Invalid"/> why it was refused.</param>
internal sealed partial record DigestCommand(DigestCommandKind Kind, int Hour = 0, string? Argument = null)
{
    public static DigestCommand Parse(string? text)
    {
        var line = PersonaAddresses.FirstLine(text).TrimEnd('.', '!').Trim();
        var lower = line.ToLowerInvariant();
        switch (lower)
        {
            case "subscribe" or "start" or "sign me up":
                return new(DigestCommandKind.Subscribe);
            case "unsubscribe" or "stop":
                return new(DigestCommandKind.Unsubscribe);
            case "send now" or "now" or "send":
                return new(DigestCommandKind.SendNow);
            case "status" or "settings":
                return new(DigestCommandKind.Status);
        }

        if (TimeZoneCommand().Match(line) is { Success: true } zone)
        {
            var id = zone.Groups[1].Value;
            return LocalTimes.TryFindZone(id, out var found)
                ? new(DigestCommandKind.SetTimeZone, Argument: found.Id)
                : new(DigestCommandKind.Invalid, Argument: $"\"{Shorten(id)}\" is not a time zone I know. Use an IANA name such as Europe/Paris or America/New_York.");
        }
        if (HourCommand().Match(lower) is { Success: true } hour)
        {
            return ReadHour(hour);
        }
        return new(DigestCommandKind.Help);
    }

    private static DigestCommand ReadHour(Match match)
    {
        var hour = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = match.Groups[3].Success ? match.Groups[3].Value : null;
        if (meridiem is not null)
        {
            if (hour is < 1 or > 12)
            {
                return new(DigestCommandKind.Invalid, Argument: "With am or pm, the hour must be between 1 and 12.");
            }
            hour = hour % 12 + (meridiem == "pm" ? 12 : 0);
        }
        if (hour > 23 || minutes > 59)
        {
            return new(DigestCommandKind.Invalid, Argument: "That is not a time of day. Write it like \"time 7:00\" or \"time 18:00\".");
        }
        // The digest timer runs once an hour, so only whole hours can be kept.
        return minutes != 0
            ? new(DigestCommandKind.Invalid, Argument: "Digests go out on the hour: choose a time like \"time 7:00\".")
            : new(DigestCommandKind.SetHour, hour);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^(?:time ?zone|timezone|tz)\s*[:=]?\s*(\S+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeZoneCommand();

    [GeneratedRegex(@"^(?:time|hour|at)\s*[:=]?\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$", RegexOptions.CultureInvariant)]
    private static partial Regex HourCommand();
}
