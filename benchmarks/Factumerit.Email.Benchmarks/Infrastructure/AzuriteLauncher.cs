using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Factumerit.Email.Storage.Connection;

namespace Factumerit.Email.Benchmarks.Infrastructure;

/// <summary>
/// Starts Azurite from the repository's npm install, in memory, on free loopback ports, with the integration tests'
/// flags, and stops it on dispose. Tables and queues get separate processes, and the queue process can be replaced
/// by a fresh one: Azurite's queue service sweeps deleted messages a minute after its last sweep, in time that grows
/// faster than the number of messages (1,500 messages: about 1 s; 3,000: about 9 s), blocking its one event loop.
/// In a shared process that stalls table requests too; in a long-lived queue process it stalls one measurement.
/// </summary>
internal sealed class AzuriteLauncher : IAsyncDisposable
{
    private const string Flags = "--silent --inMemoryPersistence --disableTelemetry --skipApiVersionCheck --loose";

    private readonly string _bin;
    private readonly string _root;
    private Process? _table;
    private Process? _queue;
    private int _tablePort;
    private int _queuePort;

    private AzuriteLauncher(string root)
    {
        _root = root;
        _bin = Path.Combine(root, "node_modules", ".bin");
    }

    public string ConnectionString
    {
        get
        {
            var account = StorageConnection.DevelopmentAccountName;
            return $"DefaultEndpointsProtocol=http;AccountName={account};AccountKey={StorageConnection.DevelopmentAccountKey};" +
                $"QueueEndpoint=http://127.0.0.1:{_queuePort}/{account};TableEndpoint=http://127.0.0.1:{_tablePort}/{account};";
        }
    }

    public static async Task<AzuriteLauncher> StartAsync(string root, CancellationToken cancellationToken)
    {
        var launcher = new AzuriteLauncher(root);
        if (!File.Exists(Path.Combine(launcher._bin, "azurite-table")))
        {
            throw new InvalidOperationException("node_modules has no azurite; run 'npm ci' in the repository root (scripts/bench.sh does).");
        }
        try
        {
            launcher._tablePort = FreePort();
            launcher._table = await launcher.StartAsync("azurite-table", $"--tableHost 127.0.0.1 --tablePort {launcher._tablePort}",
                launcher._tablePort, cancellationToken);
            await launcher.RestartQueueAsync(cancellationToken);
            return launcher;
        }
        catch
        {
            await launcher.DisposeAsync();
            throw;
        }
    }

    /// <summary>Replaces the queue emulator with an empty one on a new port; returns the new connection string.</summary>
    public async Task<string> RestartQueueAsync(CancellationToken cancellationToken)
    {
        Stop(_queue);
        _queue = null;
        _queuePort = FreePort();
        _queue = await StartAsync("azurite-queue", $"--queueHost 127.0.0.1 --queuePort {_queuePort}", _queuePort, cancellationToken);
        return ConnectionString;
    }

    public ValueTask DisposeAsync()
    {
        Stop(_queue);
        Stop(_table);
        _queue = _table = null;
        return ValueTask.CompletedTask;
    }

    private static void Stop(Process? process)
    {
        if (process is null)
        {
            return;
        }
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        process.Dispose();
    }

    private async Task<Process> StartAsync(string service, string arguments, int port, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Path.Combine(_bin, service), $"{Flags} {arguments}")
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{service} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await WaitForPortAsync(process, port, cancellationToken);
        }
        catch
        {
            Stop(process);
            throw;
        }
        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(Process process, int port, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before listening.");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
        throw new TimeoutException($"Azurite did not listen on port {port} within 60 s.");
    }
}
