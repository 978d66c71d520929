using Factumerit.Email.Functions.Api;
using Factumerit.Email.Functions.Functions.Assistant;
using Factumerit.Email.Functions.Functions.Assistant.Drafting;
using Factumerit.Email.Functions.Functions.Digest;
using Factumerit.Email.Functions.Functions.Inbound;
using Factumerit.Email.Functions.Functions.Recruiting;
using Factumerit.Email.Functions.Functions.Scheduling;
using Factumerit.Email.Functions.Functions.Triage;
using Factumerit.Email.Functions.Health;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Functions.Webhooks;

namespace Factumerit.Email.Functions.Functions;

/// <summary>
/// The production functions, registered in one place. Program.cs calls it to run them; the function.json generator
/// and its drift test call it to describe them, without starting a host.
/// </summary>
public static class FunctionCatalog
{
    /// <param name="configuration">The deployment's settings; the assistant's queue prefix is read from it.</param>
    public static IServiceCollection Register(IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        // HTTP functions need a function.json too, or the Functions host will not proxy their route to us.
        services.AddHttpFunction("health", HealthEndpoint.Route, "get");
        AssistantFunctions.Register(services);
        services.AddHttpFunction(ResendWebhookEndpoint.FunctionName, ResendWebhookEndpoint.Route, "post");
        services.AddQueueFunction<InboundWorkerFunction>(InboundWorkerFunction.Name, InboundQueues.Inbound);
        services.AddQueueFunction<OutboundSenderFunction>(OutboundSenderFunction.Name, InboundQueues.Outbound);
        RecruitingFunctions.Register(services);
        TriageOrganizeFunctions.Register(services);
        TriageApiFunctions.Register(services);
        services.AddAssistantDraftingFunctions();
        services.AddSchedulingFunctions();
        DigestFunctions.Register(services);
        TriageFunctions.Register(services);
        AssistantQueuePrefix.Apply(services, configuration);
        return services;
    }

    /// <summary>The production registry, built from the same registrations Program.cs makes.</summary>
    public static FunctionRegistry BuildRegistry(IConfiguration? configuration = null)
    {
        var services = new ServiceCollection();
        Register(services, configuration);
        return new FunctionRegistry(services
            .Where(d => d.ServiceType == typeof(FunctionDefinition) && d.ImplementationInstance is FunctionDefinition)
            .Select(d => (FunctionDefinition)d.ImplementationInstance!));
    }
}
