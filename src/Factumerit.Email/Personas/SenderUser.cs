namespace Factumerit.Email.Personas;

/// <summary>The known account behind a sender address, when the lookup found one.</summary>
/// <param name="UserId">The account id in the user directory.</param>
/// <param name="DisplayName">A name to greet the user by, when known.</param>
/// <param name="TimeZone">The user's IANA time zone (e.g. <c>Europe/Paris</c>); times they write are read in it.</param>
public sealed record SenderUser(string UserId, string? DisplayName = null, string TimeZone = "UTC");
