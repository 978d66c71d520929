namespace Factumerit.Email.Benchmarks.Storage;

/// <summary>
/// One storage scenario, measured for our client here and for the official SDK by the node script under the same
/// <see cref="Id"/>. Every measurement gets its own freshly prepared resource, so neither client inherits the
/// other's data.
/// </summary>
internal interface IStorageScenario : IAsyncDisposable
{
    /// <summary>The scenario name the node script knows.</summary>
    string Id { get; }

    string Title { get; }

    /// <summary>What one operation is, e.g. "insert+get pair".</summary>
    string Operation { get; }

    /// <summary>What the items are when one operation handles many (entities per query or batch), else null.</summary>
    string? ItemName { get; }

    int Iterations { get; }

    int Concurrency { get; }

    /// <summary>Untimed operations each client runs at the start of every round, after <see cref="BeginRoundAsync"/>.</summary>
    int RoundWarmupIterations { get; }

    /// <summary>
    /// Called before each round's measurements. Returns the connection string both clients use this round when the
    /// scenario moved to fresh storage, or null to keep the run's.
    /// </summary>
    Task<string?> BeginRoundAsync(CancellationToken cancellationToken);

    /// <summary>Creates (and seeds, where needed) the table or queue for one measurement; not timed.</summary>
    Task<string> PrepareAsync(CancellationToken cancellationToken);

    Task<RoundResult> RunOursAsync(string resource, int count, CancellationToken cancellationToken);

    Task CleanupAsync(string resource, CancellationToken cancellationToken);
}
