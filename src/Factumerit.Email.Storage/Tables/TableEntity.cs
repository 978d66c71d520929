using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Azure;

namespace Factumerit.Email.Storage.Tables;

/// <summary>
/// A schemaless entity: a dictionary of property values, as in the official Azure.Data.Tables. The system
/// properties live in the dictionary too (<c>PartitionKey</c>, <c>RowKey</c>, <c>Timestamp</c>, <c>odata.etag</c>).
/// </summary>
public sealed partial class TableEntity : ITableEntity, IDictionary<string, object>
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    public TableEntity()
    {
    }

    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public TableEntity(IDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (key, value) in values)
        {
            _values[key] = value;
        }
    }

    public string PartitionKey
    {
        get => GetString(TableConstants.PartitionKey) ?? "";
        set => _values[TableConstants.PartitionKey] = value;
    }

    public string RowKey
    {
        get => GetString(TableConstants.RowKey) ?? "";
        set => _values[TableConstants.RowKey] = value;
    }

    public DateTimeOffset? Timestamp
    {
        get => GetDateTimeOffset(TableConstants.Timestamp);
        set => Put(TableConstants.Timestamp, value);
    }

    public ETag ETag
    {
        get => GetString(TableConstants.ODataEtag) is { } tag ? new ETag(tag) : default;
        set => Put(TableConstants.ODataEtag, value == default ? null : value.ToString());
    }

    public object this[string key]
    {
        get => _values[key];
        set => _values[key] = value;
    }

    public ICollection<string> Keys => _values.Keys;
    public ICollection<object> Values => _values.Values;
    public int Count => _values.Count;
    bool ICollection<KeyValuePair<string, object>>.IsReadOnly => false;

    public void Add(string key, object value) => _values.Add(key, value);
    public bool ContainsKey(string key) => _values.ContainsKey(key);
    public bool Remove(string key) => _values.Remove(key);
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value) => _values.TryGetValue(key, out value);
    public void Clear() => _values.Clear();
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _values.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => _values.GetEnumerator();

    void ICollection<KeyValuePair<string, object>>.Add(KeyValuePair<string, object> item) => _values.Add(item.Key, item.Value);
    bool ICollection<KeyValuePair<string, object>>.Contains(KeyValuePair<string, object> item) =>
        ((ICollection<KeyValuePair<string, object>>)_values).Contains(item);
    void ICollection<KeyValuePair<string, object>>.CopyTo(KeyValuePair<string, object>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, object>>)_values).CopyTo(array, arrayIndex);
    bool ICollection<KeyValuePair<string, object>>.Remove(KeyValuePair<string, object> item) =>
        ((ICollection<KeyValuePair<string, object>>)_values).Remove(item);

    private void Put(string key, object? value)
    {
        if (value is null)
        {
            _values.Remove(key);
        }
        else
        {
            _values[key] = value;
        }
    }
}
