using Factumerit.Email.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Factumerit.Email.Functions.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// Exports the <c>Factumerit.Email</c> spans and metrics over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set
    /// (the exporter reads the standard <c>OTEL_*</c> variables itself). Without it nothing is collected.
    /// </summary>
    public static IServiceCollection AddEmailTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return services;
        }
        var resource = ResourceBuilder.CreateDefault().AddService(EmailTelemetry.Name,
            serviceVersion: typeof(TelemetryExtensions).Assembly.GetName().Version?.ToString());
        services.AddSingleton(_ => Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource).AddSource(EmailTelemetry.Name).AddOtlpExporter().Build());
        services.AddSingleton(_ => Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource).AddMeter(EmailTelemetry.Name).AddOtlpExporter().Build());
        services.AddHostedService<TelemetryStarter>();
        return services;
    }

    /// <summary>Builds the providers at start-up (they listen from then on) and disposes them, flushing, at shutdown.</summary>
    private sealed class TelemetryStarter(TracerProvider tracing, MeterProvider metrics) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken)
        {
            tracing.ForceFlush(5000);
            metrics.ForceFlush(5000);
            return Task.CompletedTask;
        }
    }
}
