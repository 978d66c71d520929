using System.Collections.Concurrent;
using System.Text.Json;
using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Storage.Queues;

namespace Factumerit.Email.Storage.Stores.Assistant;

/// <summary>
/// <see cref="IAssistantQueue"/> on Storage queues: JSON from <see cref="AssistantMessageJson"/>, queue names with
/// the configured prefix, each queue created once per process.
/// </summary>
public sealed class AssistantQueueSender(QueueServiceClient queues, AssistantTables tables) : IAssistantQueue
{
    private readonly ConcurrentDictionary<string, Lazy<Task<QueueClient>>> _created = new(StringComparer.Ordinal);

    public async Task SendAsync<T>(string queue, T message, TimeSpan? delay = null, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);
        ArgumentNullException.ThrowIfNull(message);
        var type = AssistantMessageJson.Default.GetTypeInfo(message.GetType())
            ?? throw new ArgumentException($"{message.GetType().Name} is not an assistant queue message.", nameof(message));
        var text = JsonSerializer.Serialize(message, type);
        var client = await GetAsync(tables.Names.Queue(queue), cancellationToken).ConfigureAwait(false);
        await client.SendMessageAsync(text, delay is { } d && d > TimeSpan.Zero ? d : null, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<QueueClient> GetAsync(string name, CancellationToken cancellationToken)
    {
        var lazy = _created.GetOrAdd(name, n => new Lazy<Task<QueueClient>>(async () =>
        {
            var client = queues.GetQueueClient(n);
            await client.CreateIfNotExistsAsync(CancellationToken.None).ConfigureAwait(false);
            return client;
        }));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch when (lazy.Value.IsFaulted)
        {
            _created.TryRemove(KeyValuePair.Create(name, lazy));
            throw;
        }
    }
}
