using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Serialization;

namespace Factumerit.Email.Storage.Tables;

/// <summary>
/// The mapped properties of an entity class, found by reflection once per type and cached for the process.
/// The four <see cref="ITableEntity"/> members are handled through the interface, not here.
/// </summary>
internal sealed class EntityMetadata
{
    private static readonly ConcurrentDictionary<Type, EntityMetadata> Cache = new();
    private static readonly HashSet<string> SystemNames =
        [nameof(ITableEntity.PartitionKey), nameof(ITableEntity.RowKey), nameof(ITableEntity.Timestamp), nameof(ITableEntity.ETag)];

    private EntityMetadata(IReadOnlyList<EntityProperty> properties)
    {
        Properties = properties;
        ByName = properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<EntityProperty> Properties { get; }
    public IReadOnlyDictionary<string, EntityProperty> ByName { get; }

    public static EntityMetadata For(Type type) => Cache.GetOrAdd(type, Build);

    /// <summary>How many types have been scanned; lets tests prove the scan is not repeated.</summary>
    internal static int CachedTypeCount => Cache.Count;

    private static EntityMetadata Build(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => !SystemNames.Contains(p.Name)
                && p.GetMethod is { IsPublic: true } && p.SetMethod is { IsPublic: true }
                && p.GetIndexParameters().Length == 0
                && p.GetCustomAttribute<IgnoreDataMemberAttribute>() is null)
            .Select(EntityProperty.Create)
            .ToList();
        return new EntityMetadata(properties);
    }
}
