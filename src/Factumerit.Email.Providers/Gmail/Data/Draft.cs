namespace Factumerit.Email.Providers.Gmail.Data;

public sealed record Draft
{
    public string? Id { get; init; }

    public Message? Message { get; init; }
}
