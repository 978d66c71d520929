using System.Text.Json;
using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.Providers.Gmail.Push;

/// <summary>
/// The cheap checks before any key is fetched: a Bearer header holding three base64url segments whose header
/// names RS256 (so "none" and HMAC tokens never reach verification).
/// </summary>
internal sealed record PushTokenShape(string? Token, GmailPushAuthFailure? Failure, string? Detail)
{
    private const int MaxTokenLength = 16 * 1024;

    public static PushTokenShape Read(string? authorizationHeader)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return Fail(GmailPushAuthFailure.MissingHeader, "No Authorization header.");
        }
        var header = authorizationHeader.Trim();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(GmailPushAuthFailure.NotBearer, "The Authorization header is not a bearer token.");
        }
        var token = header["Bearer ".Length..].Trim();
        var segments = token.Split('.');
        if (token.Length > MaxTokenLength || segments.Length != 3 || segments[0].Length == 0 || segments[1].Length == 0)
        {
            return Fail(GmailPushAuthFailure.Malformed, "The bearer token is not a signed JWT.");
        }
        if (!Base64Url.TryDecode(segments[0], out var headerJson))
        {
            return Fail(GmailPushAuthFailure.Malformed, "The JWT header is not base64url.");
        }
        try
        {
            using var document = JsonDocument.Parse(headerJson);
            var algorithm = document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("alg", out var alg) && alg.ValueKind == JsonValueKind.String
                    ? alg.GetString()
                    : null;
            if (algorithm != "RS256")
            {
                return Fail(GmailPushAuthFailure.UnsupportedAlgorithm, "Only RS256 tokens are accepted.");
            }
            return segments[2].Length == 0
                ? Fail(GmailPushAuthFailure.Malformed, "The JWT has no signature.")
                : new PushTokenShape(token, null, null);
        }
        catch (JsonException)
        {
            return Fail(GmailPushAuthFailure.Malformed, "The JWT header is not JSON.");
        }
    }

    private static PushTokenShape Fail(GmailPushAuthFailure failure, string detail) => new(null, failure, detail);
}
