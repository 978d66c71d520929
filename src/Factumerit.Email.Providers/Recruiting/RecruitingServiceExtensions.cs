using Factumerit.Email.Providers.Assistant;
using Factumerit.Email.Recruiting;
using Factumerit.Email.Recruiting.Inbox;
using Factumerit.Email.Recruiting.Leads;
using Factumerit.Email.Recruiting.Pipeline;
using Factumerit.Email.Recruiting.Signals;
using Factumerit.Email.Recruiting.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Factumerit.Email.Providers.Recruiting;

public static class RecruitingServiceExtensions
{
    /// <summary>
    /// The recruiting module (section "Recruiting"): pipeline, signals, leads and the sync, reading mail through each
    /// mailbox's Gmail client. Needs <c>AddGmail</c>, <c>AddLlm</c>, <c>AddGmailAssistant</c> and the recruiting stores.
    /// </summary>
    public static IServiceCollection AddRecruiting(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RecruitingOptions>()
            .Bind(configuration.GetSection(RecruitingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MailboxGmailClients>();
        services.TryAddSingleton<IRecruitingMailFactory, GmailRecruitingMailFactory>();
        services.TryAddSingleton<SignalClassifier>();
        services.TryAddSingleton<LeadExtractor>();
        services.TryAddSingleton<RecruitingMessageProcessor>();
        services.TryAddSingleton<RecruitingSyncStarter>();
        services.TryAddSingleton<RecruitingSyncRunner>();
        services.TryAddSingleton<PipelineService>();
        services.TryAddSingleton<SignalService>();
        services.TryAddSingleton<LeadService>();
        return services;
    }
}
