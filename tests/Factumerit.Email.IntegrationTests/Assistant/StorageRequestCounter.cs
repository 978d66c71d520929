using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary>Counts the storage requests the host makes (an Azure.Core policy on the table and queue pipelines).</summary>
public sealed class StorageRequestCounter : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<(string Method, string Path, bool ReturnedMessages)> _requests = new();

    public IReadOnlyList<(string Method, string Path, bool ReturnedMessages)> Requests => [.. _requests];

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ProcessNext(message, pipeline);
        Record(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        Record(message);
    }

    /// <summary>Table requests whose path names one of the test's tables.</summary>
    public int TableRequests(string tablePrefix) => Requests.Count(r => r.Path.Contains("/" + tablePrefix, StringComparison.Ordinal));

    /// <summary>Messages sent to the test's queues.</summary>
    public int QueueSends(string queuePrefix) =>
        Requests.Count(r => r.Method == "POST" && r.Path.Contains("/" + queuePrefix, StringComparison.Ordinal) && r.Path.EndsWith("/messages", StringComparison.Ordinal));

    /// <summary>Receives that returned a message, and deletes of processed messages, on the test's queues.</summary>
    public int QueueReceivesAndDeletes(string queuePrefix) =>
        Requests.Count(r => r.Path.Contains("/" + queuePrefix, StringComparison.Ordinal)
            && ((r.Method == "GET" && r.ReturnedMessages) || (r.Method == "DELETE" && r.Path.Contains("/messages/", StringComparison.Ordinal))));

    private void Record(HttpMessage message)
    {
        var returned = message.Request.Method == RequestMethod.Get && message.Response.Content is { } content
            && content.ToString().Contains("<QueueMessage>", StringComparison.Ordinal);
        _requests.Enqueue((message.Request.Method.Method, message.Request.Uri.Path, returned));
    }
}
