using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Functions.Hosting;

namespace Factumerit.Email.Functions.Functions.Assistant;

/// <summary>Queue <c>classify</c>: classify one new message, label its thread, and request a draft if it needs a response.</summary>
internal sealed class ClassifyEmailFunction(EmailClassificationService classification) : IQueueFunction
{
    public Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken) =>
        classification.ClassifyAsync(AssistantQueueMessage.Read<ClassifyRequested>(invocation), cancellationToken);
}
