using System.Text.Json;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Inbound;
using Factumerit.Email.Messages;

namespace Factumerit.Email.Functions.Functions.Inbound;

/// <summary><c>inbound-worker</c> on queue <c>inbound</c>: one <see cref="EmailReceived"/> through <see cref="InboundProcessor"/>.</summary>
internal sealed class InboundWorkerFunction(InboundProcessor processor) : IQueueFunction
{
    public const string Name = "inbound-worker";

    public async Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken)
    {
        var message = JsonSerializer.Deserialize(invocation.MessageText, MessageJsonContext.Default.EmailReceived)
            ?? throw new InvalidDataException($"Message {invocation.MessageId} is not an EmailReceived.");
        using var activity = PipelineTelemetry.StartConsumer("inbound.process", message.TraceParent);
        activity?.SetTag("email.id", message.EmailId);
        try
        {
            var outcome = await processor.ProcessAsync(message, invocation.MessageId, cancellationToken);
            activity?.SetTag("inbound.outcome", outcome);
        }
        catch (Exception ex)
        {
            PipelineTelemetry.Fail(activity, ex);
            throw;
        }
    }
}
