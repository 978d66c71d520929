using System.Text.Json;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Recruiting.Sync;

namespace Factumerit.Email.Functions.Functions.Recruiting;

/// <summary>Queue <c>recruiting-sync</c>: runs one recruiting sync task; a failure is redelivered and resumes from its cursor.</summary>
internal sealed class RecruitingSyncFunction(RecruitingSyncRunner runner) : IQueueFunction
{
    public async Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize(invocation.MessageText, RecruitingMessageJson.Default.RecruitingSyncRequested)
            ?? throw new JsonException($"Queue message for {invocation.FunctionName} is empty.");
        await runner.RunAsync(request, null, cancellationToken);
    }
}
