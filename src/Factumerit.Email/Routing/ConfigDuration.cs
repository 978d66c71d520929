using System.Globalization;

namespace Factumerit.Email.Routing;

/// <summary>Durations as operators write them in YAML: <c>90s</c>, <c>30m</c>, <c>24h</c>, <c>2d</c>, <c>1w</c>, or a .NET TimeSpan.</summary>
internal static class ConfigDuration
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        var value = text.Trim();
        if (value.Length >= 2
            && long.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            duration = char.ToLowerInvariant(value[^1]) switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                'w' => TimeSpan.FromDays(7 * amount),
                _ => TimeSpan.Zero,
            };
        }
        else if (TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var parsed))
        {
            duration = parsed;
        }

        return duration > TimeSpan.Zero;
    }
}
