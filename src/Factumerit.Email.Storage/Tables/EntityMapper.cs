using Azure;

namespace Factumerit.Email.Storage.Tables;

/// <summary>Moves values between entity objects (a <see cref="TableEntity"/> or a mapped class) and wire values.</summary>
internal static class EntityMapper
{
    /// <summary>The non-system, non-null properties of an entity, normalised to wire values.</summary>
    public static List<KeyValuePair<string, object>> ToProperties(ITableEntity entity)
    {
        var result = new List<KeyValuePair<string, object>>();
        if (entity is TableEntity dictionary)
        {
            foreach (var (name, value) in dictionary)
            {
                if (value is not null && !IsSystem(name))
                {
                    result.Add(new(name, EntityValues.Normalize(name, value)));
                }
            }
            return result;
        }

        foreach (var property in EntityMetadata.For(entity.GetType()).Properties)
        {
            if (property.Get(entity) is { } value)
            {
                result.Add(new(property.Name, EntityValues.Normalize(property.Name, value)));
            }
        }
        return result;
    }

    public static T FromProperties<T>(Dictionary<string, object> values, ETag etag)
        where T : class, ITableEntity, new()
    {
        if (typeof(T) == typeof(TableEntity))
        {
            var dictionary = new TableEntity(values) { ETag = etag };
            return (T)(object)dictionary;
        }

        var entity = new T { ETag = etag };
        var metadata = EntityMetadata.For(typeof(T));
        foreach (var (name, value) in values)
        {
            switch (name)
            {
                case TableConstants.PartitionKey:
                    entity.PartitionKey = (string)value;
                    break;
                case TableConstants.RowKey:
                    entity.RowKey = (string)value;
                    break;
                case TableConstants.Timestamp:
                    entity.Timestamp = value as DateTimeOffset?;
                    break;
                default:
                    if (metadata.ByName.TryGetValue(name, out var property))
                    {
                        property.Set(entity, EntityValues.ToProperty(property, value));
                    }
                    break;
            }
        }
        return entity;
    }

    private static bool IsSystem(string name) =>
        name is TableConstants.PartitionKey or TableConstants.RowKey or TableConstants.Timestamp or TableConstants.ODataEtag
        || name.EndsWith(TableConstants.ODataTypeSuffix, StringComparison.Ordinal);
}
