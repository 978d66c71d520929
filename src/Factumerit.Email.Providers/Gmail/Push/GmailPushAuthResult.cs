namespace Factumerit.Email.Providers.Gmail.Push;

public enum GmailPushAuthFailure
{
    None,
    NotConfigured,
    MissingHeader,
    NotBearer,
    Malformed,
    UnsupportedAlgorithm,

    /// <summary>The signature does not match the key set (or the library refused the token for another reason).</summary>
    InvalidToken,
    WrongIssuer,
    WrongAudience,
    WrongServiceAccount,
    EmailNotVerified,
    Expired,
    NotYetValid,
    KeysUnavailable,
}

/// <summary>Whether a push request came from our Pub/Sub subscription, and if not, why not.</summary>
public sealed record GmailPushAuthResult(GmailPushAuthFailure Failure, string? Email, string? Subject, string? Detail)
{
    public bool IsValid => Failure == GmailPushAuthFailure.None;

    internal static GmailPushAuthResult Valid(string email, string? subject) => new(GmailPushAuthFailure.None, email, subject, null);

    internal static GmailPushAuthResult Refused(GmailPushAuthFailure failure, string detail) => new(failure, null, null, detail);
}
