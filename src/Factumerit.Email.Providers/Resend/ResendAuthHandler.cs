using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Providers.Resend;

/// <summary>Adds <c>Authorization: Bearer</c> and the User-Agent Resend requires to every request.</summary>
internal sealed class ResendAuthHandler(IOptions<ResendOptions> options) : DelegatingHandler
{
    /// <summary>Set on requests to pre-signed URLs, which must not carry the API key to another host.</summary>
    public static readonly HttpRequestOptionsKey<bool> Anonymous = new("Factumerit.Resend.Anonymous");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!request.Options.TryGetValue(Anonymous, out var anonymous) || !anonymous)
        {
            if (!settings.HasApiKey)
            {
                throw new InvalidOperationException("Resend:ApiKey is not set, so nothing can be sent to Resend (development mode).");
            }
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey);
        }
        if (request.Headers.UserAgent.Count == 0)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
