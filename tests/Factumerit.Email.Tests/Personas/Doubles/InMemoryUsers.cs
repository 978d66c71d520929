using System.Runtime.CompilerServices;
using Factumerit.Email.Users;

namespace Factumerit.Email.Tests.PersonaHandlers.Doubles;

internal sealed class InMemoryUsers(TimeProvider clock) : IUserDirectory
{
    private readonly Dictionary<string, UserRecord> _users = new(StringComparer.OrdinalIgnoreCase);

    public Task<UserRecord?> FindByEmailAsync(string email, CancellationToken cancellationToken = default) =>
        Task.FromResult(_users.GetValueOrDefault(email));

    public Task<UserRecord> EnsureAsync(string email, string? displayName, string source, CancellationToken cancellationToken = default)
    {
        if (!_users.TryGetValue(email, out var user))
        {
            user = new UserRecord("user-" + (_users.Count + 1), email.ToLowerInvariant(), displayName, "UTC", source, clock.GetUtcNow());
            _users[email] = user;
        }
        return Task.FromResult(user);
    }

    public Task<UserRecord> SetTimeZoneAsync(string email, string timeZone, CancellationToken cancellationToken = default)
    {
        var user = _users[email] with { TimeZone = timeZone };
        _users[email] = user;
        return Task.FromResult(user);
    }

    public Task<bool> RemoveAsync(string email, CancellationToken cancellationToken = default) => Task.FromResult(_users.Remove(email));

    public async IAsyncEnumerable<UserRecord> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var user in _users.Values.ToList())
        {
            await Task.Yield();
            yield return user;
        }
    }
}
