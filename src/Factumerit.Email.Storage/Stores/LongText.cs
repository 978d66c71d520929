using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores;

/// <summary>
/// Text longer than one string property holds (64 KiB, ~32K UTF-16 characters) is split over <c>Name</c>,
/// <c>Name_1</c>, <c>Name_2</c>, … of a <see cref="TableEntity"/>; the entity as a whole stays under 1 MiB.
/// </summary>
internal static class LongText
{
    public const int ChunkChars = 30000;
    public const int MaxChunks = 8;

    public static void Write(TableEntity entity, string name, string? value)
    {
        if (value is null)
        {
            return;
        }
        if (value.Length > ChunkChars * MaxChunks)
        {
            throw new ArgumentException($"'{name}' has {value.Length} characters; at most {ChunkChars * MaxChunks} fit in a row.", nameof(value));
        }
        for (var i = 0; i * ChunkChars < Math.Max(value.Length, 1); i++)
        {
            var chunk = value.Substring(i * ChunkChars, Math.Min(ChunkChars, value.Length - i * ChunkChars));
            entity[i == 0 ? name : $"{name}_{i}"] = chunk;
        }
    }

    public static string? Read(TableEntity entity, string name)
    {
        if (entity.GetString(name) is not { } first)
        {
            return null;
        }
        var parts = new List<string> { first };
        for (var i = 1; entity.GetString($"{name}_{i}") is { } next; i++)
        {
            parts.Add(next);
        }
        return string.Concat(parts);
    }
}
