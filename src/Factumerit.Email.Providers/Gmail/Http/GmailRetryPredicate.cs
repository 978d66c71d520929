using System.Net;

namespace Factumerit.Email.Providers.Gmail.Http;

/// <summary>
/// Which failures are worth another attempt: 429, 5xx, network errors, and a 403 only when its reason says
/// rate limit (Gmail signals per-user limits that way). Every other 4xx is final.
/// </summary>
internal static class GmailRetryPredicate
{
    private static readonly string[] RateLimitReasons = ["rateLimitExceeded", "userRateLimitExceeded"];

    public static async ValueTask<bool> ShouldRetryAsync(HttpResponseMessage? response, Exception? exception,
        CancellationToken cancellationToken)
    {
        if (exception is not null)
        {
            return exception is HttpRequestException;
        }
        if (response is null)
        {
            return false;
        }
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.TooManyRequests || status >= 500)
        {
            return true;
        }
        if (response.StatusCode != HttpStatusCode.Forbidden)
        {
            return false;
        }
        // Buffered, so the error mapping after the pipeline can still read the body.
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var (reason, _) = GmailErrorParser.Parse(body);
        return reason is not null && RateLimitReasons.Contains(reason, StringComparer.Ordinal);
    }
}
