using Factumerit.Email.Providers.Gmail.Credentials;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Providers.Gmail;

/// <summary>
/// Hands out a <see cref="GmailClient"/> per mailbox credential. All clients share the one "Gmail" HttpClient
/// pipeline (connection pool, retry, auth); each has its own credential and quota meter.
/// </summary>
public sealed class GmailClientFactory(IHttpClientFactory httpClientFactory, ILoggerFactory loggerFactory)
{
    public const string HttpClientName = "Gmail";

    public GmailClient Create(GmailCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return new GmailClient(httpClientFactory.CreateClient(HttpClientName), credential,
            loggerFactory.CreateLogger<GmailClient>());
    }
}
