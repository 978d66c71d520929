namespace Factumerit.Email.Storage.Tables;

/// <summary>Addresses of entities inside the service's URL space.</summary>
internal static class TableKeys
{
    /// <summary>OData string literal rules: double every quote, then percent-encode for the path.</summary>
    public static string Escape(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));

    /// <summary>The <c>(PartitionKey='…',RowKey='…')</c> segment that follows a table name.</summary>
    public static string KeySegment(string partitionKey, string rowKey) =>
        $"(PartitionKey='{Escape(partitionKey)}',RowKey='{Escape(rowKey)}')";
}
