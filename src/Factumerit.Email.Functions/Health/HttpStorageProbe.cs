using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Storage.Connection;

namespace Factumerit.Email.Functions.Health;

/// <summary>
/// Any HTTP answer, even 403, means the service is reachable: health reports the network path, while the
/// status shows whether our credentials are accepted.
/// </summary>
internal sealed class HttpStorageProbe(HttpClient http, StorageConnection connection, TimeProvider time,
    ILogger<HttpStorageProbe> logger) : IStorageProbe
{
    public async Task<StorageProbeResult> ProbeAsync(CancellationToken cancellationToken = default)
    {
        var tables = ProbeAsync("tables", StorageRequests.ListTablesAsync, cancellationToken);
        var queues = ProbeAsync("queues", StorageRequests.ListQueuesAsync, cancellationToken);
        return new StorageProbeResult(await tables, await queues);
    }

    private async Task<ServiceProbe> ProbeAsync(string service,
        Func<StorageConnection, DateTimeOffset, CancellationToken, Task<HttpRequestMessage>> build,
        CancellationToken cancellationToken)
    {
        try
        {
            using var request = await build(connection, time.GetUtcNow(), cancellationToken);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return new ServiceProbe(true, (int)response.StatusCode);
        }
        catch (Exception ex) when (ex is HttpRequestException or Azure.Identity.AuthenticationFailedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Refused, unresolvable, timed out, or no token to be had: the service cannot be used from here.
            Log.StorageUnreachable(logger, service, ex);
            return ServiceProbe.Unreachable;
        }
    }
}
