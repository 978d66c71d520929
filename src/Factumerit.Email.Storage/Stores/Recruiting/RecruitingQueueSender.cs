using System.Text.Json;
using Factumerit.Email.Recruiting.Sync;
using Factumerit.Email.Storage.Queues;

namespace Factumerit.Email.Storage.Stores.Recruiting;

/// <summary><see cref="IRecruitingQueue"/> on the <c>recruiting-sync</c> Storage queue (with the assistant's queue prefix).</summary>
public sealed class RecruitingQueueSender(QueueServiceClient queues, RecruitingTables tables) : IRecruitingQueue
{
    private readonly Lazy<Task<QueueClient>> _queue = new(async () =>
    {
        var client = queues.GetQueueClient(tables.QueueName(RecruitingSyncRequested.Queue));
        await client.CreateIfNotExistsAsync(CancellationToken.None).ConfigureAwait(false);
        return client;
    });

    public async Task SendAsync(RecruitingSyncRequested message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var client = await _queue.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        await client.SendMessageAsync(JsonSerializer.Serialize(message, RecruitingMessageJson.Default.RecruitingSyncRequested),
            cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
