using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using Factumerit.Email.Providers.Gmail.Credentials;
using Factumerit.Email.Providers.Gmail.Data;
using Factumerit.Email.Providers.Gmail.Http;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Providers.Gmail;

/// <summary>
/// Gmail REST v1 for one mailbox: the shared "Gmail" HttpClient (retries, bearer auth) plus this mailbox's
/// credential and quota meter. Get one from <see cref="GmailClientFactory"/>. Every non-2xx answer becomes a
/// <see cref="GmailApiException"/>; arguments are checked before any request is sent.
/// </summary>
public sealed partial class GmailClient
{
    private const string Me = "me";
    private readonly HttpClient _http;
    private readonly GmailCredential _credential;
    private readonly ILogger _logger;

    internal GmailClient(HttpClient http, GmailCredential credential, ILogger logger)
    {
        _http = http;
        _credential = credential;
        _logger = logger;
    }

    /// <summary>The mailbox this client acts for; requests address it as <c>users/me</c>.</summary>
    public string Mailbox => _credential.Mailbox;

    /// <summary>Quota units this client has spent.</summary>
    public GmailQuotaMeter Quota { get; } = new();

    /// <summary>users.getProfile: the address, totals and the current history id.</summary>
    public Task<Profile> GetProfileAsync(CancellationToken cancellationToken = default) =>
        GetAsync("profile", GmailOperation.GetProfile, GmailJsonContext.Default.Profile, cancellationToken);

    /// <summary>users.watch: start (or renew; call daily) push notifications to a Pub/Sub topic.</summary>
    public Task<WatchResponse> WatchAsync(WatchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.TopicName, nameof(request) + "." + nameof(request.TopicName));
        return PostAsync("watch", request, GmailJsonContext.Default.WatchRequest, GmailOperation.Watch,
            GmailJsonContext.Default.WatchResponse, cancellationToken);
    }

    /// <summary>users.stop: stop push notifications for this mailbox.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Post, "stop", null, GmailOperation.Stop, cancellationToken).ConfigureAwait(false);
    }

    private async Task<T> GetAsync<T>(string path, GmailOperation operation, JsonTypeInfo<T> resultType,
        CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, operation, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, resultType, operation, cancellationToken).ConfigureAwait(false);
    }

    private async Task<T> PostAsync<TBody, T>(string path, TBody body, JsonTypeInfo<TBody> bodyType, GmailOperation operation,
        JsonTypeInfo<T> resultType, CancellationToken cancellationToken, HttpMethod? method = null)
    {
        using var content = JsonContent.Create(body, bodyType);
        // Buffered so a retry can send the same bytes again.
        await content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        using var response = await SendAsync(method ?? HttpMethod.Post, path, content, operation, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, resultType, operation, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content,
        GmailOperation operation, CancellationToken cancellationToken)
    {
        Quota.Record(operation);
        using var request = new HttpRequestMessage(method, new Uri($"gmail/v1/users/{Me}/{path}", UriKind.Relative))
        {
            Content = content,
        };
        request.Options.Set(GmailRequestContext.Key, new GmailRequestContext(_credential, operation));
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }
        using (response)
        {
            throw await GmailErrorParser.ToExceptionAsync(response, operation, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, GmailOperation operation,
        CancellationToken cancellationToken) =>
        await response.Content.ReadFromJsonAsync(type, cancellationToken).ConfigureAwait(false)
            ?? throw new GmailApiException((int)response.StatusCode, "emptyResponse", $"Gmail {operation.Name} returned an empty body.");

    private static string Id(string id) => Uri.EscapeDataString(id);
}
