using System.Text.Json;
using Factumerit.Email.Storage.Queues;
using Factumerit.Email.Storage.Stores.Assistant;
using Factumerit.Email.Triage.Organize;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Stores.Triage;

/// <summary><see cref="IOrganizeQueue"/> on the <c>triage-organize</c> Storage queue (with the assistant's queue prefix).</summary>
public sealed class OrganizeQueueSender(QueueServiceClient queues, IOptions<AssistantStorageOptions> options) : IOrganizeQueue
{
    private readonly Lazy<Task<QueueClient>> _queue = new(async () =>
    {
        var client = queues.GetQueueClient(options.Value.Queue(OrganizeRequested.Queue));
        await client.CreateIfNotExistsAsync(CancellationToken.None).ConfigureAwait(false);
        return client;
    });

    public async Task SendAsync(OrganizeRequested message, TimeSpan? delay = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var client = await _queue.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        await client.SendMessageAsync(JsonSerializer.Serialize(message, OrganizeMessageJson.Default.OrganizeRequested),
            delay is { } d && d > TimeSpan.Zero ? d : null, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
