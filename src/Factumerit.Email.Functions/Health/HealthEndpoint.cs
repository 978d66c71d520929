using System.Reflection;
using System.Text.Json.Serialization;

namespace Factumerit.Email.Functions.Health;

/// <summary><c>GET /api/health</c>: build version and storage reachability; 503 when storage cannot be reached.</summary>
internal static class HealthEndpoint
{
    public const string Route = "health";

    public static string Version { get; } =
        typeof(HealthEndpoint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(HealthEndpoint).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/" + Route, async (IStorageProbe probe, CancellationToken cancellationToken) =>
        {
            var result = await probe.ProbeAsync(cancellationToken);
            var report = new HealthReport(result.Reachable ? "healthy" : "unhealthy", Version,
                new StorageHealth(State(result.Tables), State(result.Queues)));
            return TypedResults.Json(report, HealthJsonContext.Default.HealthReport,
                statusCode: result.Reachable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }

    private static string State(ServiceProbe probe) => probe.Reachable ? "reachable" : "unreachable";
}

internal sealed record HealthReport(string Status, string Version, StorageHealth Storage);

internal sealed record StorageHealth(string Tables, string Queues);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(HealthReport))]
internal sealed partial class HealthJsonContext : JsonSerializerContext;
