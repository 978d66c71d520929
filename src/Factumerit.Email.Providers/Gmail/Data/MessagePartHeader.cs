namespace Factumerit.Email.Providers.Gmail.Data;

public sealed record MessagePartHeader
{
    public string? Name { get; init; }

    public string? Value { get; init; }
}
