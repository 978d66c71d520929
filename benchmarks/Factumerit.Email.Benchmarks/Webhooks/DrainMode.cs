namespace Factumerit.Email.Benchmarks.Webhooks;

/// <summary>When the queue workers run relative to the load.</summary>
internal enum DrainMode
{
    /// <summary>
    /// The load goes to a host in custom-handler mode, which serves HTTP but runs no listeners or timers (under Azure
    /// Functions the host drives the queues); a standalone host drains the queues after the last answer. Measures the
    /// accept path alone.
    /// </summary>
    After,

    /// <summary>One standalone host: its queue workers drain the same emails while the load runs.</summary>
    Concurrent,
}

internal static class DrainModes
{
    public static IReadOnlyList<DrainMode> Parse(string value) => value switch
    {
        "both" => [DrainMode.After, DrainMode.Concurrent],
        "after" => [DrainMode.After],
        "concurrent" => [DrainMode.Concurrent],
        _ => throw new ArgumentException($"--drain is both, after or concurrent, not '{value}'."),
    };

    public static string Name(this DrainMode mode) => mode == DrainMode.After ? "after" : "concurrent";

    public static string Title(this DrainMode mode) => mode == DrainMode.After
        ? "accept path alone (workers paused, queues drained after the load)"
        : "workers running concurrently";
}
