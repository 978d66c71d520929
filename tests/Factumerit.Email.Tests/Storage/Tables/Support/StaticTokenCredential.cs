using Azure.Core;

namespace Factumerit.Email.Tests.Storage.Tables.Support;

/// <summary>Hands out a fixed token and remembers the scopes it was asked for.</summary>
internal sealed class StaticTokenCredential(string token) : TokenCredential
{
    public List<string> RequestedScopes { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        RequestedScopes.AddRange(requestContext.Scopes);
        return new AccessToken(token, DateTimeOffset.MaxValue);
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
