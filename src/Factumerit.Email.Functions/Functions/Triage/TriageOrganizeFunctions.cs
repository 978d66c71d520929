using Factumerit.Email.Functions.Api;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Storage.Stores.Triage;
using Factumerit.Email.Triage.Organize;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Factumerit.Email.Functions.Functions.Triage;

/// <summary>Organize Inbox (issue 5, section 8): the page worker and the operator endpoints.</summary>
public static class TriageOrganizeFunctions
{
    public const string Worker = "triage-organize";

    /// <summary>The function definitions (for both hosting modes and function.json).</summary>
    public static IServiceCollection Register(IServiceCollection services)
    {
        services.AddQueueFunction<TriageOrganizeFunction>(Worker, OrganizeRequested.Queue);
        services.AddHttpFunction("triage-organize-start", TriageOrganizeEndpoints.StartRoute, "post");
        services.AddHttpFunction("triage-organize-run", TriageOrganizeEndpoints.RunRoute, "get");
        return services;
    }

    /// <summary>The services behind them. Needs AddGmailAssistantHost and AddTriage.</summary>
    public static IServiceCollection AddTriageOrganizeHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OrganizeOptions>()
            .Bind(configuration.GetSection(OrganizeOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddTriageOrganizeStore();
        services.TryAddSingleton<IInboxThreadLister, GmailInboxThreadLister>();
        services.AddTriageOrganize();
        return services;
    }

    public static WebApplication MapTriageOrganize(this WebApplication app)
    {
        app.MapTriageOrganizeEndpoints();
        return app;
    }
}
