using System.Globalization;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Assistant;

/// <summary>Small helpers for optional columns: absent values are not written, so a Replace clears them.</summary>
internal static class Columns
{
    public static void Set(TableEntity entity, string name, object? value)
    {
        if (value is not null)
        {
            entity[name] = value;
        }
    }

    public static void SetUInt64(TableEntity entity, string name, ulong? value) =>
        Set(entity, name, value?.ToString(CultureInfo.InvariantCulture));

    public static ulong? GetUInt64(TableEntity entity, string name) =>
        ulong.TryParse(entity.GetString(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Keeps a long text inside a string column's 32K-character limit.</summary>
    public static string? Clip(string? text, int max = 30_000) =>
        text is null || text.Length <= max ? text : text[..max] + "…[truncated]";

    public static string InvertedTicks(DateTimeOffset at) =>
        (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
}
