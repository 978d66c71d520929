using System.Net;
using System.Text;
using System.Xml.Linq;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Functions.Hosting.Standalone;
using Factumerit.Email.Storage.Queues;
using Factumerit.Email.Tests.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Factumerit.Email.Tests.Hosting.Standalone;

/// <summary>How one message is settled, observed as the requests the queue service receives.</summary>
public sealed class QueueMessageProcessorTests
{
    private readonly StubQueueService _service = new();
    private readonly StandaloneQueueOptions _options = new() { VisibilityTimeout = TimeSpan.FromSeconds(1), RetryDelay = TimeSpan.FromSeconds(7) };

    private QueueMessageProcessor CreateProcessor(Func<QueueInvocation, CancellationToken, Task> behavior)
    {
        var services = new ServiceCollection()
            .AddKeyedScoped<IQueueFunction>("work", (_, _) => new DelegateFunction(behavior))
            .BuildServiceProvider();
        var queues = _service.CreateServiceClient();
        return new QueueMessageProcessor("work", queues.GetQueueClient("inbound"), queues.GetQueueClient("inbound-poison"),
            services.GetRequiredService<IServiceScopeFactory>(), _options, TimeProvider.System, NullLogger.Instance);
    }

    private static QueueMessage Message(long dequeueCount) =>
        new("m1", "pop1", "{\"id\":\"é\"}", dequeueCount, DateTimeOffset.UnixEpoch, null, null);

    private IEnumerable<string> RequestLines => _service.Requests.Select(r => $"{r.Method} {r.Uri.AbsolutePath}");

    [Fact]
    public async Task Success_deletes_the_message_under_its_receipt()
    {
        await CreateProcessor((_, _) => Task.CompletedTask).ProcessAsync(Message(1), CancellationToken.None);

        Assert.Equal(["DELETE /devstoreaccount1/inbound/messages/m1"], RequestLines);
        Assert.Contains("popreceipt=pop1", _service.Requests[0].Uri.Query);
    }

    [Fact]
    public async Task A_failure_before_the_last_delivery_hides_the_message_for_the_retry_delay()
    {
        await CreateProcessor((_, _) => throw new InvalidOperationException()).ProcessAsync(Message(4), CancellationToken.None);

        var request = Assert.Single(_service.Requests);
        Assert.Equal("PUT /devstoreaccount1/inbound/messages/m1", $"{request.Method} {request.Uri.AbsolutePath}");
        Assert.Contains("visibilitytimeout=7", request.Uri.Query);
    }

    [Fact]
    public async Task A_failure_on_the_last_delivery_copies_the_original_text_to_poison_then_deletes_it()
    {
        _service.Respond(HttpStatusCode.Created, QueueResponses.SendReceipt());

        await CreateProcessor((_, _) => throw new InvalidOperationException()).ProcessAsync(Message(5), CancellationToken.None);

        Assert.Equal(["POST /devstoreaccount1/inbound-poison/messages", "DELETE /devstoreaccount1/inbound/messages/m1"], RequestLines);
        var wire = XDocument.Parse(_service.Requests[0].BodyText).Root!.Element("MessageText")!.Value;
        Assert.Equal("{\"id\":\"é\"}", Encoding.UTF8.GetString(Convert.FromBase64String(wire)));
    }

    [Fact]
    public async Task A_delivery_beyond_the_limit_is_poisoned_without_running_the_function()
    {
        _service.Respond(HttpStatusCode.Created, QueueResponses.SendReceipt());
        var ran = false;

        await CreateProcessor((_, _) => { ran = true; return Task.CompletedTask; }).ProcessAsync(Message(6), CancellationToken.None);

        Assert.False(ran);
        Assert.Equal(["POST /devstoreaccount1/inbound-poison/messages", "DELETE /devstoreaccount1/inbound/messages/m1"], RequestLines);
    }

    [Fact]
    public async Task When_the_lease_is_lost_the_function_is_cancelled_and_the_message_is_left_alone()
    {
        _service.Respond(HttpStatusCode.NotFound, QueueResponses.Error("MessageNotFound", "gone"), ("x-ms-error-code", "MessageNotFound"));
        var cancelled = false;

        await CreateProcessor(async (_, ct) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
                throw;
            }
        }).ProcessAsync(Message(1), CancellationToken.None);

        Assert.True(cancelled);
        Assert.Equal(["PUT /devstoreaccount1/inbound/messages/m1"], RequestLines);
    }

    [Fact]
    public async Task A_renewed_lease_is_settled_with_the_new_receipt()
    {
        _service.Respond(HttpStatusCode.NoContent, null, ("x-ms-popreceipt", "pop2"), ("x-ms-time-next-visible", QueueResponses.NextVisible));
        var processor = CreateProcessor(async (_, ct) =>
        {
            while (_service.Requests.Count == 0)
            {
                await Task.Delay(20, ct);
            }
        });

        await processor.ProcessAsync(Message(1), CancellationToken.None);

        Assert.Equal(["PUT /devstoreaccount1/inbound/messages/m1", "DELETE /devstoreaccount1/inbound/messages/m1"], RequestLines);
        Assert.Contains("popreceipt=pop2", _service.Requests[1].Uri.Query);
    }

    private sealed class DelegateFunction(Func<QueueInvocation, CancellationToken, Task> behavior) : IQueueFunction
    {
        public Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken) => behavior(invocation, cancellationToken);
    }
}
