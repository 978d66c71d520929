using Factumerit.Email.Functions.Api;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Providers.Recruiting;
using Factumerit.Email.Recruiting.Sync;
using Factumerit.Email.Storage.Stores.Recruiting;

namespace Factumerit.Email.Functions.Functions.Recruiting;

/// <summary>The recruiting module (issue 6): the sync queue function and the operator endpoints.</summary>
public static class RecruitingFunctions
{
    public const string Sync = "recruiting-sync";

    /// <summary>The function definitions (for both hosting modes and function.json).</summary>
    public static IServiceCollection Register(IServiceCollection services)
    {
        services.AddQueueFunction<RecruitingSyncFunction>(Sync, RecruitingSyncRequested.Queue);
        services.AddHttpFunction("recruiting-companies", RecruitingPipelineEndpoints.CompaniesRoute, "get", "post");
        services.AddHttpFunction("recruiting-contacts", RecruitingPipelineEndpoints.ContactsRoute, "get", "post");
        services.AddHttpFunction("recruiting-sync-start", RecruitingSyncEndpoints.SyncRoute, "post");
        services.AddHttpFunction("recruiting-task", RecruitingSyncEndpoints.TaskRoute, "get");
        services.AddHttpFunction("recruiting-signals", RecruitingReviewEndpoints.SignalsRoute, "get");
        services.AddHttpFunction("recruiting-signal-dismiss", RecruitingReviewEndpoints.DismissRoute, "post");
        services.AddHttpFunction("recruiting-signal-apply", RecruitingReviewEndpoints.ApplyRoute, "post");
        services.AddHttpFunction("recruiting-leads", RecruitingReviewEndpoints.LeadsRoute, "get");
        services.AddHttpFunction("recruiting-lead-approve", RecruitingReviewEndpoints.ApproveRoute, "post");
        services.AddHttpFunction("recruiting-lead-reject", RecruitingReviewEndpoints.RejectRoute, "post");
        return services;
    }

    /// <summary>The services behind them. Needs AddGmailAssistantHost (stores, Gmail clients, admin key) and AddLlm.</summary>
    public static IServiceCollection AddRecruitingHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRecruitingStores();
        services.AddRecruiting(configuration);
        return services;
    }

    public static WebApplication MapRecruitingEndpoints(this WebApplication app)
    {
        app.MapRecruitingPipelineEndpoints();
        app.MapRecruitingReviewEndpoints();
        app.MapRecruitingSyncEndpoints();
        return app;
    }
}
