using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

/// <summary>
/// The access tokens the fake token server has issued, shared with the fake Gmail server that accepts them.
/// A token names the mailbox it acts for; revoking it makes Gmail answer 401 while the client still trusts it.
/// </summary>
public sealed class FakeGoogleAccessTokens
{
    private readonly ConcurrentDictionary<string, string> _users = new(StringComparer.Ordinal);

    public string Issue(string user)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        var token = "ya29.fake-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _users[token] = user;
        return token;
    }

    public string? UserFor(string? token) => token is not null && _users.TryGetValue(token, out var user) ? user : null;

    /// <summary>Invalidates every token of <paramref name="user"/> on the server side only.</summary>
    public int RevokeAll(string user)
    {
        var revoked = 0;
        foreach (var (token, owner) in _users)
        {
            if (string.Equals(owner, user, StringComparison.OrdinalIgnoreCase) && _users.TryRemove(token, out _))
            {
                revoked++;
            }
        }
        return revoked;
    }
}
