using System.Net;
using System.Net.Http.Headers;

namespace Factumerit.Email.Providers.Gmail.Http;

/// <summary>
/// Adds the mailbox credential's bearer token. A 401 means the token was revoked or expired early: refresh it
/// once and resend; a second 401 is the caller's error to see.
/// </summary>
internal sealed class GmailAuthenticationHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var credential = GmailRequestContext.From(request).Credential;
        var token = await credential.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        var fresh = await credential.RefreshAsync(token, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
