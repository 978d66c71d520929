namespace Factumerit.Email.Users;

/// <summary>The users the personas know, looked up by address.</summary>
public interface IUserDirectory
{
    Task<UserRecord?> FindByEmailAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Returns the user for <paramref name="email"/>, creating it if absent; concurrent callers get the same user.</summary>
    Task<UserRecord> EnsureAsync(string email, string? displayName, string source, CancellationToken cancellationToken = default);

    Task<UserRecord> SetTimeZoneAsync(string email, string timeZone, CancellationToken cancellationToken = default);

    Task<bool> RemoveAsync(string email, CancellationToken cancellationToken = default);

    IAsyncEnumerable<UserRecord> ListAsync(CancellationToken cancellationToken = default);
}
