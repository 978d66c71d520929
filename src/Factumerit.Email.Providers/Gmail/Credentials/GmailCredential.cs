using Google.Apis.Auth.OAuth2;
using Google.Apis.Auth.OAuth2.Responses;

namespace Factumerit.Email.Providers.Gmail.Credentials;

/// <summary>
/// One mailbox's Google credential (a user refresh token or a delegated service account). Hands out access
/// tokens, refreshing them before expiry, and forces one refresh when Gmail rejects a token with 401.
/// Create it with <see cref="GmailCredentialFactory"/>. Tokens never leave this type except into the
/// Authorization header.
/// </summary>
public sealed class GmailCredential
{
    private readonly ITokenAccess _access;
    private readonly Func<string?> _currentToken;
    private readonly Func<CancellationToken, Task<bool>> _refresh;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);

    internal GmailCredential(string mailbox, ITokenAccess access, Func<string?> currentToken,
        Func<CancellationToken, Task<bool>> refresh)
    {
        Mailbox = mailbox;
        _access = access;
        _currentToken = currentToken;
        _refresh = refresh;
    }

    /// <summary>The mailbox (user email) this credential acts for.</summary>
    public string Mailbox { get; }

    internal async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _access.GetAccessTokenForRequestAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (TokenResponseException ex)
        {
            throw Refused(ex);
        }
    }

    /// <summary>
    /// Replaces <paramref name="rejectedToken"/> with a fresh one. Concurrent callers holding the same rejected
    /// token share one refresh.
    /// </summary>
    internal async Task<string> RefreshAsync(string rejectedToken, CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_currentToken() == rejectedToken && !await _refresh(cancellationToken).ConfigureAwait(false))
            {
                throw new GmailApiException(401, "refreshFailed", "The access token could not be refreshed.");
            }
        }
        catch (TokenResponseException ex)
        {
            throw Refused(ex);
        }
        finally
        {
            _refreshGate.Release();
        }
        return await GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
    }

    // The token endpoint's error code (invalid_grant, unauthorized_client, ...) tells the operator to reconnect;
    // its description can echo request details, so only the code is kept.
    private static GmailApiException Refused(TokenResponseException ex) =>
        new((int?)ex.StatusCode ?? 401, ex.Error?.Error ?? "tokenRefused",
            $"The Google token endpoint refused the credential: {ex.Error?.Error ?? "unknown error"}.", ex);
}
