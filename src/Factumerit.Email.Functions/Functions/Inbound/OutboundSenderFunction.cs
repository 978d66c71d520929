using System.Text.Json;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Messages;

namespace Factumerit.Email.Functions.Functions.Inbound;

/// <summary><c>outbound-sender</c> on queue <c>outbound</c>: sends one outbox email through <see cref="OutboundSender"/>.</summary>
internal sealed class OutboundSenderFunction(OutboundSender sender) : IQueueFunction
{
    public const string Name = "outbound-sender";

    public async Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken)
    {
        var message = JsonSerializer.Deserialize(invocation.MessageText, MessageJsonContext.Default.SendRequested)
            ?? throw new InvalidDataException($"Message {invocation.MessageId} is not a SendRequested.");
        using var activity = PipelineTelemetry.StartConsumer("outbound.send", message.TraceParent);
        try
        {
            var result = await sender.SendAsync(message, cancellationToken);
            activity?.SetTag("outbound.result", result);
        }
        catch (Exception ex)
        {
            PipelineTelemetry.Fail(activity, ex);
            throw;
        }
    }
}
