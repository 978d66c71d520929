using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Providers.Vikunja;

internal sealed class VikunjaAuthHandler(IOptions<VikunjaOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.ApiToken);
        return base.SendAsync(request, cancellationToken);
    }
}
