using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Functions.Api;

/// <summary>Section "Admin": <c>Admin__ApiKey</c> guards the operator API. No key means the API is off.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    public string? ApiKey { get; set; }
}

/// <summary>
/// The operator API's guard. Without <c>Admin__ApiKey</c> the API does not exist: every operator route answers
/// 404, so an unconfigured deployment exposes nothing. With a key, the request must present it as
/// <c>Authorization: Bearer &lt;key&gt;</c> or <c>x-api-key: &lt;key&gt;</c>, else 401. Keys are compared as
/// SHA-256 digests in constant time, so neither content nor length leaks through timing.
/// </summary>
internal sealed class AdminApiKeyFilter(IOptions<AdminOptions> options) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var configured = options.Value.ApiKey;
        if (string.IsNullOrWhiteSpace(configured))
        {
            return ValueTask.FromResult<object?>(Results.NotFound());
        }
        var presented = Presented(context.HttpContext.Request);
        return presented is not null && Matches(presented, configured.Trim())
            ? next(context)
            : ValueTask.FromResult<object?>(Results.Unauthorized());
    }

    private static string? Presented(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }
        var header = request.Headers["x-api-key"].ToString();
        return string.IsNullOrEmpty(header) ? null : header.Trim();
    }

    private static bool Matches(string presented, string configured) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
}

public static class AdminApiKeyExtensions
{
    public static IServiceCollection AddAdminApiKey(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.SectionName));
        return services;
    }

    /// <summary>Puts an operator endpoint behind <c>Admin__ApiKey</c>.</summary>
    public static TBuilder RequireAdminApiKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, AdminApiKeyFilter>();
}
