using Google.Apis.Auth.OAuth2;
using Google.Apis.Auth.OAuth2.Flows;
using Google.Apis.Auth.OAuth2.Responses;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Providers.Gmail.Credentials;

/// <summary>Builds <see cref="GmailCredential"/>s whose token requests go to <see cref="GmailOptions.TokenUrl"/>.</summary>
public sealed class GmailCredentialFactory(IOptions<GmailOptions> options, TimeProvider timeProvider)
{
    private readonly GoogleClock _clock = new(timeProvider);

    /// <summary>A consumer account (or any account) that granted offline access: OAuth client + refresh token.</summary>
    public GmailCredential FromRefreshToken(string mailbox, string clientId, string clientSecret, string refreshToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientSecret);
        ArgumentException.ThrowIfNullOrWhiteSpace(refreshToken);

        var settings = options.Value;
        // GoogleAuthorizationCodeFlow fixes its token URL to Google's in 1.78 (the settable constructor is
        // internal); the base flow takes ours and refreshes the same way.
        var flow = new AuthorizationCodeFlow(new AuthorizationCodeFlow.Initializer(
            GoogleAuthConsts.OidcAuthorizationUrl, settings.TokenUrl)
        {
            ClientSecrets = new ClientSecrets { ClientId = clientId, ClientSecret = clientSecret },
            Scopes = settings.GetScopes(),
            Clock = _clock,
        });
        var user = new UserCredential(flow, mailbox, new TokenResponse { RefreshToken = refreshToken });
        return new GmailCredential(mailbox, user, () => user.Token?.AccessToken, user.RefreshTokenAsync);
    }

    /// <summary>
    /// A Workspace mailbox through a service account with domain-wide delegation: the service account's JSON key,
    /// acting as <paramref name="mailbox"/>.
    /// </summary>
    public GmailCredential FromServiceAccountJson(string mailbox, string serviceAccountJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceAccountJson);

        var settings = options.Value;
        // Parsed by the library (type, key format); rebuilt so the token URL and the delegated user are ours.
        var parsed = CredentialFactory.FromJson<ServiceAccountCredential>(serviceAccountJson);
        var account = new ServiceAccountCredential(new ServiceAccountCredential.Initializer(parsed.Id, settings.TokenUrl)
        {
            Key = parsed.Key,
            KeyId = parsed.KeyId,
            ProjectId = parsed.ProjectId,
            User = mailbox,
            Scopes = settings.GetScopes(),
            Clock = _clock,
        });
        return new GmailCredential(mailbox, account, () => account.Token?.AccessToken, account.RequestAccessTokenAsync);
    }
}
