namespace Factumerit.Email.Providers.Resend;

public enum SvixVerificationStatus
{
    Valid,
    MissingHeaders,
    InvalidTimestamp,
    TimestampOutOfTolerance,
    NoMatchingSignature,
}

/// <summary>The outcome of checking one delivery; <see cref="MessageId"/> is the <c>svix-id</c>, kept across retries.</summary>
public readonly record struct SvixVerificationResult(SvixVerificationStatus Status, string? MessageId)
{
    public bool IsValid => Status == SvixVerificationStatus.Valid;
}
