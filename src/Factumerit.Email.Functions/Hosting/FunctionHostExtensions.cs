using System.Net;
using Factumerit.Email.Functions.Health;
using Factumerit.Email.Functions.Hosting.CustomHandler;
using Factumerit.Email.Functions.Hosting.Standalone;
using Factumerit.Email.Functions.Hosting.Timers;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Factumerit.Email.Functions.Hosting;

public static class FunctionHostExtensions
{
    /// <summary>
    /// The host's own services: the hosting mode, the function registry, the Kestrel binding for custom-handler
    /// mode, the standalone timer runner and the storage health probe. Functions register separately.
    /// </summary>
    public static IServiceCollection AddFunctionHost(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => HostingMode.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.AddFunctionRegistry();
        services.AddOptions<KestrelServerOptions>().Configure<HostingMode>((kestrel, mode) =>
        {
            // The Functions host reaches us on loopback only; nothing else should.
            if (mode.CustomHandlerPort is int port)
            {
                kestrel.Listen(IPAddress.Loopback, port);
            }
        });
        services.AddStandaloneHostedService<TimerRunner>();
        services.AddStandaloneQueueListeners();
        services.AddHttpClient<IStorageProbe, HttpStorageProbe>(http => http.Timeout = TimeSpan.FromSeconds(5));
        return services;
    }

    /// <summary>Registers <typeparamref name="T"/> to run only in standalone mode (queue listeners, timers).</summary>
    public static IServiceCollection AddStandaloneHostedService<T>(this IServiceCollection services)
        where T : class, IHostedService
    {
        services.TryAddSingleton<T>();
        services.AddHostedService(sp => new StandaloneHostedService<T>(sp.GetRequiredService<HostingMode>(), sp));
        return services;
    }

    /// <summary>
    /// Maps readiness (<c>GET /</c>), health, and in custom-handler mode the invocation endpoint. Resolving the mode
    /// and the registry here makes a bad setting or definition fail start-up with its name.
    /// </summary>
    public static WebApplication MapFunctionHost(this WebApplication app)
    {
        var mode = app.Services.GetRequiredService<HostingMode>();
        var registry = app.Services.GetRequiredService<FunctionRegistry>();
        Log.HostingModeChosen(app.Logger, mode, registry.All.Count);

        app.MapGet("/", () => TypedResults.Ok());
        app.MapHealthEndpoint();
        if (mode.IsCustomHandler)
        {
            app.MapInvocationEndpoint();
        }
        return app;
    }
}
