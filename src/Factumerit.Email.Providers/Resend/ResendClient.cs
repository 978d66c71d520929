using System.Net.Http.Json;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Providers.Resend;

/// <summary>
/// The typed client for the Resend REST API. Auth, the User-Agent and retries live in the handlers that
/// <see cref="ResendServiceCollectionExtensions.AddResend"/> puts in front of it.
/// </summary>
public sealed class ResendClient(HttpClient httpClient, ILogger<ResendClient> logger)
{
    public const int MaxIdempotencyKeyLength = 256;

    /// <summary>Sends one email and returns its id.</summary>
    /// <param name="idempotencyKey">
    /// Derived from the cause by the caller; Resend de-duplicates it for 24 h, so a retried send delivers once.
    /// </param>
    public async Task<string> SendEmailAsync(
        SendEmailRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.To);
        if (request.To.Count > SendEmailRequest.MaxRecipients)
        {
            throw new ArgumentException($"At most {SendEmailRequest.MaxRecipients} recipients fit in 'to'.", nameof(request));
        }
        if (idempotencyKey is not null && idempotencyKey.Length is 0 or > MaxIdempotencyKeyLength)
        {
            throw new ArgumentException($"An idempotency key has 1 to {MaxIdempotencyKeyLength} characters.", nameof(idempotencyKey));
        }

        using var message = new HttpRequestMessage(HttpMethod.Post, "emails")
        {
            Content = JsonContent.Create(request, ResendJsonContext.Default.SendEmailRequest),
        };
        if (idempotencyKey is not null)
        {
            message.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }
        using var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadFromJsonAsync(ResendJsonContext.Default.SendEmailResponse, cancellationToken)
            .ConfigureAwait(false);
        var id = body?.Id ?? throw new ResendApiException((int)response.StatusCode, "Resend accepted the email without an id.", null);
        Log.EmailSent(logger, id);
        return id;
    }

    /// <summary>Fetches the full content of an email announced by an <c>email.received</c> webhook.</summary>
    public async Task<ReceivedEmail> GetReceivedEmailAsync(string emailId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(emailId);
        using var message = new HttpRequestMessage(HttpMethod.Get, "emails/receiving/" + Uri.EscapeDataString(emailId));
        using var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync(ResendJsonContext.Default.ReceivedEmail, cancellationToken)
            .ConfigureAwait(false) ?? throw new ResendApiException((int)response.StatusCode, "Resend answered an empty email.", null);
    }

    /// <summary>
    /// Downloads the original message from <see cref="ReceivedEmailRaw.DownloadUrl"/>, e.g. to forward it as a
    /// <c>message/rfc822</c> attachment. The URL is pre-signed, so the API key is not sent along.
    /// </summary>
    public async Task<byte[]> DownloadRawAsync(Uri downloadUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(downloadUrl);
        if (!downloadUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The download URL must be absolute.", nameof(downloadUrl));
        }
        using var message = new HttpRequestMessage(HttpMethod.Get, downloadUrl);
        message.Options.Set(ResendAuthHandler.Anonymous, true);
        using var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage message, CancellationToken cancellationToken)
    {
        var response = await httpClient.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken)
            .ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }
        using (response)
        {
            var error = await ResendErrors.ReadAsync(response, cancellationToken).ConfigureAwait(false);
            Log.RequestFailed(logger, message.Method.Method, error.Status, error.Name);
            throw error;
        }
    }
}
