using System.Diagnostics.CodeAnalysis;

namespace Factumerit.Email.Personas.Handlers;

/// <summary>Turns wall-clock times in a time zone into instants, deciding the two DST edge cases one way everywhere.</summary>
public static class LocalTimes
{
    /// <summary>Finds a zone by IANA id (<c>Europe/Paris</c>); Windows ids work too where the OS knows them.</summary>
    public static bool TryFindZone([NotNullWhen(true)] string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return false;
        }
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>The zone for <paramref name="id"/>, or UTC when the id is unknown.</summary>
    public static TimeZoneInfo FindZoneOrUtc(string? id) => TryFindZone(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>
    /// The instant a clock in <paramref name="zone"/> shows <paramref name="local"/>. A time skipped by a
    /// spring-forward gap is moved forward by the gap (02:30 becomes 03:30), as calendars do; a time that
    /// occurs twice at fall-back is taken at its first occurrence, so a reminder never fires an hour late.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            // The offset in force before the gap: the wall clock had not jumped yet.
            offset = zone.GetUtcOffset(local.AddDays(-1));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }
        var utc = new DateTimeOffset(local.Ticks - offset.Ticks, TimeSpan.Zero);
        return TimeZoneInfo.ConvertTime(utc, zone);
    }

    /// <summary>The wall-clock date and time in <paramref name="zone"/> at <paramref name="instant"/>.</summary>
    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    /// <summary>"Friday 5 June 2026 at 09:00 (Europe/Paris)": unambiguous, for replies.</summary>
    public static string Describe(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("dddd d MMMM yyyy 'at' HH:mm", System.Globalization.CultureInfo.InvariantCulture)
        + $" ({zone.Id})";
}
