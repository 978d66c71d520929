namespace Factumerit.Email.Users;

/// <summary>A person the personas know: registered by an operator, or created by the onboard persona on first contact.</summary>
/// <param name="UserId">Stable id, independent of the address.</param>
/// <param name="Email">Normalized address (lower-case).</param>
/// <param name="TimeZone">IANA time zone id; <c>UTC</c> until the user says otherwise.</param>
/// <param name="Source">How the user came to be known: <c>operator</c> or <c>onboard</c>.</param>
public sealed record UserRecord(
    string UserId,
    string Email,
    string? DisplayName,
    string TimeZone,
    string Source,
    DateTimeOffset CreatedAt);
