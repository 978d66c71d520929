namespace Factumerit.Email.Providers.Gmail.Data;

/// <summary>Part content: <see cref="Data"/> is base64url of the decoded bytes; large parts carry only an attachment id.</summary>
public sealed record MessagePartBody
{
    public string? AttachmentId { get; init; }

    public int? Size { get; init; }

    public string? Data { get; init; }
}
