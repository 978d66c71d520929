using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Factumerit.Email.IntegrationTests.Infrastructure;

/// <summary>
/// Starts Azurite from the repository's npm install on free ports, in memory, for the whole test run.
/// Set <c>FACTUMERIT_TEST_STORAGE</c> to a connection string to use an existing account instead.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private Process? _process;

    public string ConnectionString { get; private set; } = "";
    public Uri TableEndpoint { get; private set; } = null!;
    public Uri QueueEndpoint { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable("FACTUMERIT_TEST_STORAGE");
        if (!string.IsNullOrWhiteSpace(given))
        {
            ConnectionString = given;
            TableEndpoint = ReadEndpoint(given, "TableEndpoint");
            QueueEndpoint = ReadEndpoint(given, "QueueEndpoint");
            return;
        }

        var root = RepositoryRoot.Find();
        var azurite = Path.Combine(root, "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            await RunAsync("npm", "ci --no-audit --no-fund", root);
        }

        int blob = FreePort(), queue = FreePort(), table = FreePort();
        var start = new ProcessStartInfo(azurite,
            $"--silent --inMemoryPersistence --disableTelemetry --skipApiVersionCheck --loose " +
            $"--blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 " +
            $"--blobPort {blob} --queuePort {queue} --tablePort {table}")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        await WaitForPortAsync(queue);
        await WaitForPortAsync(table);

        QueueEndpoint = new Uri($"http://127.0.0.1:{queue}/{AccountName}");
        TableEndpoint = new Uri($"http://127.0.0.1:{table}/{AccountName}");
        ConnectionString =
            $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blob}/{AccountName};QueueEndpoint={QueueEndpoint};TableEndpoint={TableEndpoint};";
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        _process?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A table or queue name unique to one test: lower-case letters and digits, starting with a letter.</summary>
    public static string UniqueName(string prefix) =>
        prefix.ToLowerInvariant() + Guid.NewGuid().ToString("N")[..12];

    private static Uri ReadEndpoint(string connectionString, string key)
    {
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            if (eq > 0 && part[..eq].Trim().Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                return new Uri(part[(eq + 1)..].Trim());
            }
        }
        throw new InvalidOperationException($"FACTUMERIT_TEST_STORAGE has no {key}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitForPortAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before listening.");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"Azurite did not listen on port {port} within 60 s.");
    }

    private static async Task RunAsync(string file, string args, string cwd)
    {
        using var p = Process.Start(new ProcessStartInfo(file, args) { WorkingDirectory = cwd, UseShellExecute = false })
            ?? throw new InvalidOperationException($"{file} did not start.");
        await p.WaitForExitAsync();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{file} {args}' failed with exit code {p.ExitCode}.");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
