namespace Factumerit.Email.Personas.Handlers.Digest;

/// <summary>One address's digest settings.</summary>
/// <param name="PersonaAddress">The digest mailbox the user wrote to; digests are sent from it.</param>
/// <param name="Hour">The local hour (0-23) the digest goes out.</param>
/// <param name="TimeZone">IANA zone the hour is read in.</param>
/// <param name="LastSentLocalDate">The local date of the last scheduled digest: at most one per local day.</param>
/// <param name="Version">The store's concurrency token; null for a subscription not yet stored.</param>
public sealed record DigestSubscription(
    string Email,
    string PersonaAddress,
    int Hour,
    string TimeZone,
    bool Active,
    DateOnly? LastSentLocalDate = null,
    string? Version = null)
{
    public const int DefaultHour = 8;
}
