using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Factumerit.Email.Providers.Resend;

/// <summary>Turns a non-success response into a <see cref="ResendApiException"/>.</summary>
internal static partial class ResendErrors
{
    private const int MaxQuotedLength = 200;

    public static async Task<ResendApiException> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var body = TryParse(text);
        var retryAfter = ResendResilience.RetryAfter(response, response.Headers.Date is { } date ? new FixedClock(date) : TimeProvider.System);
        if (body?.Name is not null || body?.Message is not null)
        {
            return new ResendApiException(status, body.Message ?? $"Resend answered {status}.", body.Name) { RetryAfter = retryAfter };
        }
        // The edge in front of the API answers some refusals in plain text, e.g. "error code: 1010" for a missing User-Agent.
        var edge = EdgeCode().Match(text);
        var quoted = text.Length > MaxQuotedLength ? text[..MaxQuotedLength] : text;
        return new ResendApiException(
            status,
            $"Resend answered {status} {response.ReasonPhrase}: {quoted.Trim()}",
            edge.Success ? edge.Groups[1].Value : null) { RetryAfter = retryAfter };
    }

    /// <summary>The error name of a buffered response, or null when it has none.</summary>
    public static async Task<string?> PeekNameAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var body = await response.Content.ReadFromJsonAsync(ResendJsonContext.Default.ResendErrorBody, cancellationToken)
                .ConfigureAwait(false);
            return body?.Name;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>An HTTP-date retry-after is read against the response's own Date, so our clock's skew does not matter.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static ResendErrorBody? TryParse(string text)
    {
        try
        {
            return text.TrimStart().StartsWith('{')
                ? JsonSerializer.Deserialize(text, ResendJsonContext.Default.ResendErrorBody)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"error code:\s*(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex EdgeCode();
}
