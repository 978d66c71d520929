using System.Text.Json;
using System.Text.Json.Serialization;

namespace Factumerit.Email.Storage.Stores;

/// <summary>Lists and header maps stored as JSON strings in a single property.</summary>
internal static class StoreJson
{
    public static string List(IEnumerable<string>? values) =>
        JsonSerializer.Serialize((values ?? []).ToArray(), StoreJsonContext.Default.StringArray);

    public static IReadOnlyList<string> ReadList(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize(json, StoreJsonContext.Default.StringArray) ?? [];

    public static string Map(IEnumerable<KeyValuePair<string, string>>? values) =>
        JsonSerializer.Serialize(
            (values ?? []).GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last().Value),
            StoreJsonContext.Default.DictionaryStringString);

    public static Dictionary<string, string> ReadMap(string? json) =>
        new(string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize(json, StoreJsonContext.Default.DictionaryStringString) ?? [],
            StringComparer.OrdinalIgnoreCase);
}

[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
