namespace Factumerit.Email.Providers.Gmail.Data;

/// <summary>Google's error shape: <c>{"error":{"code","message","status","errors":[{"reason","message","domain"}]}}</c>.</summary>
public sealed record GmailErrorEnvelope
{
    public GmailError? Error { get; init; }
}

public sealed record GmailError
{
    public int? Code { get; init; }

    public string? Message { get; init; }

    public string? Status { get; init; }

    public IReadOnlyList<GmailErrorItem>? Errors { get; init; }
}

public sealed record GmailErrorItem
{
    public string? Reason { get; init; }

    public string? Message { get; init; }

    public string? Domain { get; init; }
}
