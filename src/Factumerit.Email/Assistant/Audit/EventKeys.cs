using System.Globalization;

namespace Factumerit.Email.Assistant.Audit;

/// <summary>Event keys that sort by time and are the same every time the same step is retried.</summary>
public static class EventKeys
{
    public static string At(DateTimeOffset at, string type) =>
        at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + type;
}
