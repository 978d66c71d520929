using System.Globalization;

namespace Factumerit.Email.Storage.Tables;

/// <summary>
/// Builds OData filters from interpolated strings, writing every hole as a typed literal so a value can never
/// change the filter's structure. Literal forms: https://learn.microsoft.com/rest/api/storageservices/querying-tables-and-entities
/// </summary>
internal static class TableFilter
{
    public static string Create(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var arguments = filter.GetArguments();
        var literals = new object[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            literals[i] = Literal(arguments[i], i);
        }
        return string.Format(CultureInfo.InvariantCulture, filter.Format, literals);
    }

    public static string Literal(object? value, int position = 0) => value switch
    {
        null => throw new ArgumentException(
            $"Filter argument {position} is null; table filters cannot compare with null.", nameof(value)),
        string s => Quote(s),
        char c => Quote(c.ToString()),
        bool b => b ? "true" : "false",
        int or short or byte or sbyte or ushort => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        uint u => u.ToString(CultureInfo.InvariantCulture) + "L",
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        double d => Double(d, position),
        float f => Double(f, position),
        DateTimeOffset dto => $"datetime'{EntityWriter.FormatDate(dto)}'",
        DateTime dt => $"datetime'{EntityWriter.FormatDate(EntityValues.ToUtc(dt))}'",
        Guid g => $"guid'{g:D}'",
        byte[] bytes => $"X'{Convert.ToHexStringLower(bytes)}'",
        BinaryData data => $"X'{Convert.ToHexStringLower(data.ToMemory().Span)}'",
        Enum e => Quote(e.ToString()),
        _ => throw new ArgumentException(
            $"Filter argument {position} has type {value.GetType().Name}, which has no table filter literal.", nameof(value)),
    };

    /// <summary>
    /// <c>name ge 'prefix' and name lt 'prefiy'</c>: the service has no startswith, so a prefix is a key range whose
    /// upper bound is the prefix with its last character incremented (dropping trailing U+FFFF, which cannot be).
    /// </summary>
    public static string Prefix(string propertyName, string prefix)
    {
        TableValidation.PropertyName(propertyName);
        ArgumentNullException.ThrowIfNull(prefix);
        var upper = prefix.TrimEnd(char.MaxValue);
        if (upper.Length == 0)
        {
            return $"{propertyName} ge {Quote(prefix)}";
        }
        upper = upper[..^1] + (char)(upper[^1] + 1);
        return $"({propertyName} ge {Quote(prefix)} and {propertyName} lt {Quote(upper)})";
    }

    private static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A whole value keeps ".0" so the service compares it as a double, not an Int32.</summary>
    private static string Double(double value, int position)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"Filter argument {position} is {value}; a filter literal must be finite.", nameof(value));
        }
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }
}
