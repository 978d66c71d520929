namespace Factumerit.Email.Providers.Gmail.Data;

/// <summary>threads.list: one page of conversations (id, snippet, history id; no messages).</summary>
public sealed record ListThreadsResponse
{
    public IReadOnlyList<Thread>? Threads { get; init; }

    public string? NextPageToken { get; init; }

    public uint? ResultSizeEstimate { get; init; }
}
