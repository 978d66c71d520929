using Google.Apis.Auth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Providers.Gmail.Push;

/// <summary>
/// Checks the <c>Authorization: Bearer</c> Google OIDC token of a Pub/Sub push: RS256 signed by a key in
/// <see cref="GmailOptions.JwksUrl"/> (fetched and cached per URL by Google.Apis.Auth), issuer
/// accounts.google.com, our audience, our push service account with a verified email, and not expired on the
/// injected clock (give or take <see cref="GmailOptions.PushClockSkew"/>). Never throws on bad input.
/// </summary>
public sealed class GmailPushAuthenticator
{
    private static readonly string[] Issuers = ["accounts.google.com", "https://accounts.google.com"];
    private readonly GmailOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<GmailPushAuthenticator> _logger;
    private readonly SignedTokenVerificationOptions _verification;

    public GmailPushAuthenticator(IOptions<GmailOptions> options, TimeProvider timeProvider, ILogger<GmailPushAuthenticator> logger)
    {
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        // The library checks the signature (and expiry on the system clock: its Clock setting is not public in
        // 1.78). Issuer, audience and time are checked below against our settings and clock, so each refusal
        // has its own reason.
        _verification = new SignedTokenVerificationOptions
        {
            CertificatesUrl = _options.JwksUrl,
            ExpiryClockTolerance = _options.PushClockSkew,
            IssuedAtClockTolerance = _options.PushClockSkew,
        };
    }

    public async Task<GmailPushAuthResult> ValidateAsync(string? authorizationHeader, CancellationToken cancellationToken = default)
    {
        var result = await CheckAsync(authorizationHeader, cancellationToken).ConfigureAwait(false);
        if (!result.IsValid)
        {
            GmailLog.PushRefused(_logger, result.Failure.ToString());
        }
        return result;
    }

    private async Task<GmailPushAuthResult> CheckAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (!_options.IsPushConfigured)
        {
            return GmailPushAuthResult.Refused(GmailPushAuthFailure.NotConfigured, "Gmail push audience and service account are not configured.");
        }
        var shape = PushTokenShape.Read(authorizationHeader);
        if (shape.Failure is { } failure)
        {
            return GmailPushAuthResult.Refused(failure, shape.Detail!);
        }

        GoogleJsonWebSignature.Payload payload;
        try
        {
            payload = await JsonWebSignature.VerifySignedTokenAsync<GoogleJsonWebSignature.Payload>(
                shape.Token!, _verification, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidJwtException ex)
        {
            return GmailPushAuthResult.Refused(GmailPushAuthFailure.InvalidToken, ex.Message);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return GmailPushAuthResult.Refused(GmailPushAuthFailure.Malformed, "The token's JSON is invalid.");
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return GmailPushAuthResult.Refused(GmailPushAuthFailure.KeysUnavailable, "The signing keys could not be fetched.");
        }
        return CheckClaims(payload);
    }

    private GmailPushAuthResult CheckClaims(GoogleJsonWebSignature.Payload payload)
    {
        if (payload.Issuer is null || !Issuers.Contains(payload.Issuer, StringComparer.Ordinal))
        {
            return GmailPushAuthResult.Refused(GmailPushAuthFailure.WrongIssuer, "The token was not issued by Google.");
        }
        var audiences = payload.AudienceAsList.ToList();
        if (audiences.Count == 0 || audiences.Any(a => !string.Equals(a, _options.PushAudience, StringComparison.Ordinal)))
        {
            return GmailPushAuthResult.Refused(GmailPushAuthFailure.WrongAudience, "The token is meant for another audience.");
        }
        if (!string.Equals(payload.Email, _options.PushServiceAccount, StringComparison.OrdinalIgnoreCase))
        {
            return GmailPushAuthResult.Refused(GmailPushAuthFailure.WrongServiceAccount, "The token belongs to another account.");
        }
        if (!payload.EmailVerified)
        {
            return GmailPushAuthResult.Refused(GmailPushAuthFailure.EmailNotVerified, "The token's email is not verified.");
        }
        var now = _timeProvider.GetUtcNow().ToUnixTimeSeconds();
        var skew = (long)_options.PushClockSkew.TotalSeconds;
        if (payload.ExpirationTimeSeconds is not { } expires || now > expires + skew)
        {
            return GmailPushAuthResult.Refused(GmailPushAuthFailure.Expired, "The token has expired.");
        }
        if (payload.IssuedAtTimeSeconds is { } issued && issued > now + skew)
        {
            return GmailPushAuthResult.Refused(GmailPushAuthFailure.NotYetValid, "The token was issued in the future.");
        }
        return GmailPushAuthResult.Valid(payload.Email, payload.Subject);
    }
}
