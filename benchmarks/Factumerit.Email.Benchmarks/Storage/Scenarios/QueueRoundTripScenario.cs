using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Queues;

namespace Factumerit.Email.Benchmarks.Storage.Scenarios;

/// <summary>
/// Send one message, receive it, delete it: the life of one queue-triggered job, done sequentially. When the
/// benchmark owns the emulator, every round starts on a fresh queue emulator (see <see cref="Infrastructure.AzuriteLauncher"/>)
/// that both clients warm up before either is timed.
/// </summary>
internal sealed class QueueRoundTripScenario(
    QueueServiceClient service, int iterations, Func<CancellationToken, Task<string>>? freshEmulator) : IStorageScenario
{
    /// <summary>A small JSON job message, as the pipeline's queues carry; the node script sends the same text.</summary>
    public const string MessageText =
        "{\"messageId\":\"<20260101.000000.0001@example.com>\",\"mailbox\":\"support\",\"attempt\":1,\"stage\":\"classify\"}";

    private QueueServiceClient _service = service;

    public string Id => "queue-round-trip";
    public string Title => "Queue send → receive → delete (sequential)";
    public string Operation => "round trip";
    public string? ItemName => null;
    public int Iterations => iterations;
    public int Concurrency => 1;
    public int RoundWarmupIterations => freshEmulator is null ? 0 : 100;

    public async Task<string?> BeginRoundAsync(CancellationToken cancellationToken)
    {
        if (freshEmulator is null)
        {
            return null;
        }
        var connectionString = await freshEmulator(cancellationToken);
        _service = new QueueServiceClient(StorageConnection.Parse(connectionString));
        return connectionString;
    }

    public async Task<string> PrepareAsync(CancellationToken cancellationToken)
    {
        var name = ResourceNames.Unique("bque");
        await _service.GetQueueClient(name).CreateIfNotExistsAsync(cancellationToken);
        return name;
    }

    public Task<RoundResult> RunOursAsync(string resource, int count, CancellationToken cancellationToken)
    {
        var queue = _service.GetQueueClient(resource);
        return Measure.RunAsync(count, 1, async _ =>
        {
            await queue.SendMessageAsync(MessageText, cancellationToken: cancellationToken);
            var received = await queue.ReceiveMessagesAsync(1, cancellationToken: cancellationToken);
            if (received.Value is not [{ } message] || message.MessageText != MessageText)
            {
                throw new InvalidOperationException("The message sent was not the one received.");
            }
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            return 1;
        });
    }

    public async Task CleanupAsync(string resource, CancellationToken cancellationToken) =>
        await _service.GetQueueClient(resource).DeleteIfExistsAsync(cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
