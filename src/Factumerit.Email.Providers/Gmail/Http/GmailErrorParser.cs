using System.Text.Json;
using Factumerit.Email.Providers.Gmail.Data;

namespace Factumerit.Email.Providers.Gmail.Http;

internal static class GmailErrorParser
{
    /// <summary>The error's reason and message; tolerant of non-JSON bodies from proxies and load balancers.</summary>
    public static (string? Reason, string? Message) Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }
        try
        {
            var error = JsonSerializer.Deserialize(body, GmailJsonContext.Default.GmailErrorEnvelope)?.Error;
            var reason = error?.Errors?.FirstOrDefault(e => !string.IsNullOrEmpty(e.Reason))?.Reason ?? error?.Status;
            return (reason, error?.Message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    public static async Task<GmailApiException> ToExceptionAsync(HttpResponseMessage response, GmailOperation operation,
        CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var (reason, message) = Parse(body);
        var status = (int)response.StatusCode;
        return new GmailApiException(status, reason,
            $"Gmail {operation.Name} failed with {status} {reason ?? response.ReasonPhrase}: {message ?? "no error message"}");
    }
}
