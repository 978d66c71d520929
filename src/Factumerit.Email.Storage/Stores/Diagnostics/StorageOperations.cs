using Azure.Core;

namespace Factumerit.Email.Storage.Stores.Diagnostics;

/// <summary>Names a storage request by what it does, from its method and URL (REST shapes in docs/PROTOCOLS).</summary>
public static class StorageOperations
{
    public static string Table(RequestMethod method, string path, bool hasIfMatch)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.EndsWith("/$batch", StringComparison.Ordinal))
        {
            return "batch";
        }
        if (path.EndsWith("/Tables", StringComparison.Ordinal))
        {
            return method == RequestMethod.Get ? "list_tables" : "create_table";
        }
        if (path.Contains("/Tables(", StringComparison.Ordinal))
        {
            return "delete_table";
        }
        if (path.Contains("(PartitionKey=", StringComparison.Ordinal))
        {
            return method.Method switch
            {
                "GET" => "get",
                "DELETE" => "delete",
                _ => hasIfMatch ? "update" : "upsert",
            };
        }
        return path.EndsWith("()", StringComparison.Ordinal) ? "query" : method == RequestMethod.Post ? "insert" : method.Method.ToLowerInvariant();
    }

    public static string Queue(RequestMethod method, string path, string query)
    {
        ArgumentNullException.ThrowIfNull(path);
        query ??= "";
        var messages = path.IndexOf("/messages", StringComparison.Ordinal);
        if (messages < 0)
        {
            return method.Method switch
            {
                "PUT" => "create_queue",
                "DELETE" => "delete_queue",
                _ => query.Contains("comp=metadata", StringComparison.Ordinal) ? "properties" : "list_queues",
            };
        }
        var oneMessage = path.Length > messages + "/messages".Length;
        return method.Method switch
        {
            "POST" => "send",
            "GET" => query.Contains("peekonly=true", StringComparison.OrdinalIgnoreCase) ? "peek" : "receive",
            "PUT" => "update",
            "DELETE" => oneMessage ? "delete" : "clear",
            _ => method.Method.ToLowerInvariant(),
        };
    }
}
