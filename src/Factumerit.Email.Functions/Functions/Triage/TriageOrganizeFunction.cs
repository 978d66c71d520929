using System.Text.Json;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Triage.Organize;

namespace Factumerit.Email.Functions.Functions.Triage;

/// <summary>Queue <c>triage-organize</c>: one page of an Organize Inbox run; a failure is redelivered and resumes that page.</summary>
internal sealed class TriageOrganizeFunction(OrganizeRunner runner) : IQueueFunction
{
    public async Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize(invocation.MessageText, OrganizeMessageJson.Default.OrganizeRequested)
            ?? throw new JsonException($"Queue message for {invocation.FunctionName} is empty.");
        await runner.RunAsync(request, invocation.MessageId, invocation.DequeueCount, cancellationToken);
    }
}
