using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Functions.Hosting;

namespace Factumerit.Email.Functions.Functions.Triage;

public static class TriageFunctions
{
    public const string LabelChange = "triage-label-change";

    /// <summary>Triage's queue functions; the services come from <c>AddTriageStore().AddTriage()</c>.</summary>
    public static IServiceCollection Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddQueueFunction<TriageLabelChangeFunction>(LabelChange, AssistantQueues.TriageLabelChange);
        return services;
    }
}
