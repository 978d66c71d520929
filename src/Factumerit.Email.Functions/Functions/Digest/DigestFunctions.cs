using Factumerit.Email.Digest;
using Factumerit.Email.Functions.Api;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Storage.Stores.Personas;

namespace Factumerit.Email.Functions.Functions.Digest;

/// <summary>The daily digest: the hourly timer, its mailbox sections, and the one-click link endpoint.</summary>
public static class DigestFunctions
{
    public const string Link = "digest-link";

    /// <summary>The function definitions (for both hosting modes and function.json).</summary>
    public static IServiceCollection Register(IServiceCollection services)
    {
        services.AddTimerFunction<DigestHourlyFunction>(DigestHourlyFunction.Name, DigestHourlyFunction.Schedule);
        services.AddHttpFunction(Link, DigestLinkEndpoints.Route, "get", "post");
        return services;
    }

    /// <summary>
    /// <see cref="DigestOptions"/> from section "Digest" (validated at start), the Gmail assistant and recruiting
    /// sections and what the link endpoint runs. Needs the persona, assistant, triage (with Review), recruiting and
    /// scheduler services.
    /// </summary>
    public static IServiceCollection AddDigestHost(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>()
            .BindConfiguration(DigestOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddDigestComposer();
        services.AddDigestReaders();
        services.AddDigestMailboxSections();
        services.AddScoped<DigestActionPerformer>();
        return services;
    }

    public static WebApplication MapDigestEndpoints(this WebApplication app)
    {
        app.MapDigestLinkEndpoints();
        return app;
    }
}
