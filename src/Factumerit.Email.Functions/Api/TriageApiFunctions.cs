using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Triage.Review;

namespace Factumerit.Email.Functions.Api;

/// <summary>Triage's operator endpoints: the Review folder and onboarding training.</summary>
public static class TriageApiFunctions
{
    /// <summary>The function definitions (for both hosting modes and function.json).</summary>
    public static IServiceCollection Register(IServiceCollection services)
    {
        services.AddHttpFunction("triage-review", TriageReviewEndpoints.ListRoute, "get");
        services.AddHttpFunction("triage-review-accept", TriageReviewEndpoints.AcceptRoute, "post");
        services.AddHttpFunction("triage-review-override", TriageReviewEndpoints.OverrideRoute, "post");
        services.AddHttpFunction("triage-review-dismiss", TriageReviewEndpoints.DismissRoute, "post");
        services.AddHttpFunction("triage-onboarding", TriageOnboardingEndpoints.SelectRoute, "get");
        services.AddHttpFunction("triage-onboarding-answer", TriageOnboardingEndpoints.AnswerRoute, "post");
        return services;
    }

    /// <summary>The services behind them. Needs AddGmailAssistantHost and AddTriage.</summary>
    public static IServiceCollection AddTriageApi(this IServiceCollection services) => services.AddTriageReview();

    public static WebApplication MapTriageApiEndpoints(this WebApplication app)
    {
        app.MapTriageReviewEndpoints();
        app.MapTriageOnboardingEndpoints();
        return app;
    }
}
