namespace Factumerit.Email.Benchmarks.Storage;

internal static class ResourceNames
{
    /// <summary>Lower-case letters and digits starting with a letter: valid for both tables and queues.</summary>
    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Zero-padded so row keys sort in insertion order, as the node script writes them.</summary>
    public static string RowKey(int index) => index.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
