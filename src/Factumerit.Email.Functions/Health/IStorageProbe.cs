namespace Factumerit.Email.Functions.Health;

/// <summary>Checks that the storage account's Table and Queue services answer.</summary>
public interface IStorageProbe
{
    Task<StorageProbeResult> ProbeAsync(CancellationToken cancellationToken = default);
}

/// <param name="Reachable">True for any HTTP answer; false when the connection failed or timed out.</param>
/// <param name="Status">The HTTP status of the answer, when there was one.</param>
public sealed record ServiceProbe(bool Reachable, int? Status)
{
    public static ServiceProbe Unreachable { get; } = new(false, null);
}

public sealed record StorageProbeResult(ServiceProbe Tables, ServiceProbe Queues)
{
    public bool Reachable => Tables.Reachable && Queues.Reachable;
}
