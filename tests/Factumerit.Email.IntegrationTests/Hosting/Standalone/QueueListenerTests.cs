using Factumerit.Email.IntegrationTests.Infrastructure;
using static Factumerit.Email.IntegrationTests.Hosting.Standalone.ListenerHarness;

namespace Factumerit.Email.IntegrationTests.Hosting.Standalone;

[Collection(AzuriteCollection.Name)]
public sealed class QueueListenerTests(AzuriteFixture azurite)
{
    private readonly string _queueName = AzuriteFixture.UniqueName("work");
    private readonly FunctionProbe _probe = new();

    [Fact]
    public async Task A_message_is_processed_once_with_its_text_and_then_deleted()
    {
        const string text = """{"emailId":"e-1","subject":"Grüße ✉"}""";
        var queue = Queue(azurite, _queueName);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync(text);

        using var host = BuildHost(azurite, _queueName, _probe);
        await host.StartAsync();
        await EventuallyAsync(() => !_probe.Completed.IsEmpty, "the function to complete");
        await EventuallyAsync(() => IsEmptyAsync(queue), "the message to be deleted");
        await host.StopAsync();

        var run = Assert.Single(_probe.Started);
        Assert.Equal(text, run.MessageText);
        Assert.Equal(FunctionName, run.FunctionName);
        Assert.Equal(1, run.DequeueCount);
        Assert.True(await IsEmptyAsync(Queue(azurite, _queueName + "-poison")));
    }

    [Fact]
    public async Task A_message_that_always_fails_runs_five_times_then_moves_to_poison_with_its_original_text()
    {
        const string text = """{"emailId":"e-2","note":"日本語 & <xml>"}""";
        _probe.Behavior = (_, _) => throw new InvalidOperationException("always fails");
        var queue = Queue(azurite, _queueName);
        var poison = Queue(azurite, _queueName + "-poison");
        await queue.CreateIfNotExistsAsync();
        await poison.CreateIfNotExistsAsync();
        await queue.SendMessageAsync(text);

        using var host = BuildHost(azurite, _queueName, _probe);
        await host.StartAsync();
        await EventuallyAsync(async () => (await poison.PeekMessagesAsync()).Value.Length == 1, "the message to reach the poison queue");
        await host.StopAsync();

        Assert.Equal(text, Assert.Single((await poison.PeekMessagesAsync(32)).Value).MessageText);
        Assert.True(await IsEmptyAsync(queue));
        Assert.Equal([1L, 2, 3, 4, 5], _probe.Started.Select(r => r.DequeueCount).Order());
    }

    [Fact]
    public async Task A_function_slower_than_the_lease_keeps_its_message_and_runs_once()
    {
        // Five leases long; the lease is renewed every half lease, which leaves room for a busy machine.
        _probe.Behavior = (_, ct) => Task.Delay(TimeSpan.FromSeconds(10), ct);
        var queue = Queue(azurite, _queueName);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync("slow work");

        using var host = BuildHost(azurite, _queueName, _probe, ("Queues:VisibilityTimeout", "00:00:02"));
        await host.StartAsync();
        await EventuallyAsync(() => !_probe.Completed.IsEmpty, "the slow function to complete");
        await EventuallyAsync(() => IsEmptyAsync(queue), "the message to be deleted");
        await host.StopAsync();

        Assert.Single(_probe.Started);
    }

    [Fact]
    public async Task Shutdown_during_work_leaves_the_message_in_the_queue()
    {
        _probe.Behavior = (_, ct) => Task.Delay(Timeout.Infinite, ct);
        var queue = Queue(azurite, _queueName);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync("interrupted");

        using var host = BuildHost(azurite, _queueName, _probe);
        await host.StartAsync();
        await EventuallyAsync(() => !_probe.Started.IsEmpty, "the function to start");
        await host.StopAsync();

        Assert.Empty(_probe.Completed);
        var left = Assert.Single((await queue.PeekMessagesAsync(32)).Value);
        Assert.Equal("interrupted", left.MessageText);
        Assert.True(await IsEmptyAsync(Queue(azurite, _queueName + "-poison")));
    }

    [Fact]
    public async Task Two_listeners_on_one_queue_process_each_message_exactly_once()
    {
        const int count = 40;
        _probe.Behavior = (_, ct) => Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 60)), ct);
        var queue = Queue(azurite, _queueName);
        await queue.CreateIfNotExistsAsync();
        for (var i = 0; i < count; i++)
        {
            await queue.SendMessageAsync($"message {i}");
        }

        using var first = BuildHost(azurite, _queueName, _probe, ("Queues:BatchSize", "4"));
        using var second = BuildHost(azurite, _queueName, _probe, ("Queues:BatchSize", "4"));
        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        await EventuallyAsync(() => _probe.Completed.Count >= count, "every message to be processed");
        await EventuallyAsync(() => IsEmptyAsync(queue), "every message to be deleted");
        await Task.WhenAll(first.StopAsync(), second.StopAsync());

        Assert.Equal(
            Enumerable.Range(0, count).Select(i => $"message {i}").Order(),
            _probe.Started.Select(r => r.MessageText).Order());
    }
}
